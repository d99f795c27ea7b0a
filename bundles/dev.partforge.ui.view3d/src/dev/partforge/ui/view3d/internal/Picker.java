// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

/** Finds the triangle a ray hits first (Möller-Trumbore ray/triangle test over all triangles, on the CPU). */
public final class Picker {

	private static final double EPSILON = 1e-12;

	private Picker() {
	}

	/**
	 * @param scene the scene
	 * @param ray   the ray
	 * @return the index of the nearest triangle hit in front of the ray's origin, or -1
	 */
	public static int pick(Scene scene, Ray ray) {
		int best = -1;
		double bestT = Double.MAX_VALUE;
		int[] t = scene.triangles();
		for (int i = 0; i < scene.triangleCount(); i++) {
			double hit = hit(ray, scene.vertex(t[3 * i]), scene.vertex(t[3 * i + 1]), scene.vertex(t[3 * i + 2]));
			if (hit > 0 && hit < bestT) {
				bestT = hit;
				best = i;
			}
		}
		return best;
	}

	private static double hit(Ray ray, Vec3d a, Vec3d b, Vec3d c) {
		Vec3d e1 = b.minus(a);
		Vec3d e2 = c.minus(a);
		Vec3d p = ray.direction().cross(e2);
		double det = e1.dot(p);
		if (Math.abs(det) < EPSILON) {
			return -1;
		}
		Vec3d s = ray.origin().minus(a);
		double u = s.dot(p) / det;
		if (u < 0 || u > 1) {
			return -1;
		}
		Vec3d q = s.cross(e1);
		double v = ray.direction().dot(q) / det;
		if (v < 0 || u + v > 1) {
			return -1;
		}
		return e2.dot(q) / det;
	}
}
