// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import java.util.List;
import java.util.Objects;

/**
 * What the 3D view draws: a triangle mesh (CCW seen from outside) whose triangles name their B-rep face, the exact
 * edges as polylines, and for each face the recipe feature it comes from (-1 for the stock). Positions in
 * millimetres.
 *
 * @param positions     x, y, z per vertex
 * @param triangles     three vertex indices per triangle
 * @param triangleFaces the B-rep face of each triangle
 * @param cornerNormals the unit surface normal at each corner of each triangle (nine floats per triangle)
 * @param edges         polylines, x, y, z per point
 * @param faceFeatures  for each face index, the index of its feature in the recipe, -1 for the stock
 */
public record Scene(float[] positions, int[] triangles, int[] triangleFaces, float[] cornerNormals,
		List<float[]> edges, int[] faceFeatures) {

	/** Checks the arrays fit together. */
	public Scene {
		Objects.requireNonNull(positions, "positions");
		edges = List.copyOf(edges);
		if (triangles.length % 3 != 0 || triangleFaces.length * 3 != triangles.length
				|| cornerNormals.length != 3 * triangles.length) {
			throw new IllegalArgumentException("a scene needs 3 vertex indices, one face and 3 normals per triangle");
		}
	}

	/** @return the number of triangles */
	public int triangleCount() {
		return triangleFaces.length;
	}

	/**
	 * @param triangle a triangle index
	 * @return the feature index of its face, -1 for the stock
	 */
	public int featureOfTriangle(int triangle) {
		int face = triangleFaces[triangle];
		return face < faceFeatures.length ? faceFeatures[face] : -1;
	}

	/** @return {minX, minY, minZ, maxX, maxY, maxZ} of the vertices */
	public double[] bounds() {
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE,
				-Double.MAX_VALUE };
		for (int i = 0; i < positions.length; i++) {
			b[i % 3] = Math.min(b[i % 3], positions[i]);
			b[3 + i % 3] = Math.max(b[3 + i % 3], positions[i]);
		}
		return b;
	}

	/** @return the centre of the bounds */
	public Vec3d centre() {
		double[] b = bounds();
		return new Vec3d((b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2);
	}

	/** @return half the diagonal of the bounds: a sphere about {@link #centre()} with it holds the scene */
	public double radius() {
		double[] b = bounds();
		return new Vec3d(b[3] - b[0], b[4] - b[1], b[5] - b[2]).length() / 2;
	}

	/**
	 * @param i vertex index
	 * @return its position
	 */
	public Vec3d vertex(int i) {
		return new Vec3d(positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]);
	}
}
