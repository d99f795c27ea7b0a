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
 * A stock recognised in a union of boxes and the rigid motion (a proper rotation by quarter turns
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
			why.add("the union of boxes '" + boxes.get(0).id() + "' and '" + boxes.get(1).id()
					+ "' is not a box or an extruded L profile (the two L legs must share their length along one axis and a corner)");
			return null;
		}
		List<String> ids = new ArrayList<>();
		boxes.forEach(b -> ids.add("'" + b.id() + "'"));
		why.add("the union of " + boxes.size() + " boxes " + String.join(", ", ids)
				+ " is not mapped (PartForge imports one box or an L profile of two boxes)");
		return null;
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
