// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests.support;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.ui.view3d.internal.Scene;

/**
 * A hand-made scene: an axis-aligned box from the origin to (sx, sy, sz), two CCW triangles per face, faces in the
 * order -Z, +Z, -Y, +Y, -X, +X, its 12 edges; the top face (+Z, face 1) belongs to feature 0, the rest to the stock.
 */
public final class Cube {

	private static final int[][] FACES = { { 0, 2, 3, 1 }, { 4, 5, 7, 6 }, { 0, 1, 5, 4 }, { 2, 6, 7, 3 },
			{ 0, 4, 6, 2 }, { 1, 3, 7, 5 } };
	private static final int[] AXIS = { 2, 2, 1, 1, 0, 0 };
	private static final float[] SIGN = { -1, 1, -1, 1, -1, 1 };

	private Cube() {
	}

	/** @return the box as a scene */
	public static Scene box(float sx, float sy, float sz) {
		float[] p = new float[24];
		for (int i = 0; i < 8; i++) {
			p[3 * i] = (i & 1) != 0 ? sx : 0;
			p[3 * i + 1] = (i & 2) != 0 ? sy : 0;
			p[3 * i + 2] = (i & 4) != 0 ? sz : 0;
		}
		int[] triangles = new int[36];
		int[] faces = new int[12];
		for (int f = 0; f < 6; f++) {
			int[] q = FACES[f];
			System.arraycopy(new int[] { q[0], q[1], q[2], q[0], q[2], q[3] }, 0, triangles, 6 * f, 6);
			faces[2 * f] = f;
			faces[2 * f + 1] = f;
		}
		List<float[]> edges = new ArrayList<>();
		for (int a = 0; a < 8; a++) {
			for (int bit = 1; bit < 8; bit <<= 1) {
				if ((a & bit) == 0) {
					int b = a | bit;
					edges.add(new float[] { p[3 * a], p[3 * a + 1], p[3 * a + 2], p[3 * b], p[3 * b + 1], p[3 * b + 2] });
				}
			}
		}
		float[] normals = new float[108];
		for (int i = 0; i < 36; i++) {
			normals[3 * i + AXIS[i / 6]] = SIGN[i / 6];
		}
		return new Scene(p, triangles, faces, normals, edges, new int[] { -1, 0, -1, -1, -1, -1 });
	}
}
