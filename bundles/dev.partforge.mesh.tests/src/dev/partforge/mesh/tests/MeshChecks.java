// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.mesh.TriangleMesh;

/**
 * Closure facts of a triangle mesh from its indices alone: every directed edge a&rarr;b must be used exactly once and
 * its reverse b&rarr;a exactly once. That one rule means no open edge (reverse missing), no non-manifold edge (an edge
 * in more than two triangles) and consistent orientation (the two triangles at an edge traverse it oppositely).
 */
final class MeshChecks {

	private MeshChecks() {
	}

	/** @return one line per problem; empty for a closed, manifold, consistently oriented mesh */
	static List<String> problems(TriangleMesh mesh) {
		int[] t = mesh.triangles();
		Map<Long, Integer> directed = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < t.length; i += 3) {
			for (int k = 0; k < 3; k++) {
				int a = t[i + k];
				int b = t[i + (k + 1) % 3];
				if (a == b) {
					problems.add("triangle " + i / 3 + " repeats vertex " + a);
				}
				directed.merge(key(a, b), 1, Integer::sum);
			}
		}
		for (Map.Entry<Long, Integer> e : directed.entrySet()) {
			int a = (int) (e.getKey() >>> 32);
			int b = (int) (long) e.getKey();
			if (e.getValue() != 1) {
				problems.add("edge " + a + "->" + b + " used " + e.getValue() + " times in one direction");
			}
			if (!directed.containsKey(key(b, a))) {
				problems.add("open edge " + a + "->" + b);
			}
		}
		return problems;
	}

	private static long key(int a, int b) {
		return (long) a << 32 | b & 0xffffffffL;
	}
}
