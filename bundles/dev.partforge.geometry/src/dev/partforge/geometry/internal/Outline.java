// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed counter-clockwise 2D outline of lines and arcs. Full circles are two half arcs (see
 * {@link #circle}): OpenCASCADE accepts seam-split cylinders with vertex tolerances at 1e-7 mm.
 *
 * @param segments the segments in order
 */
public record Outline(List<Seg2> segments) {

	/** Copies the segments. */
	public Outline {
		segments = List.copyOf(segments);
	}

	/** @return a circle as two half arcs starting at angle 0 */
	public static Outline circle(double cu, double cv, double r) {
		return new Outline(List.of(new Seg2.ArcSeg(cu, cv, r, 0, Math.PI), new Seg2.ArcSeg(cu, cv, r, Math.PI, Math.PI)));
	}

	/**
	 * @param cu     centre u
	 * @param cv     centre v
	 * @param length extent along u
	 * @param width  extent along v
	 * @param r      corner radius, 0 &lt;= r &lt;= min(length, width) / 2
	 * @return a rounded rectangle (zero-length sides omitted, so r = width / 2 gives a slot)
	 */
	public static Outline roundedRectangle(double cu, double cv, double length, double width, double r) {
		double hl = length / 2;
		double hw = width / 2;
		List<Seg2> s = new ArrayList<>();
		double[][] c = { { hl - r, -hw + r }, { hl - r, hw - r }, { -hl + r, hw - r }, { -hl + r, -hw + r } };
		for (int i = 0; i < 4; i++) {
			double a = -Math.PI / 2 + i * Math.PI / 2;
			double[] p = c[(i + 3) % 4];
			double[] q = c[i];
			double ox = r * Math.cos(a);
			double oy = r * Math.sin(a);
			line(s, cu + p[0] + ox, cv + p[1] + oy, cu + q[0] + ox, cv + q[1] + oy);
			if (r > 0) {
				s.add(new Seg2.ArcSeg(cu + q[0], cv + q[1], r, a, Math.PI / 2));
			}
		}
		return new Outline(s);
	}

	/**
	 * A polygon whose convex corners may be filleted or chamfered.
	 *
	 * @param pts     counter-clockwise vertices (u, v)
	 * @param treat   per corner: 0 sharp, 1 fillet, 2 chamfer
	 * @param size    fillet radius / chamfer leg length (corners must be right angles when treated)
	 * @return the outline, starting on the first polygon edge
	 */
	public static Outline polygon(double[][] pts, int[] treat, double size) {
		int n = pts.length;
		List<Seg2> s = new ArrayList<>();
		double[][] in = new double[n][];
		double[][] out = new double[n][];
		for (int i = 0; i < n; i++) {
			double[] p = pts[i];
			if (treat[i] == 0) {
				in[i] = p;
				out[i] = p;
				continue;
			}
			double[] a = unit(pts[(i + n - 1) % n], p);
			double[] b = unit(p, pts[(i + 1) % n]);
			in[i] = new double[] { p[0] - a[0] * size, p[1] - a[1] * size };
			out[i] = new double[] { p[0] + b[0] * size, p[1] + b[1] * size };
		}
		for (int i = 0; i < n; i++) {
			int j = (i + 1) % n;
			line(s, out[i][0], out[i][1], in[j][0], in[j][1]);
			if (treat[j] == 2) {
				line(s, in[j][0], in[j][1], out[j][0], out[j][1]);
			} else if (treat[j] == 1) {
				double[] a = unit(pts[i], pts[j]);
				double[] b = unit(pts[j], pts[(j + 1) % n]);
				double cu = in[j][0] + b[0] * size;
				double cv = in[j][1] + b[1] * size;
				double a0 = Math.atan2(in[j][1] - cv, in[j][0] - cu);
				double cross = a[0] * b[1] - a[1] * b[0];
				s.add(new Seg2.ArcSeg(cu, cv, size, a0, Math.copySign(Math.PI / 2, cross)));
			}
		}
		return new Outline(s);
	}

	private static double[] unit(double[] p, double[] q) {
		double dx = q[0] - p[0];
		double dy = q[1] - p[1];
		double l = Math.hypot(dx, dy);
		return new double[] { dx / l, dy / l };
	}

	private static void line(List<Seg2> s, double u0, double v0, double u1, double v1) {
		if (Math.hypot(u1 - u0, v1 - v0) > 1e-12) {
			s.add(new Seg2.LineSeg(u0, v0, u1, v1));
		}
	}
}
