// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import dev.partforge.geometry.Circle;
import dev.partforge.geometry.Vec3;

/**
 * A curve of the isometric view in model space, parametrised by t in [0, 1]: a segment from {@code a} to {@code b},
 * or an arc of {@code circle} from angle {@code a0} by {@code extent} (its projection is an arc of an ellipse).
 *
 * @param a      segment start (null for an arc)
 * @param b      segment end (null for an arc)
 * @param circle the circle of an arc (null for a segment)
 * @param a0     start angle of an arc (radians)
 * @param extent swept angle of an arc (radians)
 */
record IsoCurve(Vec3 a, Vec3 b, Circle circle, double a0, double extent) {

	static IsoCurve line(Vec3 a, Vec3 b) {
		return new IsoCurve(a, b, null, 0, 0);
	}

	static IsoCurve arc(Circle c, double a0, double extent) {
		return new IsoCurve(null, null, c, a0, extent);
	}

	/** @return the model point at t */
	Vec3 at(double t) {
		return circle == null ? a.plus(b.minus(a).times(t)) : circle.point(a0 + t * extent);
	}

	/** @return the length in model millimetres */
	double length() {
		return circle == null ? a.distance(b) : circle.radius() * extent;
	}

	/**
	 * @param chord chord tolerance (model millimetres)
	 * @return the parameters of the polyline's vertices, 0 first and 1 last; an arc's chords deviate from the circle,
	 *         and so their projections from the ellipse, by at most {@code chord}
	 */
	double[] params(double chord) {
		int n = 1;
		if (circle != null) {
			double r = circle.radius();
			double step = chord >= r ? Math.PI / 2 : 2 * Math.acos(1 - chord / r);
			n = Math.max(2, (int) Math.ceil(extent / step));
		}
		double[] t = new double[n + 1];
		for (int i = 0; i <= n; i++) {
			t[i] = (double) i / n;
		}
		return t;
	}

	/** @return the points {x0, y0, x1, y1, ...} of the curve at the parameters, projected seen from {@code from} */
	double[] project(double[] ts, IsoDirection from) {
		double[] xy = new double[2 * ts.length];
		for (int i = 0; i < ts.length; i++) {
			Point2 p = from.project(at(ts[i]));
			xy[2 * i] = p.x();
			xy[2 * i + 1] = p.y();
		}
		return xy;
	}

	/**
	 * @return the polyline from t0 to t1 through the vertices of {@code ts} between them, projected seen from
	 *         {@code from}
	 */
	double[] polyline(double t0, double t1, double[] ts, IsoDirection from) {
		int inner = 0;
		for (double t : ts) {
			inner += t > t0 && t < t1 ? 1 : 0;
		}
		double[] sel = new double[inner + 2];
		sel[0] = t0;
		int k = 1;
		for (double t : ts) {
			if (t > t0 && t < t1) {
				sel[k++] = t;
			}
		}
		sel[k] = t1;
		return project(sel, from);
	}

	/**
	 * @return the box grown by the extremes of the curve projected seen from {@code from} (end points and the turning
	 *         points of an ellipse)
	 */
	Box extend(Box box, IsoDirection from) {
		Box out = box.include(from.project(at(0))).include(from.project(at(1)));
		if (circle == null) {
			return out;
		}
		for (Vec3 axis : new Vec3[] { from.right(), from.up() }) {
			double phi = Math.atan2(circle.frame().yAxis().dot(axis), circle.frame().xAxis().dot(axis));
			for (double turn : new double[] { phi, phi + Math.PI }) {
				double d = turn - a0;
				d -= 2 * Math.PI * Math.floor(d / (2 * Math.PI));
				if (d <= extent) {
					out = out.include(from.project(circle.point(turn)));
				}
			}
		}
		return out;
	}
}
