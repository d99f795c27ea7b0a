// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Sheet;
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

/**
 * Rebuilds a recipe from a drawing's dimension entities alone, the way a machinist reads the
 * drawing: every number comes from a dimension (its value, which the test also checks against the
 * printed text and the dimension's geometry); only what a drawing shows as shape, not as a number, is
 * taken from the original (stock kind, corner treatment kind, feature kinds and host faces). A value
 * stated twice with different numbers, or not at all, fails.
 */
final class RecipeFromDrawing {
	private final Map<String, Double> values = new HashMap<>();
	private final Map<String, String> texts = new HashMap<>();
	private final Map<String, Double> angles = new HashMap<>();

	RecipeFromDrawing(Sheet sheet) {
		for (Entity.Dimension d : sheet.dimensions()) {
			put(d.param(), d.value());
			texts.put(d.param(), d.text());
			angles.put(d.param(), d.angleDeg());
			d.extras().forEach(this::put);
			// a dimension stating several equal parameters (each value once) measures them all in its direction
			d.extras().keySet().forEach(k -> angles.putIfAbsent(k, d.angleDeg()));
		}
	}

	private void put(String key, double v) {
		Double old = values.put(key, v);
		if (old != null && (!key.endsWith(".count") || old != v)) {
			throw new AssertionError("parameter " + key + " is dimensioned twice (" + old + ", " + v + ")");
		}
	}

	private double get(String key) {
		Double v = values.get(key);
		if (v == null) {
			throw new AssertionError("the drawing does not state " + key + "; it has " + new java.util.TreeSet<>(values.keySet()));
		}
		return v;
	}

	Recipe rebuild(Recipe original) {
		Stock o = original.stock();
		boolean round = o.kind() == StockKind.ROUND;
		boolean profile = o.kind() != StockKind.BLOCK && !round;
		Stock s = new Stock(o.kind(), get("stock.width"), round ? get("stock.width") : get("stock.length"), get("stock.height"),
				profile ? get("stock.a") : 0, profile ? get("stock.b") : 0, o.corner(),
				o.corner() == CornerTreatment.NONE ? 0 : get("stock.cornerSize"));
		List<Feature> fs = new ArrayList<>();
		for (int i = 0; i < original.features().size(); i++) {
			fs.add(feature("F" + i, original.features().get(i), round ? s.width() / 2 : Double.NaN));
		}
		return new Recipe(original.name(), original.seed(), original.difficulty(), original.units(), original.generatorVersion(), s, fs);
	}

	/** @param axis the radius of round stock (positions are stated from its axis), NaN for other stock */
	private Feature feature(String id, Feature o, double axis) {
		Pattern p = pattern(id, o.pattern(), axis);
		double u;
		double v;
		if (p instanceof Pattern.Circular c) {
			u = c.cu() + get(id + ".pattern.pcd") / 2;
			v = c.cv();
		} else {
			u = position(id + ".u", o.u(), axis);
			v = position(id + ".v", o.v(), axis);
		}
		boolean through = texts.getOrDefault(id + ".diameter", "").contains("THRU");
		double depth = through ? 0 : o instanceof Boss || o instanceof Pocket || o instanceof Slot ? 0 : get(id + ".depth");
		return switch (o) {
		case Hole h -> new Hole(h.face(), u, v, get(id + ".diameter"), depth, through, p);
		case Counterbore c -> new Counterbore(c.face(), u, v, get(id + ".diameter"), depth, through, get(id + ".cbDiameter"),
				get(id + ".cbDepth"), p);
		case Countersink c -> new Countersink(c.face(), u, v, get(id + ".diameter"), depth, through, get(id + ".csDiameter"), p);
		case Boss b -> new Boss(b.face(), u, v, get(id + ".diameter"), get(id + ".height"), p);
		case Pocket k -> new Pocket(k.face(), u, v, get(id + ".length"), get(id + ".width"),
				values.containsKey(id + ".cornerRadius") ? get(id + ".cornerRadius") : 0, get(id + ".depth"), p);
		case Slot k -> new Slot(k.face(), u, v, get(id + ".length"), get(id + ".width"), get(id + ".depth"), p);
		};
	}

	/**
	 * A position from the datum edge, or on round stock from the axis: the side of the axis is shape (taken from the
	 * original), a centre on the axis line is shown by the centre lines and has no dimension.
	 */
	private double position(String key, double original, double axis) {
		if (Double.isNaN(axis)) {
			return get(key);
		}
		String fromAxis = key + "FromAxis";
		return values.containsKey(fromAxis) ? axis + Math.signum(original - axis) * get(fromAxis) : axis;
	}

	private Pattern pattern(String id, Pattern original, double axis) {
		if (!values.containsKey(id + ".pattern.count")) {
			return new Pattern.None();
		}
		int n = (int) get(id + ".pattern.count");
		if (values.containsKey(id + ".pattern.pcd")) {
			Pattern.Circular o = (Pattern.Circular) original;
			return new Pattern.Circular(n, position(id + ".pattern.cu", o.cu(), axis), position(id + ".pattern.cv", o.cv(), axis),
					360.0 / n);
		}
		double step = get(id + ".pattern.step");
		boolean alongU = angles.get(id + ".pattern.step") == 0;
		return alongU ? new Pattern.Linear(n, step, 0) : new Pattern.Linear(n, 0, step);
	}

	/** @return the kinds of dimension used for one parameter */
	static DimensionKind kindOf(Sheet s, String param) {
		return s.dimensions().stream().filter(d -> d.param().equals(param)).findFirst().orElseThrow().kind();
	}
}
