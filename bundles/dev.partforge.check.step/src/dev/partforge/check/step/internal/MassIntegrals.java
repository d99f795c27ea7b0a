// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.check.step.ModelProperties;
import dev.partforge.check.step.StepReadException;
import dev.partforge.geometry.Vec3;

/**
 * Sums the face integrals of a solid and turns them into placement-independent properties: the
 * inertia tensor about the centroid, its eigenvalues (Jacobi rotations) and the extents of the edges
 * along the eigenvectors.
 */
public final class MassIntegrals {

	private static final int SAMPLES = 32;

	private MassIntegrals() {
	}

	/**
	 * @param faces the faces of one closed solid
	 * @return its properties
	 * @throws StepReadException when a face cannot be integrated or the faces enclose no volume
	 */
	public static ModelProperties of(List<BrepFace> faces) throws StepReadException {
		List<Vec3> samples = new ArrayList<>();
		for (BrepFace f : faces) {
			for (List<BrepFace.Use> loop : f.loops()) {
				for (BrepFace.Use use : loop) {
					int n = SAMPLES * use.edge().pieces();
					for (int i = 0; i <= n; i++) {
						samples.add(use.edge().point((double) i / n));
					}
				}
			}
		}
		if (samples.isEmpty()) {
			throw new StepReadException("the solid has no edges");
		}
		Vec3 ref = centre(samples);
		double[] s = new double[FaceIntegrator.N];
		for (BrepFace f : faces) {
			double[] r = FaceIntegrator.integrate(f, ref);
			for (int i = 0; i < s.length; i++) {
				s[i] += r[i];
			}
		}
		double v = s[1];
		if (!(v > 0)) {
			throw new StepReadException("the solid encloses no volume (" + v + "): its faces are open or point inwards");
		}
		double cx = s[2] / v;
		double cy = s[3] / v;
		double cz = s[4] / v;
		double sxx = s[5] - v * cx * cx;
		double syy = s[6] - v * cy * cy;
		double szz = s[7] - v * cz * cz;
		double sxy = s[8] - v * cx * cy;
		double syz = s[9] - v * cy * cz;
		double sxz = s[10] - v * cx * cz;
		double[][] inertia = { { syy + szz, -sxy, -sxz }, { -sxy, sxx + szz, -syz }, { -sxz, -syz, sxx + syy } };
		double[][] axes = new double[3][3];
		double[] moments = Jacobi.eigen(inertia, axes);
		Vec3 c = ref.plus(new Vec3(cx, cy, cz));
		double[] ext = new double[3];
		for (int k = 0; k < 3; k++) {
			Vec3 a = new Vec3(axes[0][k], axes[1][k], axes[2][k]);
			double lo = Double.POSITIVE_INFINITY;
			double hi = Double.NEGATIVE_INFINITY;
			for (Vec3 p : samples) {
				double d = p.minus(c).dot(a);
				lo = Math.min(lo, d);
				hi = Math.max(hi, d);
			}
			ext[k] = hi - lo;
		}
		return new ModelProperties(v, s[0], new Vec3(moments[0], moments[1], moments[2]), new Vec3(ext[0], ext[1], ext[2]));
	}

	private static Vec3 centre(List<Vec3> points) {
		Vec3 lo = points.get(0);
		Vec3 hi = points.get(0);
		for (Vec3 p : points) {
			lo = new Vec3(Math.min(lo.x(), p.x()), Math.min(lo.y(), p.y()), Math.min(lo.z(), p.z()));
			hi = new Vec3(Math.max(hi.x(), p.x()), Math.max(hi.y(), p.y()), Math.max(hi.z(), p.z()));
		}
		return lo.plus(hi).times(0.5);
	}
}
