// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import java.util.List;
import java.util.stream.IntStream;

import dev.partforge.geometry.Circle;
import dev.partforge.geometry.Face;

/**
 * Triangulates a cylinder or cone face: a parameter rectangle whose loop is an arc, a straight generator, an arc and
 * a generator. The strip between the two arcs' samples is zipped by angular fraction, so arcs with different sample
 * counts (a cone's two radii) still meet every sample once, and the straight generators are exact on the surface.
 */
final class RuledStrip {

	private RuledStrip() {
	}

	/**
	 * @param runs the sample ids of the face's four loop edges, in loop order
	 * @param face the face (its loop must be arc, line, arc, line in some rotation)
	 * @return three ids per triangle, following the loop's orientation
	 */
	static int[] triangulate(List<int[]> runs, Face face) {
		int first = face.outer().edges().get(0).edge().curve() instanceof Circle ? 0 : 1;
		if (runs.size() != 4 || !face.inner().isEmpty() || !arcsAt(face, first)) {
			throw new IllegalArgumentException("a cylinder or cone face must be bounded by two arcs and two lines: "
					+ face.surface());
		}
		int[] p = runs.get(first);
		int[] q = runs.get(first + 2);
		int n = p.length - 1;
		int m = q.length - 1;
		IntStream.Builder out = IntStream.builder();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			int qj = q[m - j];
			if (j == m || i < n && (long) (i + 1) * m <= (long) (j + 1) * n) {
				out.add(p[i]).add(p[i + 1]).add(qj);
				i++;
			} else {
				out.add(p[i]).add(q[m - j - 1]).add(qj);
				j++;
			}
		}
		return out.build().toArray();
	}

	private static boolean arcsAt(Face face, int first) {
		for (int k = 0; k < 4; k++) {
			boolean arc = face.outer().edges().get(k).edge().curve() instanceof Circle;
			if (arc != ((k - first) % 2 == 0)) {
				return false;
			}
		}
		return true;
	}
}
