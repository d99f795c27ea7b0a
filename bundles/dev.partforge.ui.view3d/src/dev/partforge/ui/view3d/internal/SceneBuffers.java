// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

/**
 * A scene as OpenGL draws it: three vertices per triangle with the surface normal at each (curved faces look
 * round, face borders stay sharp), a colour per vertex (the picked feature's faces highlighted), and the edges as
 * line segments.
 */
public final class SceneBuffers {

	/** Surface colour of the part (RGB 0..1). */
	static final float[] BASE = { 0.62f, 0.70f, 0.80f };
	/** Surface colour of the picked feature. */
	static final float[] HIGHLIGHT = { 0.95f, 0.55f, 0.10f };

	private final Scene scene;
	private final float[] vertices;
	private final float[] normals;
	private final float[] lines;

	private SceneBuffers(Scene scene, float[] vertices, float[] normals, float[] lines) {
		this.scene = scene;
		this.vertices = vertices;
		this.normals = normals;
		this.lines = lines;
	}

	/**
	 * @param scene the scene
	 * @return its buffers
	 */
	public static SceneBuffers of(Scene scene) {
		int n = scene.triangleCount();
		float[] vertices = new float[9 * n];
		int[] t = scene.triangles();
		for (int i = 0; i < 3 * n; i++) {
			System.arraycopy(scene.positions(), 3 * t[i], vertices, 3 * i, 3);
		}
		return new SceneBuffers(scene, vertices, scene.cornerNormals(), lines(scene));
	}

	private static float[] lines(Scene scene) {
		int segments = 0;
		for (float[] e : scene.edges()) {
			segments += Math.max(0, e.length / 3 - 1);
		}
		float[] out = new float[6 * segments];
		int at = 0;
		for (float[] e : scene.edges()) {
			for (int p = 0; p + 5 < e.length; p += 3) {
				System.arraycopy(e, p, out, at, 6);
				at += 6;
			}
		}
		return out;
	}

	/**
	 * The vertex colours with the faces of one feature highlighted.
	 *
	 * @param feature the highlighted feature index, -1 for the stock, {@code Integer.MIN_VALUE} for none
	 * @return RGB per vertex
	 */
	public float[] colours(int feature) {
		int n = scene.triangleCount();
		float[] out = new float[9 * n];
		for (int i = 0; i < n; i++) {
			float[] c = scene.featureOfTriangle(i) == feature ? HIGHLIGHT : BASE;
			for (int k = 0; k < 3; k++) {
				System.arraycopy(c, 0, out, 9 * i + 3 * k, 3);
			}
		}
		return out;
	}

	/** @return x, y, z of three vertices per triangle */
	public float[] vertices() {
		return vertices;
	}

	/** @return the unit normal per vertex */
	public float[] normals() {
		return normals;
	}

	/** @return x, y, z of two points per edge segment */
	public float[] lines() {
		return lines;
	}
}
