// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Converts recipes to and from {@link RecipeElement}s. Booleans are stored as 0/1, enums by ordinal
 * (corner: 0 none, 1 fillet, 2 chamfer; pattern: 0 none, 1 linear, 2 circular), lengths in the
 * recipe's units. Decoding checks structure only; geometry rules are {@link RecipeValidator}'s.
 */
public final class RecipeCodec {

	/** Most features a stored recipe may have (generated ones have far fewer). */
	public static final int MAX_FEATURES = 1000;

	/** Most instances of a feature pattern (generated ones have at most 6). */
	public static final int MAX_PATTERN_COUNT = 100;

	private RecipeCodec() {
	}

	/** @return the stock as an element (kind = stock kind id, face "") */
	public static RecipeElement encodeStock(Recipe r) {
		Stock s = r.stock();
		LinkedHashMap<String, Double> p = new LinkedHashMap<>();
		p.put("width", s.width());
		p.put("length", s.length());
		p.put("height", s.height());
		p.put("a", s.a());
		p.put("b", s.b());
		p.put("corner", (double) s.corner().ordinal());
		p.put("cornerSize", s.cornerSize());
		return new RecipeElement(s.kind().id(), "", p);
	}

	/** @return the features as elements, in order */
	public static List<RecipeElement> encodeFeatures(Recipe r) {
		List<RecipeElement> out = new ArrayList<>();
		for (Feature f : r.features()) {
			LinkedHashMap<String, Double> p = new LinkedHashMap<>();
			p.put("u", f.u());
			p.put("v", f.v());
			switch (f) {
			case Hole h -> hole(p, h.diameter(), h.depth(), h.through());
			case Counterbore c -> {
				hole(p, c.diameter(), c.depth(), c.through());
				p.put("cbDiameter", c.cbDiameter());
				p.put("cbDepth", c.cbDepth());
			}
			case Countersink c -> {
				hole(p, c.diameter(), c.depth(), c.through());
				p.put("csDiameter", c.csDiameter());
			}
			case Pocket k -> {
				p.put("length", k.length());
				p.put("width", k.width());
				p.put("cornerRadius", k.cornerRadius());
				p.put("depth", k.depth());
			}
			case Slot s -> {
				p.put("length", s.length());
				p.put("width", s.width());
				p.put("depth", s.depth());
			}
			case Boss b -> {
				p.put("diameter", b.diameter());
				p.put("height", b.height());
			}
			}
			switch (f.pattern()) {
			case Pattern.None n -> p.put("pattern", 0.0);
			case Pattern.Linear l -> {
				p.put("pattern", 1.0);
				p.put("count", (double) l.count());
				p.put("du", l.du());
				p.put("dv", l.dv());
			}
			case Pattern.Circular c -> {
				p.put("pattern", 2.0);
				p.put("count", (double) c.count());
				p.put("cu", c.cu());
				p.put("cv", c.cv());
				p.put("step", c.stepDegrees());
			}
			}
			out.add(new RecipeElement(f.kind(), f.face(), p));
		}
		return out;
	}

	private static void hole(LinkedHashMap<String, Double> p, double d, double depth, boolean through) {
		p.put("diameter", d);
		p.put("depth", depth);
		p.put("through", through ? 1.0 : 0.0);
	}

	/**
	 * @return the recipe described by the elements
	 * @throws InvalidRecipeException for unknown kinds, missing parameters, parameters that are not finite numbers,
	 *                                 codes out of range, more than {@value #MAX_FEATURES} features or patterns of
	 *                                 more than {@value #MAX_PATTERN_COUNT} instances
	 */
	public static Recipe decode(String name, long seed, Difficulty difficulty, Units units, int generatorVersion, RecipeElement stock,
			List<RecipeElement> features) {
		if (name == null || difficulty == null || units == null || stock == null || features == null) {
			throw new InvalidRecipeException("the recipe is incomplete (name, difficulty, units, stock or features missing)");
		}
		if (features.size() > MAX_FEATURES) {
			throw new InvalidRecipeException("the recipe has " + features.size() + " features, at most " + MAX_FEATURES
					+ " are accepted");
		}
		double cornerCode = stock.require("corner");
		if (cornerCode != 0 && cornerCode != 1 && cornerCode != 2) {
			throw new InvalidRecipeException("stock: corner must be 0 (none), 1 (fillet) or 2 (chamfer), got " + cornerCode);
		}
		int corner = (int) cornerCode;
		Stock s = new Stock(StockKind.ofId(stock.kind()), stock.require("width"), stock.require("length"), stock.require("height"),
				stock.require("a"), stock.require("b"), CornerTreatment.values()[corner], stock.require("cornerSize"));
		List<Feature> fs = new ArrayList<>();
		for (RecipeElement e : features) {
			if (e == null) {
				throw new InvalidRecipeException("the recipe has an empty feature");
			}
			fs.add(feature(e));
		}
		return new Recipe(name, seed, difficulty, units, generatorVersion, s, fs);
	}

	private static Feature feature(RecipeElement e) {
		String face = e.face();
		double u = e.require("u");
		double v = e.require("v");
		Pattern pat = pattern(e);
		return switch (e.kind()) {
		case "hole" -> new Hole(face, u, v, e.require("diameter"), e.require("depth"), through(e), pat);
		case "counterbore" -> new Counterbore(face, u, v, e.require("diameter"), e.require("depth"), through(e),
				e.require("cbDiameter"), e.require("cbDepth"), pat);
		case "countersink" -> new Countersink(face, u, v, e.require("diameter"), e.require("depth"), through(e),
				e.require("csDiameter"), pat);
		case "pocket" -> new Pocket(face, u, v, e.require("length"), e.require("width"), e.require("cornerRadius"), e.require("depth"), pat);
		case "slot" -> new Slot(face, u, v, e.require("length"), e.require("width"), e.require("depth"), pat);
		case "boss" -> new Boss(face, u, v, e.require("diameter"), e.require("height"), pat);
		default -> throw new InvalidRecipeException("unknown feature kind '" + e.kind()
				+ "' (expected hole, counterbore, countersink, pocket, slot or boss)");
		};
	}

	private static boolean through(RecipeElement e) {
		return e.requireWhole("through", 0, 1) == 1;
	}

	private static Pattern pattern(RecipeElement e) {
		double code = e.require("pattern");
		if (code != 0 && code != 1 && code != 2) {
			throw new InvalidRecipeException(e.kind() + ": pattern must be 0 (none), 1 (linear) or 2 (circular), got " + code);
		}
		return switch ((int) code) {
		case 1 -> new Pattern.Linear(e.requireWhole("count", 1, MAX_PATTERN_COUNT), e.require("du"), e.require("dv"));
		case 2 -> new Pattern.Circular(e.requireWhole("count", 1, MAX_PATTERN_COUNT), e.require("cu"), e.require("cv"),
				e.require("step"));
		default -> new Pattern.None();
		};
	}
}
