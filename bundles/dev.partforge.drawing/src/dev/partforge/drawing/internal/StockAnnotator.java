// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.List;
import java.util.Map;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.ViewKind;
import dev.partforge.drawing.internal.ParamKey.Param;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.internal.StockShape;

/**
 * States the stock's parameters (docs/geometry.md "Dimensions come from the recipe"): its height in the front view,
 * its width and length (or diameter), profile parameters and corner treatment in the top view, where the profile
 * shows its true shape.
 */
final class StockAnnotator {
	private final Recipe mm;
	private final Recipe given;
	private final StockShape shape;
	private final Requests out;

	private StockAnnotator(Recipe mm, Recipe given, StockShape shape, Requests out) {
		this.mm = mm;
		this.given = given;
		this.shape = shape;
		this.out = out;
	}

	/**
	 * @param mm    the recipe in millimetres (geometry)
	 * @param given the recipe as given (values and texts)
	 * @param shape the stock's outline
	 * @param out   where the requests go
	 */
	static void annotate(Recipe mm, Recipe given, StockShape shape, Requests out) {
		new StockAnnotator(mm, given, shape, out).stock();
	}

	private void stock() {
		Stock s = mm.stock();
		Stock g = given.stock();
		double w = s.width();
		double l = s.length();
		double h = s.height();
		out.linear(ViewKind.FRONT, new Vec3(0, 0, 0), new Vec3(0, 0, h), false, ParamKey.stock(Param.HEIGHT), g.height());
		if (s.kind() == StockKind.ROUND) {
			Point2 c = new Point2(w / 2, w / 2);
			out.add(new Req.Leader(ViewKind.TOP, DimensionKind.DIAMETER, c, w / 2, c.polar(w / 2, 90),
					List.of(Requests.DIAMETER + out.number(g.width())), ParamKey.stock(Param.WIDTH), g.width(), Map.of(), true));
			out.add(new Req.Cross(ViewKind.TOP, c, w / 2));
			out.axis(new Vec3(w / 2, w / 2, 0), new Vec3(w / 2, w / 2, h));
			return;
		}
		out.linear(ViewKind.TOP, new Vec3(0, 0, h), new Vec3(w, 0, h), true, ParamKey.stock(Param.WIDTH), g.width());
		out.linear(ViewKind.TOP, new Vec3(0, 0, h), new Vec3(0, l, h), false, ParamKey.stock(Param.LENGTH), g.length());
		profile(s, g);
		corner(g);
	}

	/** The profile parameters a and b of shaped stock, in the top view. */
	private void profile(Stock s, Stock g) {
		double w = s.width();
		double l = s.length();
		double h = s.height();
		double a = s.a();
		double b = s.b();
		ParamKey keyA = ParamKey.stock(Param.A);
		ParamKey keyB = ParamKey.stock(Param.B);
		switch (s.kind()) {
		case L -> {
			out.linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, a, h), false, keyA, g.a());
			out.linear(ViewKind.TOP, new Vec3(0, l, h), new Vec3(b, l, h), true, keyB, g.b());
		}
		case T -> {
			double x0 = (w - a) / 2;
			out.linear(ViewKind.TOP, new Vec3(x0, 0, h), new Vec3(x0 + a, 0, h), true, keyA, g.a());
			out.linear(ViewKind.TOP, new Vec3(w, l - b, h), new Vec3(w, l, h), false, keyB, g.b());
		}
		case U -> {
			out.linear(ViewKind.TOP, new Vec3(0, l, h), new Vec3(a, l, h), true, keyA, g.a());
			out.linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, b, h), false, keyB, g.b());
		}
		case STEPPED -> {
			out.linear(ViewKind.TOP, new Vec3(w - a, 2 * b, h), new Vec3(w, b, h), true, keyA, g.a());
			out.linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, b, h), false, keyB, g.b());
		}
		default -> {
			// a block has no profile parameters
		}
		}
	}

	/** The corner treatment, stated once (with a count) at the treated corner furthest up and right. */
	private void corner(Stock g) {
		if (g.corner() == CornerTreatment.NONE) {
			return;
		}
		double[][] outline = shape.polygon();
		int best = -1;
		int count = 0;
		for (int i = 0; i < outline.length; i++) {
			if (shape.treatment(i) > 0) {
				count++;
				if (best < 0 || outline[i][0] + outline[i][1] > outline[best][0] + outline[best][1]) {
					best = i;
				}
			}
		}
		if (best < 0) {
			return;
		}
		double size = mm.stock().cornerSize();
		Point2 p = new Point2(outline[best][0], outline[best][1]);
		Point2 e1 = unit(p, outline[(best + outline.length - 1) % outline.length]);
		Point2 e2 = unit(p, outline[(best + 1) % outline.length]);
		String prefix = Requests.countPrefix(count);
		ParamKey key = ParamKey.stock(Param.CORNER_SIZE);
		if (g.corner() == CornerTreatment.FILLET) {
			Point2 centre = new Point2(p.x() + size * (e1.x() + e2.x()), p.y() + size * (e1.y() + e2.y()));
			double k = -size / Math.sqrt(2);
			Point2 anchor = new Point2(centre.x() + k * (e1.x() + e2.x()), centre.y() + k * (e1.y() + e2.y()));
			out.add(new Req.Leader(ViewKind.TOP, DimensionKind.RADIUS, centre, size, anchor,
					List.of(prefix + "R" + out.number(g.cornerSize())), key, g.cornerSize(), Map.of(), false));
		} else {
			Point2 mid = new Point2(p.x() + size / 2 * (e1.x() + e2.x()), p.y() + size / 2 * (e1.y() + e2.y()));
			out.add(new Req.Leader(ViewKind.TOP, DimensionKind.CALLOUT, mid, 0, mid,
					List.of(prefix + out.number(g.cornerSize()) + " \u00D7 45\u00B0"), key, g.cornerSize(), Map.of(), false));
		}
	}

	/** @return the unit vector from a point towards an outline vertex */
	private static Point2 unit(Point2 from, double[] to) {
		double dx = to[0] - from.x();
		double dy = to[1] - from.y();
		double l = Math.hypot(dx, dy);
		return new Point2(dx / l, dy / l);
	}
}
