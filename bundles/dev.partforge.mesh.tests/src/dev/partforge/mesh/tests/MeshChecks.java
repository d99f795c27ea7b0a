// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.geometry.Vec3;
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

	/** @return one line per triangle without area or facing against the exact surface normals at its corners */
	static List<String> flatOrInward(TriangleMesh mesh) {
		List<String> problems = new ArrayList<>();
		float[] normals = mesh.cornerNormals();
		int[] t = mesh.triangles();
		for (int i = 0; i < mesh.triangleCount(); i++) {
			Vec3 a = mesh.vertex(t[3 * i]);
			Vec3 n = mesh.vertex(t[3 * i + 1]).minus(a).cross(mesh.vertex(t[3 * i + 2]).minus(a));
			Vec3 exact = new Vec3(normals[9 * i] + normals[9 * i + 3] + normals[9 * i + 6],
					normals[9 * i + 1] + normals[9 * i + 4] + normals[9 * i + 7],
					normals[9 * i + 2] + normals[9 * i + 5] + normals[9 * i + 8]);
			if (!(n.length() > 0 && n.dot(exact) > 0)) {
				problems.add("triangle " + i + " of face " + mesh.triangleFaces()[i] + " is flat or faces inwards");
			}
		}
		return problems;
	}

	private static long key(int a, int b) {
		return (long) a << 32 | b & 0xffffffffL;
	}
}
