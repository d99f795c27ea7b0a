// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.partforge.check.step.StepReadException;
import dev.partforge.geometry.Vec3;
import dev.partforge.geometry.internal.GaussLegendre;

/**
 * Surface integrals of one trimmed face, for the volume integrals of the solid by the divergence
 * theorem. In the face's parameter plane, Green's theorem turns the area integral of g into the
 * boundary integral -\u222e G du with G(u, v) = \u222b_{v0}^{v} g(u, t) dt: only du along the exact edges
 * is needed, so seams and the periodicity of the angle u cost nothing. A sphere's pole, where its
 * loops leave a gap, adds the whole sphere's integral when the face covers the north pole; a
 * torus starts v in the widest gap of the face's tube angles.
 *
 * <p>Integrands (relative to a reference point q = p - ref, outward normal n): area, volume q.n/3,
 * first moments q_i^2 n_i / 2, second moments q_i^3 n_i / 3, products x y^2 n_y/2, y z^2 n_z/2,
 * x^2 z n_x/2 (for \u222b xy, \u222b yz, \u222b xz dV).
 */
public final class FaceIntegrator {

	/** The number of integrals per face. */
	public static final int N = 11;

	private static final GaussLegendre G16 = GaussLegendre.N16;

	private final BrepFace face;
	private final Vec3 ref;
	private final double sense;

	private FaceIntegrator(BrepFace face, Vec3 ref) {
		this.face = face;
		this.ref = ref;
		this.sense = face.sameSense() ? 1 : -1;
	}

	/**
	 * @param face a trimmed face
	 * @param ref  the reference point of the moments
	 * @return the N integrals over the face
	 * @throws StepReadException when the face is a kind the integration does not handle
	 */
	public static double[] integrate(BrepFace face, Vec3 ref) throws StepReadException {
		return new FaceIntegrator(face, ref).run();
	}

	private double[] run() throws StepReadException {
		SurfaceGeom s = face.surface();
		double v0 = s instanceof SurfaceGeom.Toroidal ? torusStart() : s.v0();
		double[] acc = new double[N];
		double winding = 0;
		for (List<BrepFace.Use> loop : face.loops()) {
			for (BrepFace.Use use : loop) {
				EdgeGeom e = use.edge();
				double dir = use.forward() ? 1 : -1;
				int pieces = e.pieces();
				for (int k = 0; k < pieces; k++) {
					for (int i = 0; i < G16.size(); i++) {
						double t = (k + G16.node(i)) / pieces;
						Vec3 p = e.point(t);
						double du = s.du(p, e.derivative(t)) * G16.weight(i) / pieces * dir;
						winding += du;
						double[] uv = s.uv(p, v0);
						column(uv[0], v0, uv[1], -sense * du, acc);
					}
				}
			}
		}
		if (s instanceof SurfaceGeom.Spherical sp) {
			long turns = Math.round(sense * winding / (2 * Math.PI));
			double full = 4 * Math.PI * sp.radius() * sp.radius();
			if (turns == 1 || turns == 0 && acc[0] < 1e-9 * full) {
				wholeSphere(acc);
			}
		}
		return acc;
	}

	/** Adds w * \u222b_{from}^{to} g(u, t) dt. */
	private void column(double u, double from, double to, double w, double[] acc) {
		if (w == 0 || to == from) {
			return;
		}
		int pieces = face.surface() instanceof BSplineSurface b ? 2 * b.spansV(from, to) : Math.abs(to - from) > Math.PI ? 2 : 1;
		double len = (to - from) / pieces;
		for (int k = 0; k < pieces; k++) {
			for (int j = 0; j < G16.size(); j++) {
				double v = from + len * (k + G16.node(j));
				integrand(u, v, w * G16.weight(j) * len, acc);
			}
		}
	}

	private void integrand(double u, double v, double w, double[] acc) {
		SurfaceGeom s = face.surface();
		double dA = w * s.jacobian(u, v);
		Vec3 q = s.point(u, v).minus(ref);
		Vec3 n = s.normal(u, v).times(sense);
		double x = q.x();
		double y = q.y();
		double z = q.z();
		acc[0] += dA;
		acc[1] += dA * q.dot(n) / 3;
		acc[2] += dA * x * x * n.x() / 2;
		acc[3] += dA * y * y * n.y() / 2;
		acc[4] += dA * z * z * n.z() / 2;
		acc[5] += dA * x * x * x * n.x() / 3;
		acc[6] += dA * y * y * y * n.y() / 3;
		acc[7] += dA * z * z * z * n.z() / 3;
		acc[8] += dA * x * y * y * n.y() / 2;
		acc[9] += dA * y * z * z * n.z() / 2;
		acc[10] += dA * x * x * z * n.x() / 2;
	}

	private void wholeSphere(double[] acc) {
		int pieces = 4;
		for (int k = 0; k < pieces; k++) {
			for (int i = 0; i < G16.size(); i++) {
				double u = 2 * Math.PI * (k + G16.node(i)) / pieces;
				column(u, -Math.PI / 2, Math.PI / 2, G16.weight(i) * 2 * Math.PI / pieces, acc);
			}
		}
	}

	private double torusStart() throws StepReadException {
		SurfaceGeom s = face.surface();
		List<Double> angles = new ArrayList<>();
		for (List<BrepFace.Use> loop : face.loops()) {
			for (BrepFace.Use use : loop) {
				int n = 8 * use.edge().pieces();
				for (int i = 0; i <= n; i++) {
					angles.add(s.uv(use.edge().point((double) i / n), -Math.PI)[1]);
				}
			}
		}
		Collections.sort(angles);
		double bestGap = angles.get(0) + 2 * Math.PI - angles.get(angles.size() - 1);
		double start = angles.get(angles.size() - 1) + bestGap / 2;
		for (int i = 1; i < angles.size(); i++) {
			double gap = angles.get(i) - angles.get(i - 1);
			if (gap > bestGap) {
				bestGap = gap;
				start = angles.get(i - 1) + gap / 2;
			}
		}
		if (bestGap < 1e-3) {
			throw new StepReadException("unsupported face " + face.name() + ": a TOROIDAL_SURFACE face that goes all the way round its tube");
		}
		return start;
	}
}
