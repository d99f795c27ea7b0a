// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.List;

import dev.partforge.geometry.BoundingBox;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.MassProperties;
import dev.partforge.geometry.Vec3;
import dev.partforge.geometry.internal.Outline;
import dev.partforge.geometry.internal.Seg2;
import dev.partforge.recipes.internal.FeatureShapes;
import dev.partforge.recipes.internal.StockShape;

/**
 * Mass properties in closed form from the recipe alone (millimetres): profile area and first
 * moments from its lines and arcs (Green's theorem, exact antiderivatives), times the height; then
 * every feature instance adds or removes a cylinder, frustum or rounded-rectangle prism with known
 * volume, centroid and area change. Additive because features never interact.
 */
public final class AnalyticMassProperties {

	private AnalyticMassProperties() {
	}

	/**
	 * @param recipe a valid recipe in any units
	 * @return volume (mm^3), area (mm^2), centroid, bounding box (mm)
	 */
	public static MassProperties of(Recipe recipe) {
		Recipe r = recipe.inMillimetres();
		StockShape shape = new StockShape(r.stock());
		double h = r.stock().height();
		double[] prof = profile(shape.outline());
		double[] acc = { prof[0] * h, 2 * prof[0] + prof[1] * h, prof[2] * h, prof[3] * h, prof[0] * h * h / 2 };
		double top = h;
		for (Feature f : r.features()) {
			Frame fr = shape.frame(f.face());
			for (double[] at : f.pattern().instances(f.u(), f.v())) {
				instance(f, shape, fr, at[0], at[1], acc);
				if (f instanceof Boss b) {
					top = Math.max(top, h + b.height());
				}
			}
		}
		double v = acc[0];
		return new MassProperties(v, acc[1], new Vec3(acc[2] / v, acc[3] / v, acc[4] / v),
				new BoundingBox(Vec3.ZERO, new Vec3(r.stock().width(), r.stock().length(), top)));
	}

	/** @return {area, perimeter, first moment x, first moment y} of a closed outline */
	static double[] profile(Outline o) {
		double a = 0;
		double p = 0;
		double mx = 0;
		double my = 0;
		for (Seg2 s : o.segments()) {
			switch (s) {
			case Seg2.LineSeg l -> {
				double x0 = l.u0();
				double y0 = l.v0();
				double x1 = l.u1();
				double y1 = l.v1();
				a += (x0 * y1 - x1 * y0) / 2;
				p += Math.hypot(x1 - x0, y1 - y0);
				mx += (y1 - y0) * (x0 * x0 + x0 * x1 + x1 * x1) / 6;
				my -= (x1 - x0) * (y0 * y0 + y0 * y1 + y1 * y1) / 6;
			}
			case Seg2.ArcSeg c -> {
				double t0 = c.a0();
				double t1 = c.a0() + c.sweep();
				double cx = c.cu();
				double cy = c.cv();
				double r = c.r();
				double xdy = cx * r * (Math.sin(t1) - Math.sin(t0)) + r * r * (half(t1, 1) - half(t0, 1));
				double ydx = cy * r * (Math.cos(t1) - Math.cos(t0)) - r * r * (half(t1, -1) - half(t0, -1));
				a += (xdy - ydx) / 2;
				p += r * Math.abs(c.sweep());
				mx += r / 2 * (cx * cx * (Math.sin(t1) - Math.sin(t0)) + 2 * cx * r * (half(t1, 1) - half(t0, 1))
						+ r * r * (cube(Math.sin(t1)) - cube(Math.sin(t0))));
				my += r / 2 * (-cy * cy * (Math.cos(t1) - Math.cos(t0)) + 2 * cy * r * (half(t1, -1) - half(t0, -1))
						- r * r * (cube(Math.cos(t1)) - cube(Math.cos(t0))));
			}
			}
		}
		return new double[] { a, p, mx, my };
	}

	/** @return t/2 + sign sin(2t)/4: antiderivative of cos^2 (sign 1) or sin^2 (sign -1) */
	private static double half(double t, int sign) {
		return t / 2 + sign * Math.sin(2 * t) / 4;
	}

	/** @return s - s^3/3: antiderivative of cos^3 in sin t (and of sin^3 in -cos t with s = cos t) */
	private static double cube(double s) {
		return s - s * s * s / 3;
	}

	private static void instance(Feature f, StockShape shape, Frame fr, double u, double v, double[] acc) {
		switch (f) {
		case Boss b -> {
			double rr = b.diameter() / 2;
			add(acc, Math.PI * rr * rr * b.height(), 2 * Math.PI * rr * b.height(), fr.point(u, v, b.height() / 2));
		}
		case Pocket p -> prism(acc, fr, u, v, p.length(), p.width(), p.cornerRadius(), p.depth());
		case Slot s -> prism(acc, fr, u, v, s.length(), s.width(), s.width() / 2, s.depth());
		default -> {
			List<double[]> st = FeatureShapes.radialProfile(f, shape.throughThickness(f.face()));
			double r0 = st.getFirst()[1];
			double area = -Math.PI * r0 * r0;
			for (int i = 0; i + 1 < st.size(); i++) {
				double wHi = st.get(i)[0];
				double rHi = st.get(i)[1];
				double wLo = st.get(i + 1)[0];
				double rLo = st.get(i + 1)[1];
				double hh = wHi - wLo;
				if (hh == 0) {
					area += Math.PI * (rHi * rHi - rLo * rLo);
					continue;
				}
				double q = rLo * rLo + rLo * rHi + rHi * rHi;
				double vol = Math.PI * hh * q / 3;
				double zc = hh * (rLo * rLo + 2 * rLo * rHi + 3 * rHi * rHi) / (4 * q);
				add(acc, -vol, Math.PI * (rHi + rLo) * Math.hypot(hh, rHi - rLo), fr.point(u, v, wLo + zc));
			}
			double rl = st.getLast()[1];
			area += (FeatureShapes.through(f) ? -1 : 1) * Math.PI * rl * rl;
			acc[1] += area;
		}
		}
	}

	private static void prism(double[] acc, Frame fr, double u, double v, double l, double w, double r, double d) {
		double a = l * w - (4 - Math.PI) * r * r;
		double per = 2 * (l + w) - 8 * r + 2 * Math.PI * r;
		add(acc, -a * d, per * d, fr.point(u, v, -d / 2));
	}

	private static void add(double[] acc, double vol, double area, Vec3 c) {
		acc[0] += vol;
		acc[1] += area;
		acc[2] += vol * c.x();
		acc[3] += vol * c.y();
		acc[4] += vol * c.z();
	}
}
