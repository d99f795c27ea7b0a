// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Entity.Align;
import dev.partforge.drawing.Layer;
import dev.partforge.recipes.Units;

/**
 * Draws centre lines and dimensions of one placed view (ISO 129-1): extension lines from the
 * defining points to 2 mm past the dimension line, filled arrowheads 3 mm long, text (3.5 mm, {@link Lettering}) above the
 * line (vertical dimensions read from the right), text and arrows outside when they do not fit;
 * leaders from an arrow on the curve to a shoulder at the stacked callout text. Centre lines reach
 * 3 mm past the outline, less what makes them end in a long dash ({@link CentreLines}).
 */
final class Annotations {
	private static final double OVERHANG = 3;
	private static final double EXT = 2;
	private static final Layer D = Layer.DIMENSIONS;

	private final ViewLayout l;
	private final double ox;
	private final double oy;
	private final double unit;

	Annotations(ViewLayout l, double[] origin, Units units) {
		this.l = l;
		this.ox = origin[0];
		this.oy = origin[1];
		this.unit = units.millimetres();
	}

	private double[] s(Point2 p) {
		return new double[] { ox + l.x(p.x()), oy + l.y(p.y()) };
	}

	/**
	 * @param reqs the requests (those of this view are drawn)
	 * @param cut  the section's outline on the sheet when this view shows a section, else empty: centre lines stay off
	 *             the cut faces
	 * @param out  receives the centre lines
	 */
	void centres(List<Req> reqs, List<Curve2> cut, List<Entity> out) {
		for (Req q : reqs) {
			if (q.view() != l.kind) {
				continue;
			}
			switch (q) {
			case Req.Cross c -> {
				double[] p = s(c.centre());
				double r = c.radius() * l.k + OVERHANG;
				CentreLines.outside(p[0] - r, p[1], p[0] + r, p[1], cut, out);
				CentreLines.outside(p[0], p[1] - r, p[0], p[1] + r, cut, out);
			}
			case Req.Axis a -> {
				double[] p = s(a.a());
				double[] e = s(a.b());
				double len = Math.hypot(e[0] - p[0], e[1] - p[1]);
				double dx = (e[0] - p[0]) / len * OVERHANG;
				double dy = (e[1] - p[1]) / len * OVERHANG;
				CentreLines.outside(p[0] - dx, p[1] - dy, e[0] + dx, e[1] + dy, cut, out);
			}
			case Req.PitchCircle pc -> {
				double[] p = s(pc.centre());
				CentreLines.circle(p[0], p[1], pc.radius() * l.k, cut, out);
			}
			default -> {
				// dimensions are drawn by dimensions()
			}
			}
		}
	}

	void dimensions(List<Entity> out) {
		l.lanes.forEach((side, placed) -> {
			for (Lanes.Placed p : placed) {
				out.add(linear(side, p));
			}
		});
		for (ViewLayout.Callout c : l.callouts) {
			out.add(leader(c));
		}
	}

	private Entity.Dimension linear(Req.Side side, Lanes.Placed p) {
		Req.Linear q = p.req();
		double[] a = s(q.a());
		double[] b = s(q.b());
		List<Entity> g = new ArrayList<>();
		double lane = l.shift(side) + l.lettering.lane(p.lane());
		double[] line;
		if (q.horizontal()) {
			double y = side == Req.Side.BOTTOM ? oy - lane : oy + l.h + lane;
			double sgn = side == Req.Side.BOTTOM ? -1 : 1;
			g.add(new Entity.Line(D, a[0], a[1], a[0], y + sgn * EXT));
			g.add(new Entity.Line(D, b[0], b[1], b[0], y + sgn * EXT));
			double x0 = Math.min(a[0], b[0]);
			double x1 = Math.max(a[0], b[0]);
			lineWithArrows(g, x0, y, x1, y, p.inside());
			double tx = ox + anchorOf(p);
			g.add(new Entity.Text(D, tx, y + 1, l.lettering.text(), 0, align(p), q.text()));
			line = new double[] { (x0 + x1) / 2, y };
		} else {
			double x = side == Req.Side.LEFT ? ox - lane : ox + l.w + lane;
			double sgn = side == Req.Side.LEFT ? -1 : 1;
			g.add(new Entity.Line(D, a[0], a[1], x + sgn * EXT, a[1]));
			g.add(new Entity.Line(D, b[0], b[1], x + sgn * EXT, b[1]));
			double y0 = Math.min(a[1], b[1]);
			double y1 = Math.max(a[1], b[1]);
			lineWithArrows(g, x, y0, x, y1, p.inside());
			double ty = oy + anchorOf(p);
			g.add(new Entity.Text(D, x - 1, ty, l.lettering.text(), 90, align(p), q.text()));
			line = new double[] { x, (y0 + y1) / 2 };
		}
		return new Entity.Dimension(DimensionKind.LINEAR, q.param().id(), q.value(), q.text(), a, b, line, q.horizontal() ? 0 : 90,
				ParamKey.ids(q.extras()),
				g);
	}

	/** @return where the text is anchored along the measuring axis (local): its middle, end or start by {@link #align} */
	private double anchorOf(Lanes.Placed p) {
		double[] span = p.textSpan(l.lettering);
		return p.inside() ? (span[0] + span[1]) / 2 : p.textLow() ? span[1] : span[0];
	}

	/** @return centred between the arrows, else ending or starting past the end the text stands at */
	private static Align align(Lanes.Placed p) {
		return p.inside() ? Align.CENTER : p.textLow() ? Align.RIGHT : Align.LEFT;
	}

	private static void lineWithArrows(List<Entity> g, double x0, double y0, double x1, double y1, boolean inside) {
		double len = Math.hypot(x1 - x0, y1 - y0);
		double ux = (x1 - x0) / len;
		double uy = (y1 - y0) / len;
		if (inside) {
			g.add(new Entity.Line(D, x0, y0, x1, y1));
			g.add(arrow(x0, y0, -ux, -uy));
			g.add(arrow(x1, y1, ux, uy));
		} else {
			double e = Lanes.ARROW + 2;
			g.add(new Entity.Line(D, x0 - ux * e, y0 - uy * e, x1 + ux * e, y1 + uy * e));
			g.add(arrow(x0, y0, ux, uy));
			g.add(arrow(x1, y1, -ux, -uy));
		}
	}

	/** An arrowhead with its tip at (x, y) pointing along (ux, uy). */
	static Entity.Polygon arrow(double x, double y, double ux, double uy) {
		double bx = x - ux * Lanes.ARROW;
		double by = y - uy * Lanes.ARROW;
		double hw = Lanes.ARROW * Math.tan(Math.toRadians(10));
		return new Entity.Polygon(D, new double[] { x, y, bx - uy * hw, by + ux * hw, bx + uy * hw, by - ux * hw });
	}

	private Entity.Dimension leader(ViewLayout.Callout c) {
		Req.Leader q = c.req();
		double[] tip = { ox + c.anchor()[0], oy + c.anchor()[1] };
		int n = q.lines().size();
		double[] knee = l.knee(c);
		double kneeX = ox + knee[0];
		double kneeY = oy + knee[1];
		List<Entity> g = new ArrayList<>();
		double len = Math.hypot(kneeX - tip[0], kneeY - tip[1]);
		g.add(new Entity.Line(D, tip[0], tip[1], kneeX, kneeY));
		g.add(new Entity.Line(D, kneeX, kneeY, ox + c.textX() - 0.5, kneeY));
		if (len > 0) {
			g.add(arrow(tip[0], tip[1], (tip[0] - kneeX) / len, (tip[1] - kneeY) / len));
		}
		for (int i = 0; i < n; i++) {
			g.add(new Entity.Text(D, ox + c.textX(), oy + c.firstY() - i * l.lettering.line(), l.lettering.text(), 0, Align.LEFT, q.lines().get(i)));
		}
		double[] ctr = s(q.centre());
		double dx = tip[0] - ctr[0];
		double dy = tip[1] - ctr[1];
		double[] p2 = q.kind() == DimensionKind.RADIUS ? ctr : new double[] { ctr[0] - dx, ctr[1] - dy };
		return new Entity.Dimension(q.kind(), q.param().id(), q.value(), q.lines().getFirst(), tip, p2, new double[] { kneeX, kneeY }, 0,
				ParamKey.ids(q.extras()), g);
	}

	/** @return the unit factor (millimetres per recipe unit) */
	double unit() {
		return unit;
	}
}
