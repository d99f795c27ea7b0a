// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.web.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;

/**
 * A stock recognised in a union of boxes (a block or an L, T or U profile) or a cylinder along z (round
 * stock) and the rigid motion (a proper rotation by quarter turns
 * and a shift) from the recipe's coordinates to PartForge's, where a stock's profile lies in xy
 * from the origin and is extruded along +z.
 *
 * @param stock the stock (millimetres)
 * @param axis  for each PartForge axis, the recipe axis it comes from
 * @param sign  for each PartForge axis, +1 or -1
 * @param zero  for each PartForge axis, the recipe coordinate that becomes 0
 */
public record Placement(Stock stock, int[] axis, int[] sign, double[] zero) {

	/** Sizes closer than this are equal (millimetres). */
	static final double EPS = 1e-6;

	/** An axis-aligned box: min and max corners. */
	record Box(String id, Vec3 min, Vec3 max) {
		double lo(int i) {
			return min.get(i);
		}

		double hi(int i) {
			return max.get(i);
		}
	}

	/** @return the PartForge point of a recipe point */
	Vec3 map(Vec3 p) {
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			c[i] = sign[i] * (p.get(axis[i]) - zero[i]);
		}
		return new Vec3(c[0], c[1], c[2]);
	}

	/** @return the PartForge axis a recipe axis becomes */
	int axisOf(int recipeAxis) {
		for (int i = 0; i < 3; i++) {
			if (axis[i] == recipeAxis) {
				return i;
			}
		}
		throw new IllegalArgumentException("axis " + recipeAxis);
	}

	/**
	 * @param boxes the boxes of a union
	 * @param why   receives the reason when the union is not a stock
	 * @return the placement, or null
	 */
	static Placement of(List<Box> boxes, List<String> why) {
		Box all = bounds(boxes);
		if (boxes.size() == 1 || boxes.stream().anyMatch(b -> same(b, all))) {
			return block(all);
		}
		if (boxes.size() == 2) {
			Placement l = ell(boxes.get(0), boxes.get(1), all);
			if (l != null) {
				return l;
			}
		}
		Placement t = profile(boxes, all);
		if (t != null) {
			return t;
		}
		List<String> ids = new ArrayList<>();
		boxes.forEach(b -> ids.add("'" + b.id() + "'"));
		why.add("the union of " + boxes.size() + " boxes " + String.join(", ", ids)
				+ " is not a box or an extruded L, T or U profile (all boxes must share their extent along one axis)");
		return null;
	}

	/** Tries the T and U profiles in every proper quarter-turn orientation; null when the union is neither. */
	private static Placement profile(List<Box> boxes, Box all) {
		for (int e = 0; e < 3; e++) {
			final int ee = e;
			if (!boxes.stream().allMatch(b -> spans(b, all, ee))) {
				continue;
			}
			for (int swap = 0; swap < 2; swap++) {
				int p = e == 0 ? 1 : 0;
				int q = e == 2 ? 1 : 2;
				if (swap == 1) {
					int x = p;
					p = q;
					q = x;
				}
				for (int cp : new int[] { 1, -1 }) {
					for (int cq : new int[] { 1, -1 }) {
						Placement found = profile(boxes, all, p, q, e, cp, cq);
						if (found != null) {
							return found;
						}
					}
				}
			}
		}
		return null;
	}

	private static Placement profile(List<Box> boxes, Box all, int p, int q, int e, int cp, int cq) {
		double w = all.hi(p) - all.lo(p);
		double l = all.hi(q) - all.lo(q);
		List<double[]> rects = new ArrayList<>();
		List<Double> xs = new ArrayList<>();
		List<Double> ys = new ArrayList<>();
		for (Box b : boxes) {
			double x0 = cp > 0 ? b.lo(p) - all.lo(p) : all.hi(p) - b.hi(p);
			double y0 = cq > 0 ? b.lo(q) - all.lo(q) : all.hi(q) - b.hi(q);
			double[] r = { x0, y0, x0 + b.hi(p) - b.lo(p), y0 + b.hi(q) - b.lo(q) };
			rects.add(r);
			xs.add(r[0]);
			xs.add(r[2]);
			ys.add(r[1]);
			ys.add(r[3]);
		}
		for (StockKind kind : new StockKind[] { StockKind.T, StockKind.U }) {
			for (double x : xs) {
				for (double y : ys) {
					double a = kind == StockKind.T ? w - 2 * x : x;
					double b = kind == StockKind.T ? l - y : y;
					if (a <= EPS || b <= EPS || b >= l - EPS || (kind == StockKind.T ? a >= w - EPS : 2 * a >= w - EPS)) {
						continue;
					}
					if (sameRegion(rects, parts(kind, w, l, a, b))) {
						int parity = (p < q ? 1 : -1) * (e == 1 ? -1 : 1);
						int se = parity * cp * cq;
						Stock s = new Stock(kind, w, l, all.hi(e) - all.lo(e), a, b, CornerTreatment.NONE, 0);
						return new Placement(s, new int[] { p, q, e }, new int[] { cp, cq, se },
								new double[] { cp > 0 ? all.lo(p) : all.hi(p), cq > 0 ? all.lo(q) : all.hi(q), se > 0 ? all.lo(e) : all.hi(e) });
					}
				}
			}
		}
		return null;
	}

	/** @return the profile of a T (a = stem width, b = flange thickness at the top) or U as rectangles */
	private static List<double[]> parts(StockKind kind, double w, double l, double a, double b) {
		if (kind == StockKind.T) {
			return List.of(new double[] { 0, l - b, w, l }, new double[] { (w - a) / 2, 0, (w + a) / 2, l - b });
		}
		return List.of(new double[] { 0, 0, w, b }, new double[] { 0, 0, a, l }, new double[] { w - a, 0, w, l });
	}

	/** @return whether two unions of rectangles cover the same region, compared cell by cell of their common grid */
	private static boolean sameRegion(List<double[]> r1, List<double[]> r2) {
		List<Double> xs = new ArrayList<>();
		List<Double> ys = new ArrayList<>();
		for (List<double[]> rs : List.of(r1, r2)) {
			for (double[] r : rs) {
				xs.add(r[0]);
				xs.add(r[2]);
				ys.add(r[1]);
				ys.add(r[3]);
			}
		}
		xs.sort(null);
		ys.sort(null);
		for (int i = 1; i < xs.size(); i++) {
			if (xs.get(i) - xs.get(i - 1) <= EPS) {
				continue;
			}
			double x = (xs.get(i) + xs.get(i - 1)) / 2;
			for (int j = 1; j < ys.size(); j++) {
				if (ys.get(j) - ys.get(j - 1) <= EPS) {
					continue;
				}
				double y = (ys.get(j) + ys.get(j - 1)) / 2;
				if (inside(r1, x, y) != inside(r2, x, y)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean inside(List<double[]> rs, double x, double y) {
		return rs.stream().anyMatch(r -> r[0] < x && x < r[2] && r[1] < y && y < r[3]);
	}

	/**
	 * @param center the cylinder's centre (recipe coordinates)
	 * @param radius its radius
	 * @param height its length along z
	 * @return round stock of the cylinder
	 */
	static Placement round(Vec3 center, double radius, double height) {
		return new Placement(new Stock(StockKind.ROUND, 2 * radius, 2 * radius, height, 0, 0, CornerTreatment.NONE, 0), new int[] { 0, 1, 2 },
				new int[] { 1, 1, 1 }, new double[] { center.x() - radius, center.y() - radius, center.z() - height / 2 });
	}

	private static Placement block(Box b) {
		Vec3 s = b.max().minus(b.min());
		return new Placement(new Stock(StockKind.BLOCK, s.x(), s.y(), s.z(), 0, 0, CornerTreatment.NONE, 0), new int[] { 0, 1, 2 },
				new int[] { 1, 1, 1 }, new double[] { b.lo(0), b.lo(1), b.lo(2) });
	}

	private static Placement ell(Box a, Box b, Box all) {
		for (int e = 0; e < 3; e++) {
			if (!eq(a.lo(e), b.lo(e)) || !eq(a.hi(e), b.hi(e))) {
				continue;
			}
			int p = e == 0 ? 1 : 0;
			int q = e == 2 ? 1 : 2;
			for (Box[] legs : new Box[][] { { a, b }, { b, a } }) {
				Box lp = legs[0];
				Box lq = legs[1];
				if (!spans(lp, all, p)) {
					continue;
				}
				int cq = 0;
				if (eq(lp.lo(q), all.lo(q)) && eq(lq.hi(q), all.hi(q)) && lq.lo(q) <= lp.hi(q) + EPS) {
					cq = 1;
				} else if (eq(lp.hi(q), all.hi(q)) && eq(lq.lo(q), all.lo(q)) && lq.hi(q) >= lp.lo(q) - EPS) {
					cq = -1;
				}
				int cp = eq(lq.lo(p), all.lo(p)) ? 1 : eq(lq.hi(p), all.hi(p)) ? -1 : 0;
				if (cq == 0 || cp == 0) {
					continue;
				}
				if (spans(lq, all, p)) {
					return block(all);
				}
				int parity = (p < q ? 1 : -1) * (e == 1 ? -1 : 1);
				int se = parity * cp * cq;
				double w = all.hi(p) - all.lo(p);
				double l = all.hi(q) - all.lo(q);
				double h = all.hi(e) - all.lo(e);
				Stock s = new Stock(StockKind.L, w, l, h, lp.hi(q) - lp.lo(q), lq.hi(p) - lq.lo(p), CornerTreatment.NONE, 0);
				return new Placement(s, new int[] { p, q, e }, new int[] { cp, cq, se },
						new double[] { cp > 0 ? all.lo(p) : all.hi(p), cq > 0 ? all.lo(q) : all.hi(q), se > 0 ? all.lo(e) : all.hi(e) });
			}
		}
		return null;
	}

	private static boolean spans(Box b, Box all, int i) {
		return eq(b.lo(i), all.lo(i)) && eq(b.hi(i), all.hi(i));
	}

	private static boolean same(Box b, Box all) {
		for (int i = 0; i < 3; i++) {
			if (!spans(b, all, i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean eq(double x, double y) {
		return Math.abs(x - y) <= EPS;
	}

	private static Box bounds(List<Box> boxes) {
		Vec3 lo = boxes.get(0).min();
		Vec3 hi = boxes.get(0).max();
		for (Box b : boxes) {
			lo = new Vec3(Math.min(lo.x(), b.min().x()), Math.min(lo.y(), b.min().y()), Math.min(lo.z(), b.min().z()));
			hi = new Vec3(Math.max(hi.x(), b.max().x()), Math.max(hi.y(), b.max().y()), Math.max(hi.z(), b.max().z()));
		}
		return new Box("union", lo, hi);
	}
}
