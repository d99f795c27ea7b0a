// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.ViewKind;
import dev.partforge.drawing.internal.ParamKey.Param;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.Boss;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Countersink;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Slot;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.internal.FeatureShapes;
import dev.partforge.recipes.internal.StockShape;

/**
 * States each feature's parameters (docs/geometry.md "Dimensions come from the recipe") in the view that looks
 * straight at its host face (a plain through hole in the view of the face it leaves by, where only that one is drawn
 * anyway): its position from the face's datum edges (from the axis on round stock), its sizes,
 * depths and hole details in callouts (a pocket's or slot's length and width too), pattern steps and pitch circles,
 * boss heights in the front view; centre marks and axes of round features. Geometry comes from the recipe in millimetres, values and texts from the recipe as given.
 */
final class FeatureAnnotator {
	private final Recipe mm;
	private final Recipe given;
	private final StockShape shape;
	private final Set<ViewKind> views;
	private final Requests out;

	/** A feature in millimetres and as the recipe gives it (same kind, same pattern kind). */
	private record Sized(Feature mm, Feature given) {
	}

	/** A feature's pattern in millimetres and as the recipe gives it. */
	private record SizedPattern(Pattern mm, Pattern given) {
	}

	private FeatureAnnotator(Recipe mm, Recipe given, StockShape shape, Set<ViewKind> views, Requests out) {
		this.mm = mm;
		this.given = given;
		this.shape = shape;
		this.views = views;
		this.out = out;
	}

	/**
	 * @param mm    the recipe in millimetres (geometry)
	 * @param given the recipe as given (values and texts)
	 * @param shape the stock's outline
	 * @param views the views drawn; the view facing each feature's host face is added
	 * @param out   where the requests go
	 */
	static void annotate(Recipe mm, Recipe given, StockShape shape, Set<ViewKind> views, Requests out) {
		FeatureAnnotator annotator = new FeatureAnnotator(mm, given, shape, views, out);
		for (Feature f : mm.features()) {
			if (annotator.seenThrough(f) == null) {
				views.add(ViewKind.facing(shape.frame(f.face()).zAxis()));
			}
		}
		for (int i = 0; i < mm.features().size(); i++) {
			annotator.feature(i, new Sized(mm.features().get(i), given.features().get(i)));
		}
	}

	/**
	 * A plain through hole shows the same full circle from both ends (ISO 128-30 and ISO 5456-2: no view more than
	 * needed): it is stated in the view facing its host face when that view is drawn anyway, else in the view facing
	 * the face it leaves by, where that view is drawn anyway. Nothing stands over the exit: features keep clear of each
	 * other ({@code RecipeValidator}).
	 *
	 * @return the view facing the face the hole leaves by, or null when the feature is not such a hole
	 */
	private ViewKind seenThrough(Feature f) {
		if (!(f instanceof Hole h) || !h.through() || Double.isNaN(shape.throughThickness(f.face()))) {
			return null;
		}
		return ViewKind.facing(shape.frame(shape.opposite(f.face())).zAxis());
	}

	private void feature(int index, Sized feature) {
		Feature f = feature.mm();
		Frame frame = shape.frame(f.face());
		ViewKind view = ViewKind.facing(frame.zAxis());
		ViewKind exit = seenThrough(f);
		if (exit != null && !views.contains(view) && views.contains(exit)) {
			view = exit;
		}
		views.add(view);
		double[] depthRange = FeatureShapes.wRange(f, shape.throughThickness(f.face()));
		double[] half = FeatureShapes.halfSize(f);
		List<double[]> instances = f.pattern().instances(f.u(), f.v());
		for (double[] uv : instances) {
			centres(view, frame, f, uv[0], uv[1], half, depthRange);
		}
		FeatureView fv = new FeatureView(index, view, frame, half, instances.size());
		position(fv, feature);
		sizes(fv, feature);
		pattern(fv, feature);
	}

	/**
	 * Where a feature is dimensioned: its index, the view facing its host face, the face's frame, its half sizes (mm)
	 * and its number of instances.
	 */
	private record FeatureView(int index, ViewKind view, Frame frame, double[] half, int count) {

		ParamKey key(Param param) {
			return ParamKey.feature(index, param);
		}

		Point2 at(double u, double v, double w) {
			return Point2.in(view, frame.point(u, v, w));
		}

		String prefix() {
			return Requests.countPrefix(count);
		}

		Map<ParamKey, Double> countExtra() {
			return count > 1 ? Map.of(key(Param.PATTERN_COUNT), (double) count) : Map.of();
		}
	}

	private void centres(ViewKind view, Frame frame, Feature f, double u, double v, double[] half, double[] depthRange) {
		Point2 c = Point2.in(view, frame.point(u, v, 0));
		if (FeatureShapes.round(f)) {
			out.add(new Req.Cross(view, c, half[0]));
			out.axis(frame.point(u, v, depthRange[0]), frame.point(u, v, depthRange[1]));
		} else if (f instanceof Slot) {
			double e = half[0] - half[1];
			out.add(axis(view, frame, u - half[0], v, u + half[0], v));
			for (double s : new double[] { -e, e }) {
				out.add(axis(view, frame, u + s, v - half[1], u + s, v + half[1]));
			}
		} else {
			out.add(axis(view, frame, u - half[0], v, u + half[0], v));
			out.add(axis(view, frame, u, v - half[1], u, v + half[1]));
		}
	}

	private static Req.Axis axis(ViewKind view, Frame frame, double u0, double v0, double u1, double v1) {
		return new Req.Axis(view, Point2.in(view, frame.point(u0, v0, 0)), Point2.in(view, frame.point(u1, v1, 0)));
	}

	/**
	 * The feature's (or its circular pattern's) centre from the host face's datum edges; on round stock from the stock's
	 * axis (its distance along u and v, none where the centre lies on the axis line).
	 */
	private void position(FeatureView fv, Sized feature) {
		Feature f = feature.mm();
		Feature g = feature.given();
		double[] at = { f.u(), f.v() };
		double[] value = { g.u(), g.v() };
		Param[] params = { Param.U, Param.V };
		Param[] fromAxis = { Param.U_FROM_AXIS, Param.V_FROM_AXIS };
		if (new SizedPattern(f.pattern(), g.pattern()) instanceof SizedPattern(Pattern.Circular c, Pattern.Circular gc)) {
			at = new double[] { c.cu(), c.cv() };
			value = new double[] { gc.cu(), gc.cv() };
			params = new Param[] { Param.PATTERN_CU, Param.PATTERN_CV };
			fromAxis = new Param[] { Param.PATTERN_CU_FROM_AXIS, Param.PATTERN_CV_FROM_AXIS };
		}
		Vec3 centre = fv.frame().point(at[0], at[1], 0);
		if (mm.stock().kind() != StockKind.ROUND) {
			Vec3 datum = fv.frame().point(0, 0, 0);
			out.linear(fv.view(), datum, centre, true, fv.key(params[0]), value[0]);
			out.linear(fv.view(), datum, centre, false, fv.key(params[1]), value[1]);
			return;
		}
		double radius = mm.stock().width() / 2;
		double givenRadius = given.stock().width() / 2;
		if (Math.abs(at[0] - radius) > Tolerance.POINT) {
			out.linear(fv.view(), fv.frame().point(radius, at[1], 0), centre, true, fv.key(fromAxis[0]),
					Math.abs(value[0] - givenRadius));
		}
		if (Math.abs(at[1] - radius) > Tolerance.POINT) {
			out.linear(fv.view(), fv.frame().point(at[0], radius, 0), centre, false, fv.key(fromAxis[1]),
					Math.abs(value[1] - givenRadius));
		}
	}

	/** The feature's own sizes: hole callouts, boss diameter and height, pocket and slot sizes and depths. */
	private void sizes(FeatureView fv, Sized feature) {
		double[] half = fv.half();
		switch (feature) {
		case Sized(Hole h, Feature g) -> holeCallout(fv, h, g);
		case Sized(Counterbore h, Feature g) -> holeCallout(fv, h, g);
		case Sized(Countersink h, Feature g) -> holeCallout(fv, h, g);
		case Sized(Boss b, Boss g) -> {
			Point2 c = fv.at(b.u(), b.v(), 0);
			out.add(new Req.Leader(fv.view(), DimensionKind.DIAMETER, c, half[0], c.polar(half[0], 90),
					List.of(fv.prefix() + Requests.DIAMETER + out.number(g.diameter())), fv.key(Param.DIAMETER), g.diameter(),
					fv.countExtra(), true));
			out.linear(ViewKind.FRONT, fv.frame().point(b.u() - half[0], b.v(), 0),
					fv.frame().point(b.u() - half[0], b.v(), b.height()), false, fv.key(Param.HEIGHT), g.height());
		}
		case Sized(Pocket p, Pocket g) -> {
			double radius = p.cornerRadius();
			Point2 centre = fv.at(p.u() + half[0] - radius, p.v() + half[1] - radius, 0);
			List<String> lines = new ArrayList<>();
			lines.add(fv.prefix() + "POCKET " + sizes(g.length(), g.width()) + " " + Requests.DEPTH + out.number(g.depth()));
			Map<ParamKey, Double> extras = new HashMap<>(fv.countExtra());
			if (radius > 0) {
				lines.add("R" + out.number(g.cornerRadius()));
				extras.put(fv.key(Param.CORNER_RADIUS), g.cornerRadius());
			}
			sizeCallout(fv, centre, radius, lines, g.length(), g.width(), g.depth(), extras);
		}
		case Sized(Slot s, Slot g) -> {
			Point2 centre = fv.at(s.u() + half[0] - half[1], s.v(), 0);
			List<String> lines = List.of(fv.prefix() + "SLOT " + sizes(g.length(), g.width()) + " " + Requests.DEPTH + out.number(g.depth()));
			sizeCallout(fv, centre, half[1], lines, g.length(), g.width(), g.depth(), new HashMap<>(fv.countExtra()));
		}
		default -> throw new IllegalArgumentException(
				"feature " + feature.mm().kind() + " and its given form " + feature.given().kind() + " differ");
		}
	}

	/** @return a pocket's or slot's length and width as written in its callout */
	private String sizes(double length, double width) {
		return out.number(length) + " " + Requests.TIMES + out.number(width);
	}

	/**
	 * A pocket's or slot's callout at the feature (ISO 129-1: sizes where the feature shows its shape, not in the
	 * baseline stacks of positions): length, width and depth, with the given further values.
	 */
	private void sizeCallout(FeatureView fv, Point2 centre, double radius, List<String> lines, double length, double width,
			double depth, Map<ParamKey, Double> extras) {
		extras.put(fv.key(Param.WIDTH), width);
		extras.put(fv.key(Param.DEPTH), depth);
		out.add(new Req.Leader(fv.view(), DimensionKind.CALLOUT, centre, radius, centre.polar(radius, 90), lines,
				fv.key(Param.LENGTH), length, extras, false));
	}

	private void holeCallout(FeatureView fv, Feature f, Feature g) {
		Map<ParamKey, Double> extras = new HashMap<>(fv.countExtra());
		List<String> lines = new ArrayList<>();
		double diameter;
		switch (g) {
		case Hole h -> {
			diameter = h.diameter();
			lines.add(fv.prefix() + Requests.DIAMETER + out.number(diameter) + depth(fv, h.through(), h.depth(), extras));
		}
		case Counterbore h -> {
			diameter = h.diameter();
			lines.add(fv.prefix() + Requests.DIAMETER + out.number(diameter) + depth(fv, h.through(), h.depth(), extras));
			lines.add(Requests.COUNTERBORE + Requests.DIAMETER + out.number(h.cbDiameter()) + " " + Requests.DEPTH + out.number(h.cbDepth()));
			extras.put(fv.key(Param.CB_DIAMETER), h.cbDiameter());
			extras.put(fv.key(Param.CB_DEPTH), h.cbDepth());
		}
		case Countersink h -> {
			diameter = h.diameter();
			lines.add(fv.prefix() + Requests.DIAMETER + out.number(diameter) + depth(fv, h.through(), h.depth(), extras));
			lines.add(Requests.COUNTERSINK + Requests.DIAMETER + out.number(h.csDiameter()) + " \u00D7 90\u00B0");
			extras.put(fv.key(Param.CS_DIAMETER), h.csDiameter());
		}
		default -> throw new IllegalArgumentException("not a hole: " + g.kind());
		}
		Point2 c = fv.at(f.u(), f.v(), 0);
		double radius = diameter * given.units().millimetres() / 2;
		out.add(new Req.Leader(fv.view(), DimensionKind.CALLOUT, c, radius, c.polar(radius, 90), lines,
				fv.key(Param.DIAMETER), diameter, extras, true));
	}

	private String depth(FeatureView fv, boolean through, double depth, Map<ParamKey, Double> extras) {
		if (through) {
			return " THRU";
		}
		extras.put(fv.key(Param.DEPTH), depth);
		return " " + Requests.DEPTH + out.number(depth);
	}

	/** A linear pattern's step (with count and total), or a circular pattern's pitch circle. */
	private void pattern(FeatureView fv, Sized feature) {
		Feature f = feature.mm();
		Feature g = feature.given();
		switch (new SizedPattern(f.pattern(), g.pattern())) {
		case SizedPattern(Pattern.Linear l, Pattern.Linear gl) -> {
			boolean alongU = Math.abs(l.du()) > Math.abs(l.dv());
			double step = Math.abs(alongU ? gl.du() : gl.dv());
			String text = l.count() > 2
					? (l.count() - 1) + Requests.TIMES + out.number(step) + " (=" + out.number(step * (l.count() - 1)) + ")"
					: out.number(step);
			out.linear(fv.view(), fv.frame().point(f.u(), f.v(), 0), fv.frame().point(f.u() + l.du(), f.v() + l.dv(), 0),
					alongU, fv.key(Param.PATTERN_STEP), step, text,
					Map.of(fv.key(Param.PATTERN_COUNT), (double) l.count()));
		}
		case SizedPattern(Pattern.Circular c, Pattern.Circular gc) -> {
			double radius = Math.hypot(f.u() - c.cu(), f.v() - c.cv());
			double givenRadius = Math.hypot(g.u() - gc.cu(), g.v() - gc.cv());
			Point2 centre = fv.at(c.cu(), c.cv(), 0);
			out.add(new Req.PitchCircle(fv.view(), centre, radius));
			out.add(new Req.Cross(fv.view(), centre, 0));
			out.add(new Req.Leader(fv.view(), DimensionKind.DIAMETER, centre, radius,
					centre.polar(radius, 180.0 / c.count()), List.of(Requests.DIAMETER + out.number(2 * givenRadius) + " EQS"),
					fv.key(Param.PATTERN_PCD), 2 * givenRadius, Map.of(fv.key(Param.PATTERN_COUNT), (double) c.count()), false));
		}
		case SizedPattern(Pattern.None none, Pattern.None givenNone) -> {
			// a single instance has nothing more to state
		}
		default -> throw new IllegalArgumentException("pattern " + f.pattern() + " and its given form " + g.pattern()
				+ " differ");
		}
	}
}
