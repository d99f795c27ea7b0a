// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A projected curve in view coordinates (model millimetres): a segment or a counter-clockwise arc,
 * parametrised by t in [0, 1]. Intersections are exact closed forms (line-line, line-circle,
 * circle-circle) plus the end points of collinear or co-circular overlaps, so that splitting at them
 * gives pieces that are either wholly covered by another curve or not at all.
 */
public sealed interface Curve2 {

	/** @return the point at t */
	double[] at(double t);

	/** @return the distance from a point to this curve */
	double distance(double x, double y);

	/** @return the length */
	double length();

	/** @return this curve restricted to [t0, t1] */
	Curve2 sub(double t0, double t1);

	/**
	 * A segment.
	 *
	 * @param x1 start x
	 * @param y1 start y
	 * @param x2 end x
	 * @param y2 end y
	 */
	record Seg(double x1, double y1, double x2, double y2) implements Curve2 {
		@Override
		public double[] at(double t) {
			return new double[] { x1 + t * (x2 - x1), y1 + t * (y2 - y1) };
		}

		@Override
		public double distance(double x, double y) {
			double dx = x2 - x1;
			double dy = y2 - y1;
			double l2 = dx * dx + dy * dy;
			double t = l2 == 0 ? 0 : Math.clamp(((x - x1) * dx + (y - y1) * dy) / l2, 0, 1);
			double ex = x - x1 - t * dx;
			double ey = y - y1 - t * dy;
			return Math.sqrt(ex * ex + ey * ey); // not Math.hypot: 23 % of export CPU (benchmarks/jmh)
		}

		@Override
		public double length() {
			return Math.hypot(x2 - x1, y2 - y1);
		}

		@Override
		public Seg sub(double t0, double t1) {
			double[] a = at(t0);
			double[] b = at(t1);
			return new Seg(a[0], a[1], b[0], b[1]);
		}

		/** @return the parameter of the point's foot on the carrier line */
		double param(double x, double y) {
			double dx = x2 - x1;
			double dy = y2 - y1;
			return ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy);
		}
	}

	/**
	 * A counter-clockwise arc.
	 *
	 * @param cx    centre x
	 * @param cy    centre y
	 * @param r     radius
	 * @param a0    start angle (radians)
	 * @param sweep swept angle (radians, positive)
	 */
	record Arc(double cx, double cy, double r, double a0, double sweep) implements Curve2 {
		@Override
		public double[] at(double t) {
			double a = a0 + t * sweep;
			return new double[] { cx + r * Math.cos(a), cy + r * Math.sin(a) };
		}

		@Override
		public double distance(double x, double y) {
			double t = param(Math.atan2(y - cy, x - cx));
			if (t >= 0 && t <= 1) {
				double ex = x - cx;
				double ey = y - cy;
				return Math.abs(Math.sqrt(ex * ex + ey * ey) - r);
			}
			double[] s = at(0);
			double[] e = at(1);
			return Math.min(Math.hypot(x - s[0], y - s[1]), Math.hypot(x - e[0], y - e[1]));
		}

		@Override
		public double length() {
			return r * sweep;
		}

		@Override
		public Arc sub(double t0, double t1) {
			return new Arc(cx, cy, r, a0 + t0 * sweep, (t1 - t0) * sweep);
		}

		/** @return the parameter of an angle, or a value outside [0, 1] when the angle is not on the arc */
		double param(double angle) {
			double d = angle - a0;
			d -= 2 * Math.PI * Math.floor(d / (2 * Math.PI));
			double t = d / sweep;
			if (t > 1 && (2 * Math.PI - d) * r < Tolerance.CURVE) {
				return 0;
			}
			if (t > 1 && (d - sweep) * r < Tolerance.CURVE) {
				return 1;
			}
			return t;
		}
	}

	/** A region of the plane, told by a point test. */
	@FunctionalInterface
	interface Region {
		/** @return true when the point lies in the region */
		boolean contains(double x, double y);
	}

	/**
	 * The parts of a curve inside a region: the curve is split where it meets the region's boundary curves, each piece
	 * whose midpoint lies in the region is kept (pieces shorter than {@link Tolerance#PIECE} are ignored), and kept
	 * pieces that touch are joined. The one owner of this cut for the section outline (a plane's chord inside a face),
	 * the hatching (a hatch line inside the cut faces) and the centre lines of a section view (outside them).
	 *
	 * @param curve    the curve to cut
	 * @param boundary the curves bounding the region
	 * @param region   the region's point test
	 * @return the parameter spans {t0, t1} of the curve in the region, in order
	 */
	static List<double[]> insideSpans(Curve2 curve, List<Curve2> boundary, Region region) {
		List<Double> ts = new ArrayList<>(List.of(0.0, 1.0));
		for (Curve2 b : boundary) {
			cuts(curve, b, ts);
		}
		ts.sort(null);
		double length = curve.length();
		List<double[]> spans = new ArrayList<>();
		double[] last = null;
		for (int i = 0; i + 1 < ts.size(); i++) {
			double t0 = ts.get(i);
			double t1 = ts.get(i + 1);
			if ((t1 - t0) * length < Tolerance.PIECE) {
				continue;
			}
			double[] m = curve.at((t0 + t1) / 2);
			if (!region.contains(m[0], m[1])) {
				continue;
			}
			if (last != null && (t0 - last[1]) * length < Tolerance.PIECE) {
				last[1] = t1;
			} else {
				last = new double[] { t0, t1 };
				spans.add(last);
			}
		}
		return spans;
	}

	/**
	 * Adds the parameters on {@code a} where {@code b} meets or starts/ends an overlap with it.
	 *
	 * @param a   the curve being split
	 * @param b   another curve
	 * @param out receives parameters in [0, 1]
	 */
	static void cuts(Curve2 a, Curve2 b, List<Double> out) {
		switch (a) {
		case Seg s -> {
			switch (b) {
			case Seg o -> segSeg(s, o, out);
			case Arc o -> {
				for (double[] p : lineCircle(s, o)) {
					if (o.distance(p[0], p[1]) < Tolerance.CURVE) {
						add(out, s.param(p[0], p[1]));
					}
				}
			}
			}
		}
		case Arc s -> {
			switch (b) {
			case Seg o -> {
				for (double[] p : lineCircle(o, s)) {
					if (o.distance(p[0], p[1]) < Tolerance.CURVE) {
						add(out, s.param(Math.atan2(p[1] - s.cy, p[0] - s.cx)));
					}
				}
			}
			case Arc o -> arcArc(s, o, out);
			}
		}
		}
	}

	private static void add(List<Double> out, double t) {
		if (t > -Tolerance.PARAMETER && t < 1 + Tolerance.PARAMETER) {
			out.add(Math.clamp(t, 0, 1));
		}
	}

	private static void segSeg(Seg s, Seg o, List<Double> out) {
		double dx = s.x2 - s.x1;
		double dy = s.y2 - s.y1;
		double ex = o.x2 - o.x1;
		double ey = o.y2 - o.y1;
		double den = dx * ey - dy * ex;
		double ls = s.length();
		double lo = o.length();
		if (Math.abs(den) <= Tolerance.PARALLEL * ls * lo) {
			if (s.distance(o.x1, o.y1) < Tolerance.CURVE || s.distance(o.x2, o.y2) < Tolerance.CURVE || o.distance(s.x1, s.y1) < Tolerance.CURVE) {
				if (Math.abs((o.x1 - s.x1) * dy - (o.y1 - s.y1) * dx) / ls < Tolerance.CURVE) {
					add(out, s.param(o.x1, o.y1));
					add(out, s.param(o.x2, o.y2));
				}
			}
			return;
		}
		double t = ((o.x1 - s.x1) * ey - (o.y1 - s.y1) * ex) / den;
		double u = ((o.x1 - s.x1) * dy - (o.y1 - s.y1) * dx) / den;
		if (u * lo > -Tolerance.CURVE && (u - 1) * lo < Tolerance.CURVE) {
			add(out, t);
		}
	}

	private static List<double[]> lineCircle(Seg s, Arc c) {
		double dx = s.x2 - s.x1;
		double dy = s.y2 - s.y1;
		double l = Math.hypot(dx, dy);
		double ux = dx / l;
		double uy = dy / l;
		double fx = s.x1 - c.cx;
		double fy = s.y1 - c.cy;
		double b = fx * ux + fy * uy;
		double dist2 = fx * fx + fy * fy - b * b;
		double h2 = c.r * c.r - dist2;
		if (h2 < -2 * c.r * Tolerance.CURVE) {
			return List.of();
		}
		double h = Math.sqrt(Math.max(0, h2));
		double t1 = -b - h;
		double t2 = -b + h;
		return List.of(new double[] { s.x1 + t1 * ux, s.y1 + t1 * uy }, new double[] { s.x1 + t2 * ux, s.y1 + t2 * uy });
	}

	private static void arcArc(Arc s, Arc o, List<Double> out) {
		double dx = o.cx - s.cx;
		double dy = o.cy - s.cy;
		double d = Math.hypot(dx, dy);
		if (d < Tolerance.CURVE) {
			if (Math.abs(s.r - o.r) < Tolerance.CURVE) {
				for (double t : new double[] { 0, 1 }) {
					double[] p = o.at(t);
					double q = s.param(Math.atan2(p[1] - s.cy, p[0] - s.cx));
					add(out, q);
				}
			}
			return;
		}
		if (d > s.r + o.r + Tolerance.CURVE || d < Math.abs(s.r - o.r) - Tolerance.CURVE) {
			return;
		}
		double a = (s.r * s.r - o.r * o.r + d * d) / (2 * d);
		double h = Math.sqrt(Math.max(0, s.r * s.r - a * a));
		double mx = s.cx + a * dx / d;
		double my = s.cy + a * dy / d;
		for (double sg : new double[] { -1, 1 }) {
			double px = mx - sg * h * dy / d;
			double py = my + sg * h * dx / d;
			if (o.distance(px, py) < Tolerance.CURVE * 10) {
				add(out, s.param(Math.atan2(py - s.cy, px - s.cx)));
			}
		}
	}
}
