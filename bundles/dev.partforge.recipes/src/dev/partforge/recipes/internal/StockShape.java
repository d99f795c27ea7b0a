// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.internal;

import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;
import dev.partforge.geometry.internal.Outline;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;

/** Derived geometry of a stock in millimetres: profile polygon, host face frames, containment tests. */
public final class StockShape {
	private static final double EPS = 1e-9;
	private final Stock s;
	private final double[][] pts;
	private final int[] treat;

	/** @param s stock in millimetres */
	public StockShape(Stock s) {
		this.s = s;
		this.pts = polygon(s);
		this.treat = pts == null ? null : new int[pts.length];
		if (pts != null && s.corner() != CornerTreatment.NONE) {
			for (int i = 0; i < pts.length; i++) {
				treat[i] = s.corner() == CornerTreatment.FILLET ? 1 : 2;
			}
		}
	}

	private static double[][] polygon(Stock s) {
		double w = s.width();
		double l = s.length();
		double a = s.a();
		double b = s.b();
		return switch (s.kind()) {
		case ROUND -> null;
		case BLOCK -> new double[][] { { 0, 0 }, { w, 0 }, { w, l }, { 0, l } };
		case L -> new double[][] { { 0, 0 }, { w, 0 }, { w, a }, { b, a }, { b, l }, { 0, l } };
		case T -> {
			double x0 = (w - a) / 2;
			yield new double[][] { { x0, 0 }, { x0 + a, 0 }, { x0 + a, l - b }, { w, l - b }, { w, l }, { 0, l }, { 0, l - b }, { x0, l - b } };
		}
		case U -> new double[][] { { 0, 0 }, { w, 0 }, { w, l }, { w - a, l }, { w - a, b }, { a, b }, { a, l }, { 0, l } };
		case STEPPED -> new double[][] { { 0, 0 }, { w, 0 }, { w, b }, { w - a, b }, { w - a, 2 * b }, { w - 2 * a, 2 * b }, { w - 2 * a, l },
				{ 0, l } };
		};
	}

	/** @return the stock */
	public Stock stock() {
		return s;
	}

	/** @return polygon vertices (null for round stock) */
	public double[][] polygon() {
		return pts;
	}

	/** @return true when corner i turns left (counter-clockwise) */
	public boolean convex(int i) {
		int n = pts.length;
		double[] p = pts[(i + n - 1) % n];
		double[] q = pts[i];
		double[] r = pts[(i + 1) % n];
		return (q[0] - p[0]) * (r[1] - q[1]) - (q[1] - p[1]) * (r[0] - q[0]) > 0;
	}

	/** @return the treatment size at corner i (0 when sharp) */
	public double treatment(int i) {
		return treat == null || treat[i] == 0 ? 0 : s.cornerSize();
	}

	/** @return the profile outline */
	public Outline outline() {
		if (pts == null) {
			double r = s.width() / 2;
			return Outline.circle(r, r, r);
		}
		return Outline.polygon(pts, treat, s.cornerSize());
	}

	/** @return the outline segment index of the straight part of polygon edge k */
	public int segmentOf(int k) {
		int idx = 0;
		for (int i = 0; i < k; i++) {
			idx += treat[(i + 1) % pts.length] == 0 ? 1 : 2;
		}
		return idx;
	}

	/** @return the number of side faces that can host features (0 for round stock) */
	public int sides() {
		return pts == null ? 0 : pts.length;
	}

	/**
	 * Tells whether side face k can be seen from outside along its normal, that is, whether a drawing view that looks
	 * at it shows it. The inner walls of a U profile face each other and are not exposed: a feature there could only
	 * be drawn hidden, and ISO 129-1 forbids dimensioning to hidden lines.
	 *
	 * @param k side index
	 * @return true if the ray from the face's middle along its outward normal leaves the profile
	 */
	public boolean exposed(int k) {
		int n = pts.length;
		double[] p = pts[k];
		double[] q = pts[(k + 1) % n];
		double mx = (p[0] + q[0]) / 2;
		double my = (p[1] + q[1]) / 2;
		double len = Math.hypot(q[0] - p[0], q[1] - p[1]);
		double nx = (q[1] - p[1]) / len;
		double ny = -(q[0] - p[0]) / len;
		for (int i = 0; i < n; i++) {
			if (i == k) {
				continue;
			}
			double[] a = pts[i];
			double[] b = pts[(i + 1) % n];
			double ex = b[0] - a[0];
			double ey = b[1] - a[1];
			double den = nx * ey - ny * ex;
			if (Math.abs(den) < 1e-12) {
				continue;
			}
			double t = ((a[0] - mx) * ey - (a[1] - my) * ex) / den;
			double s = ((a[0] - mx) * ny - (a[1] - my) * nx) / den;
			if (t > 1e-9 && s >= 0 && s <= 1) {
				return false;
			}
		}
		return true;
	}

	/** @return edge k's length */
	public double edgeLength(int k) {
		double[] p = pts[k];
		double[] q = pts[(k + 1) % pts.length];
		return Math.hypot(q[0] - p[0], q[1] - p[1]);
	}

	/**
	 * @param face TOP, BOTTOM or SIDE&lt;k&gt;
	 * @return its side index, -1 for TOP, -2 for BOTTOM
	 * @throws InvalidRecipeException for an unknown face
	 */
	public int faceIndex(String face) {
		if ("TOP".equals(face)) {
			return -1;
		}
		if ("BOTTOM".equals(face)) {
			return -2;
		}
		if (face != null && face.startsWith("SIDE")) {
			try {
				int k = Integer.parseInt(face.substring(4));
				if (k >= 0 && k < sides()) {
					return k;
				}
			} catch (NumberFormatException e) {
				// falls through to the error below
			}
		}
		throw new InvalidRecipeException("unknown host face '" + face + "' for " + s.kind().id() + " stock (use TOP, BOTTOM"
				+ (sides() > 0 ? " or SIDE0..SIDE" + (sides() - 1) : "") + ")");
	}

	/** @return the host frame of a face: outward normal is +z */
	public Frame frame(String face) {
		int k = faceIndex(face);
		if (k == -1) {
			return Frame.of(new Vec3(0, 0, s.height()), Vec3.Z, Vec3.X);
		}
		if (k == -2) {
			return Frame.of(new Vec3(0, s.length(), 0), Vec3.Z.negate(), Vec3.X);
		}
		double[] p = pts[k];
		double[] q = pts[(k + 1) % pts.length];
		Vec3 d = new Vec3(q[0] - p[0], q[1] - p[1], 0).normalized();
		return Frame.of(new Vec3(p[0], p[1], 0), d.cross(Vec3.Z), d);
	}

	/** @return the material thickness a through cut in this face crosses, or NaN when through is not supported */
	public double throughThickness(String face) {
		int k = faceIndex(face);
		if (k < 0) {
			return s.height();
		}
		if (s.kind() == StockKind.BLOCK) {
			return k % 2 == 0 ? s.length() : s.width();
		}
		return Double.NaN;
	}

	/** @return the face a through cut leaves by */
	public String opposite(String face) {
		int k = faceIndex(face);
		return k == -1 ? "BOTTOM" : k == -2 ? "TOP" : "SIDE" + ((k + 2) % 4);
	}

	/**
	 * @return true when the xy rectangle lies inside the profile and clear of every treated corner's
	 *         square (conservative: concave fillets and chamfers only add material)
	 */
	public boolean containsRect(double x0, double y0, double x1, double y1) {
		if (pts == null) {
			double r = s.width() / 2;
			for (double x : new double[] { x0, x1 }) {
				for (double y : new double[] { y0, y1 }) {
					if (Math.hypot(x - r, y - r) > r + EPS) {
						return false;
					}
				}
			}
			return true;
		}
		int n = pts.length;
		for (int i = 0; i < n; i++) {
			double[] p = pts[i];
			double[] q = pts[(i + 1) % n];
			if (crossesOpen(p, q, x0, y0, x1, y1)) {
				return false;
			}
			double c = treatment(i);
			if (c > 0 && p[0] + c > x0 + EPS && p[0] - c < x1 - EPS && p[1] + c > y0 + EPS && p[1] - c < y1 - EPS) {
				return false;
			}
		}
		return inside((x0 + x1) / 2, (y0 + y1) / 2);
	}

	private static boolean crossesOpen(double[] p, double[] q, double x0, double y0, double x1, double y1) {
		if (p[1] == q[1]) {
			return p[1] > y0 + EPS && p[1] < y1 - EPS && Math.max(p[0], q[0]) > x0 + EPS && Math.min(p[0], q[0]) < x1 - EPS;
		}
		return p[0] > x0 + EPS && p[0] < x1 - EPS && Math.max(p[1], q[1]) > y0 + EPS && Math.min(p[1], q[1]) < y1 - EPS;
	}

	private boolean inside(double x, double y) {
		boolean in = false;
		for (int i = 0, j = pts.length - 1; i < pts.length; j = i++) {
			if ((pts[i][1] > y) != (pts[j][1] > y) && x < (pts[j][0] - pts[i][0]) * (y - pts[i][1]) / (pts[j][1] - pts[i][1]) + pts[i][0]) {
				in = !in;
			}
		}
		return in;
	}
}
