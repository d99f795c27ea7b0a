// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import dev.partforge.geometry.Vec3;

/**
 * A (rational) B-spline curve evaluated by de Boor's algorithm, with the knot vector expanded from
 * STEP's distinct knots and multiplicities.
 */
final class BSplineCurve {

	private final int degree;
	private final Vec3[] poles;
	private final double[] weights;
	private final double[] knots;

	BSplineCurve(int degree, Vec3[] poles, double[] weights, double[] knots) {
		this.degree = degree;
		this.poles = poles;
		this.weights = weights;
		this.knots = knots;
	}

	/** @return the first valid parameter */
	double start() {
		return knots[degree];
	}

	/** @return the last valid parameter */
	double end() {
		return knots[knots.length - degree - 1];
	}

	/** @return the number of non-empty knot spans */
	int spans() {
		int n = 0;
		for (int i = degree; i < knots.length - degree - 1; i++) {
			if (knots[i + 1] > knots[i]) {
				n++;
			}
		}
		return Math.max(1, n);
	}

	/** @return the point at parameter u */
	Vec3 point(double u) {
		double x = Math.max(start(), Math.min(end(), u));
		int k = degree;
		while (k < knots.length - degree - 2 && x >= knots[k + 1]) {
			k++;
		}
		double[][] d = new double[degree + 1][4];
		for (int j = 0; j <= degree; j++) {
			Vec3 p = poles[j + k - degree];
			double w = weights[j + k - degree];
			d[j] = new double[] { p.x() * w, p.y() * w, p.z() * w, w };
		}
		for (int r = 1; r <= degree; r++) {
			for (int j = degree; j >= r; j--) {
				int i = j + k - degree;
				double den = knots[i + degree - r + 1] - knots[i];
				double a = den == 0 ? 0 : (x - knots[i]) / den;
				for (int c = 0; c < 4; c++) {
					d[j][c] = (1 - a) * d[j - 1][c] + a * d[j][c];
				}
			}
		}
		double[] h = d[degree];
		return new Vec3(h[0] / h[3], h[1] / h[3], h[2] / h[3]);
	}

	/** @return the parameter of the curve point nearest to p */
	double parameterOf(Vec3 p) {
		int n = 64 * spans();
		double best = start();
		double bestD = Double.POSITIVE_INFINITY;
		for (int i = 0; i <= n; i++) {
			double u = start() + (end() - start()) * i / n;
			double dd = point(u).distance(p);
			if (dd < bestD) {
				bestD = dd;
				best = u;
			}
		}
		double step = (end() - start()) / n;
		double lo = Math.max(start(), best - step);
		double hi = Math.min(end(), best + step);
		for (int it = 0; it < 80; it++) {
			double m1 = lo + (hi - lo) / 3;
			double m2 = hi - (hi - lo) / 3;
			if (point(m1).distance(p) < point(m2).distance(p)) {
				hi = m2;
			} else {
				lo = m1;
			}
		}
		return (lo + hi) / 2;
	}

	/** An edge on the curve between two parameters. */
	record Piece(BSplineCurve curve, double from, double to) implements EdgeGeom {
		@Override
		public Vec3 point(double t) {
			return curve.point(from + (to - from) * t);
		}

		@Override
		public int pieces() {
			return 4 * curve.spans();
		}
	}
}
