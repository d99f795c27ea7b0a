// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh;

import java.util.List;

import dev.partforge.geometry.BoundingBox;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;

/**
 * An immutable indexed triangle mesh of a solid, in millimetres, made by {@link Tessellator}.
 *
 * <p>Vertices are shared: every B-rep vertex and every point of a tessellated B-rep edge is one vertex used by the
 * triangles on both sides, so the mesh is watertight by construction. Triangles run counter-clockwise seen from
 * outside the solid. Each triangle knows its B-rep face (the index in {@code solid.shell().faces()}), and each face the
 * recipe feature that created it ({@link Solid#featureOf(int)}). Array accessors return copies.
 */
public final class TriangleMesh {
	private final float[] positions;
	private final int[] triangles;
	private final int[] triangleFaces;
	private final float[] cornerNormals;
	private final List<float[]> edges;
	private final int[] edgeFaces;
	private final int[] faceFeatures;

	/**
	 * @param positions     x, y, z per vertex
	 * @param triangles     three vertex indices per triangle
	 * @param triangleFaces the B-rep face of each triangle
	 * @param cornerNormals the exact surface normal at each corner of each triangle (nine floats per triangle)
	 * @param edges         each B-rep edge as a polyline x, y, z, ... through mesh vertices
	 * @param edgeFaces     per edge the two faces it separates
	 * @param faceFeatures  per B-rep face, the recipe feature that created it ({@link Solid#STOCK} for the stock)
	 */
	public TriangleMesh(float[] positions, int[] triangles, int[] triangleFaces, float[] cornerNormals,
			List<float[]> edges, int[] edgeFaces, int[] faceFeatures) {
		int n = triangles.length / 3;
		if (positions.length % 3 != 0 || triangles.length % 3 != 0 || triangleFaces.length != n
				|| cornerNormals.length != 9 * n || edgeFaces.length != 2 * edges.size()) {
			throw new IllegalArgumentException("inconsistent mesh arrays");
		}
		for (int v : triangles) {
			if (v < 0 || 3 * v >= positions.length) {
				throw new IllegalArgumentException("vertex index out of range: " + v);
			}
		}
		for (int f : triangleFaces) {
			if (f < 0 || f >= faceFeatures.length) {
				throw new IllegalArgumentException("face index out of range: " + f);
			}
		}
		this.positions = positions.clone();
		this.triangles = triangles.clone();
		this.triangleFaces = triangleFaces.clone();
		this.cornerNormals = cornerNormals.clone();
		this.edges = edges.stream().map(float[]::clone).toList();
		this.edgeFaces = edgeFaces.clone();
		this.faceFeatures = faceFeatures.clone();
	}

	/** @return the number of vertices */
	public int vertexCount() {
		return positions.length / 3;
	}

	/** @return the number of triangles */
	public int triangleCount() {
		return triangles.length / 3;
	}

	/** @return the number of B-rep faces */
	public int faceCount() {
		return faceFeatures.length;
	}

	/** @return x, y, z of every vertex (a copy) */
	public float[] positions() {
		return positions.clone();
	}

	/** @return three vertex indices per triangle, counter-clockwise seen from outside (a copy) */
	public int[] triangles() {
		return triangles.clone();
	}

	/** @return per triangle, the index of its B-rep face in {@code solid.shell().faces()} (a copy) */
	public int[] triangleFaces() {
		return triangleFaces.clone();
	}

	/**
	 * Shading normals: the exact outward surface normal at each corner of each triangle, so that cylinders and cones
	 * shade smoothly while edges between faces stay sharp.
	 *
	 * @return nine floats (three unit vectors) per triangle, in triangle order (a copy)
	 */
	public float[] cornerNormals() {
		return cornerNormals.clone();
	}

	/**
	 * @param triangle a triangle index
	 * @return the unit outward normal of the flat triangle, or the zero vector for a triangle without area
	 */
	public Vec3 triangleNormal(int triangle) {
		Vec3 a = vertex(triangles[3 * triangle]);
		Vec3 b = vertex(triangles[3 * triangle + 1]);
		Vec3 c = vertex(triangles[3 * triangle + 2]);
		Vec3 n = b.minus(a).cross(c.minus(a));
		return n.length() == 0 ? Vec3.ZERO : n.normalized();
	}

	/**
	 * @param index a vertex index
	 * @return its position
	 */
	public Vec3 vertex(int index) {
		return new Vec3(positions[3 * index], positions[3 * index + 1], positions[3 * index + 2]);
	}

	/**
	 * The exact B-rep edges for drawing as lines: each edge tessellated once, through the same vertices as the
	 * triangles on both sides of it.
	 *
	 * @return one polyline x, y, z, x, y, z, ... per edge (copies)
	 */
	public List<float[]> edges() {
		return edges.stream().map(float[]::clone).toList();
	}

	/** @return per edge of {@link #edges()}, the two B-rep faces it separates (two ints per edge, a copy) */
	public int[] edgeFaces() {
		return edgeFaces.clone();
	}

	/**
	 * @param face a B-rep face index
	 * @return the index of the recipe feature that created it, or {@link Solid#STOCK}
	 */
	public int featureOf(int face) {
		return faceFeatures[face];
	}

	/**
	 * @param triangle a triangle index
	 * @return the index of the recipe feature its face belongs to, or {@link Solid#STOCK}
	 */
	public int featureOfTriangle(int triangle) {
		return faceFeatures[triangleFaces[triangle]];
	}

	/** @return the axis-aligned box of the vertices; a box at the origin for an empty mesh */
	public BoundingBox bounds() {
		if (positions.length == 0) {
			return BoundingBox.at(Vec3.ZERO);
		}
		BoundingBox b = BoundingBox.at(vertex(0));
		for (int i = 1; i < vertexCount(); i++) {
			b = b.including(vertex(i));
		}
		return b;
	}

	/** @return the enclosed volume of the mesh (divergence theorem over its triangles), mm\u00b3 */
	public double volume() {
		double v = 0;
		for (int t = 0; t < triangleCount(); t++) {
			Vec3 a = vertex(triangles[3 * t]);
			Vec3 b = vertex(triangles[3 * t + 1]);
			Vec3 c = vertex(triangles[3 * t + 2]);
			v += a.dot(b.cross(c));
		}
		return v / 6;
	}

	/** @return the total area of the triangles, mm\u00b2 */
	public double area() {
		double s = 0;
		for (int t = 0; t < triangleCount(); t++) {
			Vec3 a = vertex(triangles[3 * t]);
			Vec3 b = vertex(triangles[3 * t + 1]);
			Vec3 c = vertex(triangles[3 * t + 2]);
			s += b.minus(a).cross(c.minus(a)).length();
		}
		return s / 2;
	}
}
