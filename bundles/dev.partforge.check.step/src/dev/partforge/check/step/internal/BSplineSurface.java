// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;

/**
 * STEP B_SPLINE_SURFACE_WITH_KNOTS, rational or not, as a {@link SurfaceGeom}: u and v are its own
 * parameters, v integrated from the start of its knot range. Points are mapped back to (u, v) by a
 * grid search and Gauss-Newton steps; derivatives are central differences.
 */
public final class BSplineSurface implements SurfaceGeom {

	private static final int GRID = 24;

	private final int degU;
	private final int degV;
	private final Vec3[][] poles;
	private final double[][] weights;
	private final double[] knotsU;
	private final double[] knotsV;
	private final boolean closedU;
	private final boolean closedV;
	private Vec3 lastPoint;
	private double[] lastUv;

	BSplineSurface(int degU, int degV, Vec3[][] poles, double[][] weights, double[] knotsU, double[] knotsV) {
		this.degU = degU;
		this.degV = degV;
		this.poles = poles;
		this.weights = weights;
		this.knotsU = knotsU;
		this.knotsV = knotsV;
		this.closedU = closed(true);
		this.closedV = closed(false);
	}

	@Override
	public Frame frame() {
		return Frame.WORLD;
	}

	private double u0() {
		return knotsU[degU];
	}

	private double u1() {
		return knotsU[knotsU.length - degU - 1];
	}

	@Override
	public double v0() {
		return knotsV[degV];
	}

	private double v1() {
		return knotsV[knotsV.length - degV - 1];
	}

	@Override
	public Vec3 point(double u, double v) {
		int su = span(knotsU, degU, u);
		int sv = span(knotsV, degV, v);
		double[] nu = basis(knotsU, degU, su, clamp(u, u0(), u1()));
		double[] nv = basis(knotsV, degV, sv, clamp(v, v0(), v1()));
		double x = 0;
		double y = 0;
		double z = 0;
		double w = 0;
		for (int i = 0; i <= degU; i++) {
			for (int j = 0; j <= degV; j++) {
				int a = su - degU + i;
				int b = sv - degV + j;
				double k = nu[i] * nv[j] * weights[a][b];
				Vec3 p = poles[a][b];
				x += k * p.x();
				y += k * p.y();
				z += k * p.z();
				w += k;
			}
		}
		return new Vec3(x / w, y / w, z / w);
	}

	private Vec3 du(double u, double v) {
		double h = 1e-6 * (u1() - u0());
		double a = Math.max(u0(), u - h);
		double b = Math.min(u1(), u + h);
		return point(b, v).minus(point(a, v)).times(1 / (b - a));
	}

	private Vec3 dv(double u, double v) {
		double h = 1e-6 * (v1() - v0());
		double a = Math.max(v0(), v - h);
		double b = Math.min(v1(), v + h);
		return point(u, b).minus(point(u, a)).times(1 / (b - a));
	}

	@Override
	public Vec3 normal(double u, double v) {
		return du(u, v).cross(dv(u, v)).normalized();
	}

	@Override
	public double jacobian(double u, double v) {
		return du(u, v).cross(dv(u, v)).length();
	}

	@Override
	public double[] uv(Vec3 p, double v0) {
		if (p.equals(lastPoint)) {
			return lastUv.clone();
		}
		double bu = u0();
		double bv = v0();
		double best = Double.POSITIVE_INFINITY;
		for (int i = 0; i <= GRID; i++) {
			for (int j = 0; j <= GRID; j++) {
				double u = u0() + (u1() - u0()) * i / GRID;
				double v = v0() + (v1() - v0()) * j / GRID;
				double d = point(u, v).distance(p);
				if (d < best) {
					best = d;
					bu = u;
					bv = v;
				}
			}
		}
		for (int it = 0; it < 30; it++) {
			Vec3 r = p.minus(point(bu, bv));
			Vec3 a = du(bu, bv);
			Vec3 b = dv(bu, bv);
			double[] step = solve(a, b, r);
			bu = closedU ? wrap(bu + step[0], u0(), u1()) : clamp(bu + step[0], u0(), u1());
			bv = closedV ? wrap(bv + step[1], v0(), v1()) : clamp(bv + step[1], v0(), v1());
			if (Math.abs(step[0]) + Math.abs(step[1]) < 1e-14 * (1 + Math.abs(bu) + Math.abs(bv))) {
				break;
			}
		}
		lastPoint = p;
		lastUv = new double[] { bu, bv };
		return lastUv.clone();
	}

	@Override
	public double du(Vec3 p, Vec3 dp) {
		double[] uv = uv(p, v0());
		return solve(du(uv[0], uv[1]), dv(uv[0], uv[1]), dp)[0];
	}

	/** @return the least-squares (s, t) of s a + t b = r */
	private static double[] solve(Vec3 a, Vec3 b, Vec3 r) {
		double aa = a.dot(a);
		double ab = a.dot(b);
		double bb = b.dot(b);
		double ar = a.dot(r);
		double br = b.dot(r);
		double det = aa * bb - ab * ab;
		if (det == 0) {
			return new double[2];
		}
		return new double[] { (ar * bb - br * ab) / det, (aa * br - ab * ar) / det };
	}

	/** @return the number of knot spans of v between two parameters (at least 1), for the quadrature */
	int spansV(double from, double to) {
		int n = 1;
		for (double k : knotsV) {
			if (k > Math.min(from, to) && k < Math.max(from, to)) {
				n++;
			}
		}
		return n;
	}

	private static double wrap(double x, double lo, double hi) {
		double p = hi - lo;
		double w = lo + ((x - lo) % p + p) % p;
		return w;
	}

	private boolean closed(boolean alongU) {
		for (int i = 0; i <= 4; i++) {
			double t = i / 4.0;
			Vec3 a = alongU ? point(u0(), v0() + t * (v1() - v0())) : point(u0() + t * (u1() - u0()), v0());
			Vec3 b = alongU ? point(u1(), v0() + t * (v1() - v0())) : point(u0() + t * (u1() - u0()), v1());
			if (a.distance(b) > 1e-9 * (1 + a.length())) {
				return false;
			}
		}
		return true;
	}

	private static double clamp(double x, double lo, double hi) {
		return Math.max(lo, Math.min(hi, x));
	}

	private static int span(double[] knots, int deg, double x) {
		int n = knots.length - deg - 2;
		int k = deg;
		while (k < n && x >= knots[k + 1]) {
			k++;
		}
		return k;
	}

	/** The non-zero basis functions at x in span s (The NURBS Book, A2.2). */
	private static double[] basis(double[] knots, int deg, int s, double x) {
		double[] n = new double[deg + 1];
		double[] left = new double[deg + 1];
		double[] right = new double[deg + 1];
		n[0] = 1;
		for (int j = 1; j <= deg; j++) {
			left[j] = x - knots[s + 1 - j];
			right[j] = knots[s + j] - x;
			double saved = 0;
			for (int r = 0; r < j; r++) {
				double den = right[r + 1] + left[j - r];
				double t = den == 0 ? 0 : n[r] / den;
				n[r] = saved + right[r + 1] * t;
				saved = left[j - r] * t;
			}
			n[j] = saved;
		}
		return n;
	}
}
