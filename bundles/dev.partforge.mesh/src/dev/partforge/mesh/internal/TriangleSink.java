// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import java.util.Arrays;
import java.util.List;

import dev.partforge.geometry.Face;
import dev.partforge.geometry.Vec3;

/** Collects triangles with their face and exact corner normals. */
final class TriangleSink {
	private int[] triangles = new int[96];
	private int[] faces = new int[32];
	private float[] normals = new float[288];
	private int count;

	void add(int a, int b, int c, int faceIndex, Face face, List<Vec3> points) {
		if (count == faces.length) {
			triangles = Arrays.copyOf(triangles, 6 * count);
			faces = Arrays.copyOf(faces, 2 * count);
			normals = Arrays.copyOf(normals, 18 * count);
		}
		int[] corners = { a, b, c };
		for (int k = 0; k < 3; k++) {
			triangles[3 * count + k] = corners[k];
			Vec3 n = SurfaceNormals.at(face, points.get(corners[k]));
			normals[9 * count + 3 * k] = (float) n.x();
			normals[9 * count + 3 * k + 1] = (float) n.y();
			normals[9 * count + 3 * k + 2] = (float) n.z();
		}
		faces[count++] = faceIndex;
	}

	int[] triangles() {
		return Arrays.copyOf(triangles, 3 * count);
	}

	int[] faces() {
		return Arrays.copyOf(faces, count);
	}

	float[] normals() {
		return Arrays.copyOf(normals, 9 * count);
	}
}
