// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.Boss;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Countersink;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Slot;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;
import dev.partforge.recipes.internal.FeatureShapes;
import dev.partforge.recipes.internal.StockShape;

/**
 * Decides the views and states every recipe parameter once (GEOMETRY.md "Dimensions come from the
 * recipe"): the stock profile in the top view (its true shape), the stock height in the front view,
 * each feature's position from the datum edges of its host face (u = 0, v = 0 of the face frame) and
 * its sizes in the view that looks straight at the host face, depths and hole details in callouts
 * (so nothing is dimensioned to a hidden line), pattern steps and pitch circles, boss heights in the
 * front view. Centre marks on every round feature and pattern centre, axes in the views across them.
 */
final class Annotator {
	private final Recipe r;
	private final Recipe mm;
	private final StockShape shape;
	private final boolean inch;
	private final Map<ViewKind, double[]> boxes = new EnumMap<>(ViewKind.class);
	private final Set<ViewKind> views = new LinkedHashSet<>();
	private final List<Req> reqs = new ArrayList<>();
	private final List<Vec3[]> axes = new ArrayList<>();

	Annotator(Recipe recipe, Projection projection) {
		this.r = recipe;
		this.mm = recipe.inMillimetres();
		this.shape = new StockShape(mm.stock());
		this.inch = recipe.units() == Units.INCH;
		double zMax = mm.stock().height();
		for (Feature f : mm.features()) {
			if (f instanceof Boss b) {
				zMax = Math.max(zMax, mm.stock().height() + b.height());
			}
		}
		for (ViewKind v : ViewKind.values()) {
			double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			for (int i = 0; i < 8; i++) {
				Vec3 p = new Vec3((i & 1) * mm.stock().width(), ((i >> 1) & 1) * mm.stock().length(), ((i >> 2) & 1) * zMax);
				double[] q = p2(v, p);
				box[0] = Math.min(box[0], q[0]);
				box[1] = Math.min(box[1], q[1]);
				box[2] = Math.max(box[2], q[0]);
				box[3] = Math.max(box[3], q[1]);
			}
			boxes.put(v, box);
		}
		views.add(ViewKind.FRONT);
		views.add(ViewKind.TOP);
		views.add(projection == Projection.FIRST_ANGLE ? ViewKind.LEFT : ViewKind.RIGHT);
		stock();
		for (int i = 0; i < mm.features().size(); i++) {
			feature(i, r.features().get(i), mm.features().get(i));
		}
		for (Vec3[] ax : axes) {
			Vec3 dir = ax[1].minus(ax[0]).normalized();
			for (ViewKind v : views) {
				if (Math.abs(dir.dot(v.forward())) < 0.5) {
					reqs.add(new Req.Axis(v, p2(v, ax[0]), p2(v, ax[1])));
				}
			}
		}
	}

	/** @return the views to draw */
	Set<ViewKind> views() {
		return views;
	}

	/** @return the requests */
	List<Req> reqs() {
		return reqs;
	}

	/** @return the part's box in a view {minR, minU, maxR, maxU} (model millimetres) */
	double[] box(ViewKind v) {
		return boxes.get(v).clone();
	}

	static double[] p2(ViewKind v, Vec3 p) {
		return new double[] { p.dot(v.right()), p.dot(v.up()) };
	}

	private String n(double v) {
		return TextMetrics.number(v, inch);
	}

	private void stock() {
		Stock s = mm.stock();
		Stock o = r.stock();
		double w = s.width();
		double l = s.length();
		double h = s.height();
		linear(ViewKind.FRONT, new Vec3(0, 0, 0), new Vec3(0, 0, h), false, "stock.height", o.height(), Map.of());
		if (s.kind() == StockKind.ROUND) {
			double[] c = { w / 2, w / 2 };
			reqs.add(new Req.Leader(ViewKind.TOP, DimensionKind.DIAMETER, c, w / 2, polar(c, w / 2, 90), List.of("\u00D8" + n(o.width())),
					"stock.width", o.width(), Map.of()));
			reqs.add(new Req.Cross(ViewKind.TOP, c, w / 2));
			axes.add(new Vec3[] { new Vec3(w / 2, w / 2, 0), new Vec3(w / 2, w / 2, h) });
			return;
		}
		linear(ViewKind.TOP, new Vec3(0, 0, h), new Vec3(w, 0, h), true, "stock.width", o.width(), Map.of());
		linear(ViewKind.TOP, new Vec3(0, 0, h), new Vec3(0, l, h), false, "stock.length", o.length(), Map.of());
		double a = s.a();
		double b = s.b();
		switch (s.kind()) {
		case L -> {
			linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, a, h), false, "stock.a", o.a(), Map.of());
			linear(ViewKind.TOP, new Vec3(0, l, h), new Vec3(b, l, h), true, "stock.b", o.b(), Map.of());
		}
		case T -> {
			double x0 = (w - a) / 2;
			linear(ViewKind.TOP, new Vec3(x0, 0, h), new Vec3(x0 + a, 0, h), true, "stock.a", o.a(), Map.of());
			linear(ViewKind.TOP, new Vec3(w, l - b, h), new Vec3(w, l, h), false, "stock.b", o.b(), Map.of());
		}
		case U -> {
			linear(ViewKind.TOP, new Vec3(0, l, h), new Vec3(a, l, h), true, "stock.a", o.a(), Map.of());
			linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, b, h), false, "stock.b", o.b(), Map.of());
		}
		case STEPPED -> {
			linear(ViewKind.TOP, new Vec3(w - a, 2 * b, h), new Vec3(w, b, h), true, "stock.a", o.a(), Map.of());
			linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, b, h), false, "stock.b", o.b(), Map.of());
		}
		default -> {
			// a block has no profile parameters
		}
		}
		corner(o);
	}

	private void corner(Stock o) {
		if (o.corner() == CornerTreatment.NONE) {
			return;
		}
		double[][] pts = shape.polygon();
		int best = -1;
		int count = 0;
		for (int i = 0; i < pts.length; i++) {
			if (shape.treatment(i) > 0) {
				count++;
				if (best < 0 || pts[i][0] + pts[i][1] > pts[best][0] + pts[best][1]) {
					best = i;
				}
			}
		}
		if (best < 0) {
			return;
		}
		double c = mm.stock().cornerSize();
		double[] p = pts[best];
		double[] e1 = unit(pts[(best + pts.length - 1) % pts.length], p);
		double[] e2 = unit(pts[(best + 1) % pts.length], p);
		String prefix = count > 1 ? count + "\u00D7 " : "";
		if (o.corner() == CornerTreatment.FILLET) {
			double[] ctr = { p[0] + c * (e1[0] + e2[0]), p[1] + c * (e1[1] + e2[1]) };
			double k = -c / Math.sqrt(2);
			double[] anchor = { ctr[0] + k * (e1[0] + e2[0]), ctr[1] + k * (e1[1] + e2[1]) };
			reqs.add(new Req.Leader(ViewKind.TOP, DimensionKind.RADIUS, ctr, c, anchor, List.of(prefix + "R" + n(o.cornerSize())),
					"stock.cornerSize", o.cornerSize(), Map.of()));
		} else {
			double[] mid = { p[0] + c / 2 * (e1[0] + e2[0]), p[1] + c / 2 * (e1[1] + e2[1]) };
			reqs.add(new Req.Leader(ViewKind.TOP, DimensionKind.CALLOUT, mid, 0, mid,
					List.of(prefix + n(o.cornerSize()) + " \u00D7 45\u00B0"), "stock.cornerSize", o.cornerSize(), Map.of()));
		}
	}

	private static double[] unit(double[] to, double[] from) {
		double dx = to[0] - from[0];
		double dy = to[1] - from[1];
		double l = Math.hypot(dx, dy);
		return new double[] { dx / l, dy / l };
	}

	private static double[] polar(double[] c, double r, double deg) {
		double a = Math.toRadians(deg);
		return new double[] { c[0] + r * Math.cos(a), c[1] + r * Math.sin(a) };
	}

	/** A linear dimension between two model points, in the lane on the side nearer to them. */
	private void linear(ViewKind v, Vec3 a3, Vec3 b3, boolean horizontal, String param, double value, Map<String, Double> extras) {
		linear(v, a3, b3, horizontal, param, value, n(value), extras);
	}

	private void linear(ViewKind v, Vec3 a3, Vec3 b3, boolean horizontal, String param, double value, String text,
			Map<String, Double> extras) {
		double[] a = p2(v, a3);
		double[] b = p2(v, b3);
		double[] box = boxes.get(v);
		Req.Side side;
		if (horizontal) {
			side = (a[1] + b[1]) / 2 > (box[1] + box[3]) / 2 + 1e-9 ? Req.Side.TOP : Req.Side.BOTTOM;
		} else {
			side = (a[0] + b[0]) / 2 > (box[0] + box[2]) / 2 + 1e-9 ? Req.Side.RIGHT : Req.Side.LEFT;
		}
		reqs.add(new Req.Linear(v, side, a, b, param, value, text, extras));
	}

	private void feature(int i, Feature fo, Feature f) {
		String id = "F" + i;
		Frame fr = shape.frame(f.face());
		ViewKind fv = ViewKind.facing(fr.zAxis());
		views.add(fv);
		double t = shape.throughThickness(f.face());
		double[] wr = FeatureShapes.wRange(f, t);
		double[] half = FeatureShapes.halfSize(f);
		List<double[]> inst = f.pattern().instances(f.u(), f.v());
		int count = inst.size();
		String prefix = count > 1 ? count + "\u00D7 " : "";
		Map<String, Double> countExtra = count > 1 ? Map.of(id + ".pattern.count", (double) count) : Map.of();
		for (double[] uv : inst) {
			centres(fv, fr, f, uv[0], uv[1], half, wr);
		}
		position(id, fv, fr, fo, f);
		switch (f) {
		case Hole h -> holeCallout(id, fv, fr, f, fo, prefix, countExtra);
		case Counterbore h -> holeCallout(id, fv, fr, f, fo, prefix, countExtra);
		case Countersink h -> holeCallout(id, fv, fr, f, fo, prefix, countExtra);
		case Boss b -> {
			Boss bo = (Boss) fo;
			double[] c = p2(fv, fr.point(b.u(), b.v(), 0));
			reqs.add(new Req.Leader(fv, DimensionKind.DIAMETER, c, half[0], polar(c, half[0], 90),
					List.of(prefix + "\u00D8" + n(bo.diameter())), id + ".diameter", bo.diameter(), countExtra));
			linear(ViewKind.FRONT, fr.point(b.u() - half[0], b.v(), 0), fr.point(b.u() - half[0], b.v(), b.height()), false, id + ".height",
					bo.height(), Map.of());
		}
		case Pocket p -> {
			Pocket po = (Pocket) fo;
			sizes(id, fv, fr, p.u(), p.v(), half, po.length(), po.width());
			double cr = p.cornerRadius();
			double[] ctr = p2(fv, fr.point(p.u() + half[0] - cr, p.v() + half[1] - cr, 0));
			List<String> lines = new ArrayList<>();
			if (cr > 0) {
				lines.add(prefix + "R" + n(po.cornerRadius()));
			}
			lines.add((cr > 0 ? "" : prefix) + "DEPTH " + n(po.depth()));
			Map<String, Double> ex = new java.util.HashMap<>(countExtra);
			ex.put(id + ".depth", po.depth());
			reqs.add(new Req.Leader(fv, cr > 0 ? DimensionKind.RADIUS : DimensionKind.CALLOUT, ctr, cr, polar(ctr, cr, 90), lines,
					cr > 0 ? id + ".cornerRadius" : id + ".depth", cr > 0 ? po.cornerRadius() : po.depth(), ex));
		}
		case Slot s -> {
			Slot so = (Slot) fo;
			sizes(id, fv, fr, s.u(), s.v(), half, so.length(), so.width());
			double[] ctr = p2(fv, fr.point(s.u() + half[0] - half[1], s.v(), 0));
			reqs.add(new Req.Leader(fv, DimensionKind.CALLOUT, ctr, half[1], polar(ctr, half[1], 90), List.of(prefix + "DEPTH " + n(so.depth())),
					id + ".depth", so.depth(), countExtra));
		}
		}
		pattern(id, fv, fr, fo, f);
	}

	private void centres(ViewKind fv, Frame fr, Feature f, double u, double v, double[] half, double[] wr) {
		double[] c = p2(fv, fr.point(u, v, 0));
		if (FeatureShapes.round(f)) {
			reqs.add(new Req.Cross(fv, c, half[0]));
			axes.add(new Vec3[] { fr.point(u, v, wr[0]), fr.point(u, v, wr[1]) });
		} else if (f instanceof Slot) {
			double e = half[0] - half[1];
			reqs.add(new Req.Axis(fv, p2(fv, fr.point(u - half[0], v, 0)), p2(fv, fr.point(u + half[0], v, 0))));
			for (double s : new double[] { -e, e }) {
				reqs.add(new Req.Axis(fv, p2(fv, fr.point(u + s, v - half[1], 0)), p2(fv, fr.point(u + s, v + half[1], 0))));
			}
		} else {
			reqs.add(new Req.Axis(fv, p2(fv, fr.point(u - half[0], v, 0)), p2(fv, fr.point(u + half[0], v, 0))));
			reqs.add(new Req.Axis(fv, p2(fv, fr.point(u, v - half[1], 0)), p2(fv, fr.point(u, v + half[1], 0))));
		}
	}

	private void position(String id, ViewKind fv, Frame fr, Feature fo, Feature f) {
		double u = f.u();
		double v = f.v();
		String pu = id + ".u";
		String pv = id + ".v";
		double vu = fo.u();
		double vv = fo.v();
		if (f.pattern() instanceof Pattern.Circular c) {
			Pattern.Circular co = (Pattern.Circular) fo.pattern();
			u = c.cu();
			v = c.cv();
			pu = id + ".pattern.cu";
			pv = id + ".pattern.cv";
			vu = co.cu();
			vv = co.cv();
		}
		Vec3 du = fr.point(0, 0, 0);
		Vec3 dv = du;
		if (mm.stock().kind() == StockKind.ROUND) {
			// round stock: the datums are the tangents to the outline at u = 0 and v = 0
			double rr = mm.stock().width() / 2;
			du = fr.point(0, rr, 0);
			dv = fr.point(rr, 0, 0);
		}
		linear(fv, du, fr.point(u, v, 0), true, pu, vu, Map.of());
		linear(fv, dv, fr.point(u, v, 0), false, pv, vv, Map.of());
	}

	private void sizes(String id, ViewKind fv, Frame fr, double u, double v, double[] half, double length, double width) {
		double[] box = boxes.get(fv);
		double[] c = p2(fv, fr.point(u, v, 0));
		double sv = c[1] > (box[1] + box[3]) / 2 ? half[1] : -half[1];
		double su = c[0] > (box[0] + box[2]) / 2 ? half[0] : -half[0];
		linear(fv, fr.point(u - half[0], v + sv, 0), fr.point(u + half[0], v + sv, 0), true, id + ".length", length, Map.of());
		linear(fv, fr.point(u + su, v - half[1], 0), fr.point(u + su, v + half[1], 0), false, id + ".width", width, Map.of());
	}

	private void holeCallout(String id, ViewKind fv, Frame fr, Feature f, Feature fo, String prefix, Map<String, Double> countExtra) {
		Map<String, Double> ex = new java.util.HashMap<>(countExtra);
		List<String> lines = new ArrayList<>();
		double dia;
		switch (fo) {
		case Hole h -> {
			dia = h.diameter();
			lines.add(prefix + "\u00D8" + n(dia) + depth(id, h.through(), h.depth(), ex));
		}
		case Counterbore h -> {
			dia = h.diameter();
			lines.add(prefix + "\u00D8" + n(dia) + depth(id, h.through(), h.depth(), ex));
			lines.add("CBORE \u00D8" + n(h.cbDiameter()) + " DEPTH " + n(h.cbDepth()));
			ex.put(id + ".cbDiameter", h.cbDiameter());
			ex.put(id + ".cbDepth", h.cbDepth());
		}
		case Countersink h -> {
			dia = h.diameter();
			lines.add(prefix + "\u00D8" + n(dia) + depth(id, h.through(), h.depth(), ex));
			lines.add("CSK \u00D8" + n(h.csDiameter()) + " \u00D7 90\u00B0");
			ex.put(id + ".csDiameter", h.csDiameter());
		}
		default -> throw new IllegalArgumentException("not a hole: " + fo.kind());
		}
		double[] c = p2(fv, fr.point(f.u(), f.v(), 0));
		double hole = dia * r.units().millimetres() / 2;
		reqs.add(new Req.Leader(fv, DimensionKind.CALLOUT, c, hole, polar(c, hole, 90), lines, id + ".diameter", dia, ex));
	}

	private String depth(String id, boolean through, double depth, Map<String, Double> ex) {
		if (through) {
			return " THRU";
		}
		ex.put(id + ".depth", depth);
		return " DEPTH " + n(depth);
	}

	private void pattern(String id, ViewKind fv, Frame fr, Feature fo, Feature f) {
		switch (f.pattern()) {
		case Pattern.Linear l -> {
			Pattern.Linear lo = (Pattern.Linear) fo.pattern();
			boolean alongU = Math.abs(l.du()) > Math.abs(l.dv());
			double step = alongU ? lo.du() : lo.dv();
			String text = l.count() > 2 ? (l.count() - 1) + "\u00D7 " + n(Math.abs(step)) + " (=" + n(Math.abs(step) * (l.count() - 1)) + ")"
					: n(Math.abs(step));
			linear(fv, fr.point(f.u(), f.v(), 0), fr.point(f.u() + l.du(), f.v() + l.dv(), 0), alongU, id + ".pattern.step", Math.abs(step),
					text, Map.of(id + ".pattern.count", (double) l.count()));
		}
		case Pattern.Circular c -> {
			Pattern.Circular co = (Pattern.Circular) fo.pattern();
			double rad = Math.hypot(f.u() - c.cu(), f.v() - c.cv());
			double radO = Math.hypot(fo.u() - co.cu(), fo.v() - co.cv());
			double[] ctr = p2(fv, fr.point(c.cu(), c.cv(), 0));
			reqs.add(new Req.PitchCircle(fv, ctr, rad));
			reqs.add(new Req.Cross(fv, ctr, 0));
			reqs.add(new Req.Leader(fv, DimensionKind.DIAMETER, ctr, rad, polar(ctr, rad, 180.0 / c.count()),
					List.of("\u00D8" + n(2 * radO) + " EQS"), id + ".pattern.pcd", 2 * radO, Map.of(id + ".pattern.count", (double) c.count())));
		}
		case Pattern.None x -> {
			// a single instance has nothing more to state
		}
		}
	}
}
