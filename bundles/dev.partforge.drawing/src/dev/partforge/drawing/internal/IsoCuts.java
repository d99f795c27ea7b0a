// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the projected polylines of the isometric view's curves meet each other: crossings, the ends of collinear
 * overlaps, and the end points of curves that lie on another curve (a silhouette touching an ellipse; such an end lies
 * on the exact ellipse, up to the chord tolerance away from its polyline), as curve parameters. A sweep over the
 * segments sorted by their left end keeps the pairs tested to those whose x ranges overlap.
 */
final class IsoCuts {

	/** One chord of a curve's polyline: curve index, parameters and projected ends, x0 <= x1 not required. */
	private record Chord(int curve, double t0, double t1, double x0, double y0, double x1, double y1) {
		double minX() {
			return Math.min(x0, x1);
		}

		double maxX() {
			return Math.max(x0, x1);
		}

		double minY() {
			return Math.min(y0, y1);
		}

		double maxY() {
			return Math.max(y0, y1);
		}

		double at(double u) {
			return t0 + Math.clamp(u, 0, 1) * (t1 - t0);
		}

		/** @return the parameter in [0, 1] of the point of this chord nearest to (x, y) */
		double foot(double x, double y) {
			double dx = x1 - x0;
			double dy = y1 - y0;
			double l2 = dx * dx + dy * dy;
			return l2 == 0 ? 0 : Math.clamp(((x - x0) * dx + (y - y0) * dy) / l2, 0, 1);
		}
	}

	private IsoCuts() {
	}

	/**
	 * @param ts    parameters of each curve's polyline vertices
	 * @param xy    projected vertices of each curve {x0, y0, x1, y1, ...}
	 * @param chord the polylines' chord tolerance (model millimetres)
	 * @return for each curve, the parameters where another curve meets it, with 0 and 1
	 */
	static List<List<Double>> of(List<double[]> ts, List<double[]> xy, double chord) {
		List<List<Double>> cuts = new ArrayList<>();
		List<Chord> chords = new ArrayList<>();
		for (int c = 0; c < ts.size(); c++) {
			cuts.add(new ArrayList<>(List.of(0.0, 1.0)));
			double[] t = ts.get(c);
			double[] p = xy.get(c);
			for (int i = 0; i + 1 < t.length; i++) {
				chords.add(new Chord(c, t[i], t[i + 1], p[2 * i], p[2 * i + 1], p[2 * i + 2], p[2 * i + 3]));
			}
		}
		chords.sort(Comparator.comparingDouble(Chord::minX));
		ends(chords, xy, chord + Tolerance.CURVE, cuts);
		for (int i = 0; i < chords.size(); i++) {
			Chord s = chords.get(i);
			for (int j = i + 1; j < chords.size() && chords.get(j).minX() <= s.maxX() + Tolerance.CURVE; j++) {
				Chord o = chords.get(j);
				if (o.curve() != s.curve() && o.minY() <= s.maxY() + Tolerance.CURVE && s.minY() <= o.maxY() + Tolerance.CURVE) {
					meet(s, o, cuts);
				}
			}
		}
		return cuts;
	}

	private static void meet(Chord s, Chord o, List<List<Double>> cuts) {
		double dx = s.x1() - s.x0();
		double dy = s.y1() - s.y0();
		double ex = o.x1() - o.x0();
		double ey = o.y1() - o.y0();
		double ls = Math.hypot(dx, dy);
		double lo = Math.hypot(ex, ey);
		if (ls < Tolerance.POINT || lo < Tolerance.POINT) {
			return;
		}
		double den = dx * ey - dy * ex;
		if (Math.abs(den) <= Tolerance.PARALLEL * ls * lo) {
			if (Math.abs((o.x0() - s.x0()) * dy - (o.y0() - s.y0()) * dx) / ls < Tolerance.CURVE) {
				overlap(s, o, cuts.get(s.curve()));
				overlap(o, s, cuts.get(o.curve()));
			}
			return;
		}
		double u = ((o.x0() - s.x0()) * ey - (o.y0() - s.y0()) * ex) / den;
		double v = ((o.x0() - s.x0()) * dy - (o.y0() - s.y0()) * dx) / den;
		if (u * ls > -Tolerance.CURVE && (u - 1) * ls < Tolerance.CURVE && v * lo > -Tolerance.CURVE && (v - 1) * lo < Tolerance.CURVE) {
			cuts.get(s.curve()).add(s.at(u));
			cuts.get(o.curve()).add(o.at(v));
		}
	}

	/** Cuts every chord where the end point of another curve lies within {@code tol} of it. */
	private static void ends(List<Chord> chords, List<double[]> xy, double tol, List<List<Double>> cuts) {
		double[] minX = new double[chords.size()];
		for (int i = 0; i < minX.length; i++) {
			minX[i] = chords.get(i).minX();
		}
		double longest = 0;
		for (Chord c : chords) {
			longest = Math.max(longest, c.maxX() - c.minX());
		}
		for (int c = 0; c < xy.size(); c++) {
			double[] p = xy.get(c);
			for (int at : new int[] { 0, p.length - 2 }) {
				double x = p[at];
				double y = p[at + 1];
				int from = lowerBound(minX, x - tol - longest);
				for (int i = from; i < minX.length && minX[i] <= x + tol; i++) {
					Chord s = chords.get(i);
					if (s.curve() != c && s.maxX() >= x - tol) {
						double u = s.foot(x, y);
						double[] q = { s.x0() + u * (s.x1() - s.x0()), s.y0() + u * (s.y1() - s.y0()) };
						if (Math.hypot(q[0] - x, q[1] - y) <= tol) {
							cuts.get(s.curve()).add(s.at(u));
						}
					}
				}
			}
		}
	}

	private static int lowerBound(double[] sorted, double v) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] < v) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** Adds to {@code out} the parameters on {@code s} of the ends of a collinear {@code o} that lie on {@code s}. */
	private static void overlap(Chord s, Chord o, List<Double> out) {
		double dx = s.x1() - s.x0();
		double dy = s.y1() - s.y0();
		double l2 = dx * dx + dy * dy;
		for (double[] p : new double[][] { { o.x0(), o.y0() }, { o.x1(), o.y1() } }) {
			double u = ((p[0] - s.x0()) * dx + (p[1] - s.y0()) * dy) / l2;
			if (u > -Tolerance.PARAMETER && u < 1 + Tolerance.PARAMETER) {
				out.add(s.at(u));
			}
		}
	}
}
