// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.ViewKind;
import dev.partforge.drawing.internal.ParamKey.Param;
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
 * Decides the views and states every recipe parameter once (docs/geometry.md "Dimensions come from the recipe"):
 * the stock profile in the top view (its true shape), the stock height in the front view, each feature's position
 * from the datum edges of its host face (u = 0, v = 0 of the face frame) and its sizes in the view that looks
 * straight at the host face, depths and hole details in callouts (so nothing is dimensioned to a hidden line),
 * pattern steps and pitch circles, boss heights in the front view. Centre marks on every round feature and pattern
 * centre, axes in the views across them.
 * <p>
 * Geometry is placed from the recipe in millimetres; the values and texts are those of the recipe as given (in its
 * own units), so that an inch drawing states the inch values exactly.
 */
final class Annotator {
	private static final String TIMES = "\u00D7 ";
	private static final String DIAMETER = "\u00D8";

	private final Recipe given;
	private final Recipe mm;
	private final StockShape shape;
	private final Map<ViewKind, Box> boxes;
	private final Set<ViewKind> views = new LinkedHashSet<>();
	private final List<Req> requests = new ArrayList<>();
	private final List<Axis3> axes = new ArrayList<>();

	/**
	 * What a drawing shows of a recipe: its views, their annotation requests and the part's box in each view.
	 *
	 * @param views    the views to draw, front and top first
	 * @param requests the annotation requests, in drawing order
	 * @param boxes    the part's box in every view (model millimetres)
	 */
	record Plan(Set<ViewKind> views, List<Req> requests, Map<ViewKind, Box> boxes) {

		/** @param view a view @return the part's box in it */
		Box box(ViewKind view) {
			return boxes.get(view);
		}
	}

	/** An axis of a round feature or of round stock, in model millimetres, drawn in the views across it. */
	private record Axis3(Vec3 from, Vec3 to) {
	}

	/** A feature in millimetres and as the recipe gives it (same kind, same pattern kind). */
	private record Sized(Feature mm, Feature given) {
	}

	/** A feature's pattern in millimetres and as the recipe gives it. */
	private record SizedPattern(Pattern mm, Pattern given) {
	}

	private Annotator(Recipe given, Recipe mm, Map<ViewKind, Box> boxes) {
		this.given = given;
		this.mm = mm;
		this.shape = new StockShape(mm.stock());
		this.boxes = boxes;
	}

	/**
	 * Plans the views and annotations of a recipe.
	 *
	 * @param recipe     the recipe, in its own units
	 * @param projection the projection method (decides the side view)
	 * @return the plan
	 */
	static Plan plan(Recipe recipe, Projection projection) {
		Recipe mm = recipe.inMillimetres();
		Annotator a = new Annotator(recipe, mm, boxes(mm));
		a.views.add(ViewKind.FRONT);
		a.views.add(ViewKind.TOP);
		a.views.add(projection == Projection.FIRST_ANGLE ? ViewKind.LEFT : ViewKind.RIGHT);
		a.stock();
		for (int i = 0; i < mm.features().size(); i++) {
			a.feature(i, new Sized(mm.features().get(i), recipe.features().get(i)));
		}
		a.axes();
		return new Plan(a.views, List.copyOf(a.requests), a.boxes);
	}

	/** The part's box in every view: the stock's box, raised to the top of the highest boss. */
	private static Map<ViewKind, Box> boxes(Recipe mm) {
		Stock stock = mm.stock();
		double top = stock.height();
		for (Feature f : mm.features()) {
			if (f instanceof Boss b) {
				top = Math.max(top, stock.height() + b.height());
			}
		}
		Map<ViewKind, Box> boxes = new EnumMap<>(ViewKind.class);
		for (ViewKind view : ViewKind.values()) {
			Box box = Box.EMPTY;
			for (int corner = 0; corner < 8; corner++) {
				Vec3 p = new Vec3((corner & 1) * stock.width(), ((corner >> 1) & 1) * stock.length(),
						((corner >> 2) & 1) * top);
				box = box.include(Point2.in(view, p));
			}
			boxes.put(view, box);
		}
		return boxes;
	}

	private void axes() {
		for (Axis3 axis : axes) {
			Vec3 dir = axis.to().minus(axis.from()).normalized();
			for (ViewKind view : views) {
				if (Math.abs(dir.dot(view.forward())) < 0.5) {
					requests.add(new Req.Axis(view, Point2.in(view, axis.from()), Point2.in(view, axis.to())));
				}
			}
		}
	}

	private String number(double value) {
		return TextMetrics.number(value, given.units() == Units.INCH);
	}

	private static String countPrefix(int count) {
		return count > 1 ? count + TIMES : "";
	}

	private void stock() {
		Stock s = mm.stock();
		Stock g = given.stock();
		double w = s.width();
		double l = s.length();
		double h = s.height();
		linear(ViewKind.FRONT, new Vec3(0, 0, 0), new Vec3(0, 0, h), false, ParamKey.stock(Param.HEIGHT), g.height());
		if (s.kind() == StockKind.ROUND) {
			Point2 c = new Point2(w / 2, w / 2);
			requests.add(new Req.Leader(ViewKind.TOP, DimensionKind.DIAMETER, c, w / 2, c.polar(w / 2, 90),
					List.of(DIAMETER + number(g.width())), ParamKey.stock(Param.WIDTH), g.width(), Map.of()));
			requests.add(new Req.Cross(ViewKind.TOP, c, w / 2));
			axes.add(new Axis3(new Vec3(w / 2, w / 2, 0), new Vec3(w / 2, w / 2, h)));
			return;
		}
		linear(ViewKind.TOP, new Vec3(0, 0, h), new Vec3(w, 0, h), true, ParamKey.stock(Param.WIDTH), g.width());
		linear(ViewKind.TOP, new Vec3(0, 0, h), new Vec3(0, l, h), false, ParamKey.stock(Param.LENGTH), g.length());
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
			linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, a, h), false, keyA, g.a());
			linear(ViewKind.TOP, new Vec3(0, l, h), new Vec3(b, l, h), true, keyB, g.b());
		}
		case T -> {
			double x0 = (w - a) / 2;
			linear(ViewKind.TOP, new Vec3(x0, 0, h), new Vec3(x0 + a, 0, h), true, keyA, g.a());
			linear(ViewKind.TOP, new Vec3(w, l - b, h), new Vec3(w, l, h), false, keyB, g.b());
		}
		case U -> {
			linear(ViewKind.TOP, new Vec3(0, l, h), new Vec3(a, l, h), true, keyA, g.a());
			linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, b, h), false, keyB, g.b());
		}
		case STEPPED -> {
			linear(ViewKind.TOP, new Vec3(w - a, 2 * b, h), new Vec3(w, b, h), true, keyA, g.a());
			linear(ViewKind.TOP, new Vec3(w, 0, h), new Vec3(w, b, h), false, keyB, g.b());
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
		String prefix = countPrefix(count);
		ParamKey key = ParamKey.stock(Param.CORNER_SIZE);
		if (g.corner() == CornerTreatment.FILLET) {
			Point2 centre = new Point2(p.x() + size * (e1.x() + e2.x()), p.y() + size * (e1.y() + e2.y()));
			double k = -size / Math.sqrt(2);
			Point2 anchor = new Point2(centre.x() + k * (e1.x() + e2.x()), centre.y() + k * (e1.y() + e2.y()));
			requests.add(new Req.Leader(ViewKind.TOP, DimensionKind.RADIUS, centre, size, anchor,
					List.of(prefix + "R" + number(g.cornerSize())), key, g.cornerSize(), Map.of()));
		} else {
			Point2 mid = new Point2(p.x() + size / 2 * (e1.x() + e2.x()), p.y() + size / 2 * (e1.y() + e2.y()));
			requests.add(new Req.Leader(ViewKind.TOP, DimensionKind.CALLOUT, mid, 0, mid,
					List.of(prefix + number(g.cornerSize()) + " \u00D7 45\u00B0"), key, g.cornerSize(), Map.of()));
		}
	}

	/** @return the unit vector from a point towards an outline vertex */
	private static Point2 unit(Point2 from, double[] to) {
		double dx = to[0] - from.x();
		double dy = to[1] - from.y();
		double l = Math.hypot(dx, dy);
		return new Point2(dx / l, dy / l);
	}

	private void linear(ViewKind view, Vec3 a, Vec3 b, boolean horizontal, ParamKey key, double value) {
		linear(view, a, b, horizontal, key, value, number(value), Map.of());
	}

	/** A linear dimension between two model points, in the lane on the side of the view's box nearer to them. */
	private void linear(ViewKind view, Vec3 a3, Vec3 b3, boolean horizontal, ParamKey key, double value, String text,
			Map<ParamKey, Double> extras) {
		Point2 a = Point2.in(view, a3);
		Point2 b = Point2.in(view, b3);
		Box box = boxes.get(view);
		Req.Side side;
		if (horizontal) {
			side = (a.y() + b.y()) / 2 > box.centreY() + Tolerance.POINT ? Req.Side.TOP : Req.Side.BOTTOM;
		} else {
			side = (a.x() + b.x()) / 2 > box.centreX() + Tolerance.POINT ? Req.Side.RIGHT : Req.Side.LEFT;
		}
		requests.add(new Req.Linear(view, side, a, b, key, value, text, extras));
	}

	private void feature(int index, Sized feature) {
		Feature f = feature.mm();
		Frame frame = shape.frame(f.face());
		ViewKind view = ViewKind.facing(frame.zAxis());
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
			return countPrefix(count);
		}

		Map<ParamKey, Double> countExtra() {
			return count > 1 ? Map.of(key(Param.PATTERN_COUNT), (double) count) : Map.of();
		}
	}

	private void centres(ViewKind view, Frame frame, Feature f, double u, double v, double[] half, double[] depthRange) {
		Point2 c = Point2.in(view, frame.point(u, v, 0));
		if (FeatureShapes.round(f)) {
			requests.add(new Req.Cross(view, c, half[0]));
			axes.add(new Axis3(frame.point(u, v, depthRange[0]), frame.point(u, v, depthRange[1])));
		} else if (f instanceof Slot) {
			double e = half[0] - half[1];
			requests.add(axis(view, frame, u - half[0], v, u + half[0], v));
			for (double s : new double[] { -e, e }) {
				requests.add(axis(view, frame, u + s, v - half[1], u + s, v + half[1]));
			}
		} else {
			requests.add(axis(view, frame, u - half[0], v, u + half[0], v));
			requests.add(axis(view, frame, u, v - half[1], u, v + half[1]));
		}
	}

	private static Req.Axis axis(ViewKind view, Frame frame, double u0, double v0, double u1, double v1) {
		return new Req.Axis(view, Point2.in(view, frame.point(u0, v0, 0)), Point2.in(view, frame.point(u1, v1, 0)));
	}

	/** The feature's (or its circular pattern's) centre from the host face's datum edges. */
	private void position(FeatureView fv, Sized feature) {
		Feature f = feature.mm();
		Feature g = feature.given();
		double u = f.u();
		double v = f.v();
		ParamKey keyU = fv.key(Param.U);
		ParamKey keyV = fv.key(Param.V);
		double valueU = g.u();
		double valueV = g.v();
		if (new SizedPattern(f.pattern(), g.pattern()) instanceof SizedPattern(Pattern.Circular c, Pattern.Circular gc)) {
			u = c.cu();
			v = c.cv();
			keyU = fv.key(Param.PATTERN_CU);
			keyV = fv.key(Param.PATTERN_CV);
			valueU = gc.cu();
			valueV = gc.cv();
		}
		Vec3 datumU = fv.frame().point(0, 0, 0);
		Vec3 datumV = datumU;
		if (mm.stock().kind() == StockKind.ROUND) {
			// round stock: the datums are the tangents to the outline at u = 0 and v = 0
			double radius = mm.stock().width() / 2;
			datumU = fv.frame().point(0, radius, 0);
			datumV = fv.frame().point(radius, 0, 0);
		}
		Vec3 centre = fv.frame().point(u, v, 0);
		linear(fv.view(), datumU, centre, true, keyU, valueU);
		linear(fv.view(), datumV, centre, false, keyV, valueV);
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
			requests.add(new Req.Leader(fv.view(), DimensionKind.DIAMETER, c, half[0], c.polar(half[0], 90),
					List.of(fv.prefix() + DIAMETER + number(g.diameter())), fv.key(Param.DIAMETER), g.diameter(),
					fv.countExtra()));
			linear(ViewKind.FRONT, fv.frame().point(b.u() - half[0], b.v(), 0),
					fv.frame().point(b.u() - half[0], b.v(), b.height()), false, fv.key(Param.HEIGHT), g.height());
		}
		case Sized(Pocket p, Pocket g) -> {
			lengthAndWidth(fv, p.u(), p.v(), g.length(), g.width());
			double radius = p.cornerRadius();
			Point2 centre = fv.at(p.u() + half[0] - radius, p.v() + half[1] - radius, 0);
			List<String> lines = new ArrayList<>();
			if (radius > 0) {
				lines.add(fv.prefix() + "R" + number(g.cornerRadius()));
			}
			lines.add((radius > 0 ? "" : fv.prefix()) + "DEPTH " + number(g.depth()));
			Map<ParamKey, Double> extras = new HashMap<>(fv.countExtra());
			extras.put(fv.key(Param.DEPTH), g.depth());
			requests.add(new Req.Leader(fv.view(), radius > 0 ? DimensionKind.RADIUS : DimensionKind.CALLOUT, centre,
					radius, centre.polar(radius, 90), lines, fv.key(radius > 0 ? Param.CORNER_RADIUS : Param.DEPTH),
					radius > 0 ? g.cornerRadius() : g.depth(), extras));
		}
		case Sized(Slot s, Slot g) -> {
			lengthAndWidth(fv, s.u(), s.v(), g.length(), g.width());
			Point2 centre = fv.at(s.u() + half[0] - half[1], s.v(), 0);
			requests.add(new Req.Leader(fv.view(), DimensionKind.CALLOUT, centre, half[1], centre.polar(half[1], 90),
					List.of(fv.prefix() + "DEPTH " + number(g.depth())), fv.key(Param.DEPTH), g.depth(),
					fv.countExtra()));
		}
		default -> throw new IllegalArgumentException(
				"feature " + feature.mm().kind() + " and its given form " + feature.given().kind() + " differ");
		}
	}

	/** Length and width of a pocket or slot, on the sides of the view's box nearer to the feature. */
	private void lengthAndWidth(FeatureView fv, double u, double v, double length, double width) {
		double[] half = fv.half();
		Box box = boxes.get(fv.view());
		Point2 c = fv.at(u, v, 0);
		double sv = c.y() > box.centreY() ? half[1] : -half[1];
		double su = c.x() > box.centreX() ? half[0] : -half[0];
		Frame frame = fv.frame();
		linear(fv.view(), frame.point(u - half[0], v + sv, 0), frame.point(u + half[0], v + sv, 0), true,
				fv.key(Param.LENGTH), length);
		linear(fv.view(), frame.point(u + su, v - half[1], 0), frame.point(u + su, v + half[1], 0), false,
				fv.key(Param.WIDTH), width);
	}

	private void holeCallout(FeatureView fv, Feature f, Feature g) {
		Map<ParamKey, Double> extras = new HashMap<>(fv.countExtra());
		List<String> lines = new ArrayList<>();
		double diameter;
		switch (g) {
		case Hole h -> {
			diameter = h.diameter();
			lines.add(fv.prefix() + DIAMETER + number(diameter) + depth(fv, h.through(), h.depth(), extras));
		}
		case Counterbore h -> {
			diameter = h.diameter();
			lines.add(fv.prefix() + DIAMETER + number(diameter) + depth(fv, h.through(), h.depth(), extras));
			lines.add("CBORE " + DIAMETER + number(h.cbDiameter()) + " DEPTH " + number(h.cbDepth()));
			extras.put(fv.key(Param.CB_DIAMETER), h.cbDiameter());
			extras.put(fv.key(Param.CB_DEPTH), h.cbDepth());
		}
		case Countersink h -> {
			diameter = h.diameter();
			lines.add(fv.prefix() + DIAMETER + number(diameter) + depth(fv, h.through(), h.depth(), extras));
			lines.add("CSK " + DIAMETER + number(h.csDiameter()) + " \u00D7 90\u00B0");
			extras.put(fv.key(Param.CS_DIAMETER), h.csDiameter());
		}
		default -> throw new IllegalArgumentException("not a hole: " + g.kind());
		}
		Point2 c = fv.at(f.u(), f.v(), 0);
		double radius = diameter * given.units().millimetres() / 2;
		requests.add(new Req.Leader(fv.view(), DimensionKind.CALLOUT, c, radius, c.polar(radius, 90), lines,
				fv.key(Param.DIAMETER), diameter, extras));
	}

	private String depth(FeatureView fv, boolean through, double depth, Map<ParamKey, Double> extras) {
		if (through) {
			return " THRU";
		}
		extras.put(fv.key(Param.DEPTH), depth);
		return " DEPTH " + number(depth);
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
					? (l.count() - 1) + TIMES + number(step) + " (=" + number(step * (l.count() - 1)) + ")"
					: number(step);
			linear(fv.view(), fv.frame().point(f.u(), f.v(), 0), fv.frame().point(f.u() + l.du(), f.v() + l.dv(), 0),
					alongU, fv.key(Param.PATTERN_STEP), step, text,
					Map.of(fv.key(Param.PATTERN_COUNT), (double) l.count()));
		}
		case SizedPattern(Pattern.Circular c, Pattern.Circular gc) -> {
			double radius = Math.hypot(f.u() - c.cu(), f.v() - c.cv());
			double givenRadius = Math.hypot(g.u() - gc.cu(), g.v() - gc.cv());
			Point2 centre = fv.at(c.cu(), c.cv(), 0);
			requests.add(new Req.PitchCircle(fv.view(), centre, radius));
			requests.add(new Req.Cross(fv.view(), centre, 0));
			requests.add(new Req.Leader(fv.view(), DimensionKind.DIAMETER, centre, radius,
					centre.polar(radius, 180.0 / c.count()), List.of(DIAMETER + number(2 * givenRadius) + " EQS"),
					fv.key(Param.PATTERN_PCD), 2 * givenRadius, Map.of(fv.key(Param.PATTERN_COUNT), (double) c.count())));
		}
		case SizedPattern(Pattern.None none, Pattern.None givenNone) -> {
			// a single instance has nothing more to state
		}
		default -> throw new IllegalArgumentException("pattern " + f.pattern() + " and its given form " + g.pattern()
				+ " differ");
		}
	}
}
