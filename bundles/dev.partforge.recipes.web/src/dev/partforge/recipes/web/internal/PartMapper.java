// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.RecipeValidator;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;
import dev.partforge.recipes.internal.StockShape;
import dev.partforge.recipes.web.WebPart;
import dev.partforge.recipes.web.WebRecipeException;

/**
 * Maps a web generator recipe onto PartForge's vocabulary exactly: the united boxes become a block
 * or an L, T or U profile stock (turned by quarter turns if needed), one cylinder along z round
 * stock, each cylinder cut along a stock axis a through or blind hole, two coaxial cylinders (the
 * wider one shallower) a counterbore, each box cut into one face a sharp-cornered pocket. Anything
 * else is refused with one line per primitive or operation.
 */
public final class PartMapper {

	private static final String[] AXES = { "x", "y", "z" };

	private PartMapper() {
	}

	/**
	 * @param r the recipe as read
	 * @return the part
	 * @throws WebRecipeException with every reason it cannot be represented exactly
	 */
	public static WebPart map(WebJson r) throws WebRecipeException {
		List<String> why = new ArrayList<>();
		if (!r.id().matches("[A-Za-z0-9._-]{1,64}")) {
			why.add("id '" + r.id() + "' is not 1 to 64 letters, digits, '.', '_' or '-'");
		}
		if (r.name().isBlank() || r.name().length() > 200 || r.name().chars().anyMatch(Character::isISOControl)) {
			why.add("name must be 1 to 200 characters without control characters");
		}
		Difficulty difficulty = difficulty(r.difficulty(), why);
		if (!r.units().equalsIgnoreCase("mm")) {
			why.add("units '" + r.units() + "' are not supported (the web generator writes mm)");
		}
		if (r.seed() < 0) {
			why.add("seed must not be negative");
		}
		for (WebJson.Primitive p : r.primitives()) {
			primitive(p, why);
		}
		Map<String, Bodies.Body> bodies = Bodies.replay(r, why);
		if (bodies.size() != 1) {
			why.add(bodies.isEmpty() ? "the recipe has no primitives"
					: "the operations leave " + bodies.size() + " separate bodies " + bodies.keySet() + "; a part is one solid");
			throw new WebRecipeException(why);
		}
		Bodies.Body body = bodies.values().iterator().next();
		List<Placement.Box> boxes = new ArrayList<>();
		Placement place = null;
		if (body.added.size() == 1 && body.added.get(0).kind().equals("cylinder") && supported(body.added.get(0))) {
			WebJson.Primitive c = body.added.get(0);
			if (c.axis().equals("z")) {
				place = Placement.round(c.position(), c.params().get("radius"), c.params().get("height"));
			} else {
				why.add("primitive '" + c.id() + "' (cylinder) forms the stock along " + c.axis() + ": round stock is mapped along z only");
				throw new WebRecipeException(why);
			}
		} else {
			for (WebJson.Primitive p : body.added) {
				if (p.kind().equals("box")) {
					if (supported(p)) {
						boxes.add(box(p));
					}
				} else if (p.kind().equals("cylinder") && supported(p)) {
					why.add("primitive '" + p.id() + "' (" + p.kind() + ") is added to boxes: a stock is boxes or one cylinder along z");
				}
			}
			if (boxes.isEmpty()) {
				why.add("no box forms the part's stock");
				throw new WebRecipeException(why);
			}
			place = Placement.of(boxes, why);
		}
		List<Feature> features = place == null ? List.of() : features(body.cut, place, why);
		if (!why.isEmpty()) {
			throw new WebRecipeException(why);
		}
		Recipe recipe = new Recipe(r.name(), r.seed(), difficulty, Units.MM, RecipeGenerator.VERSION, place.stock(), features);
		try {
			RecipeValidator.validate(recipe);
		} catch (InvalidRecipeException e) {
			throw new WebRecipeException("the part breaks PartForge's rule that features never interact: " + e.getMessage());
		}
		return new WebPart(r.id(), recipe);
	}

	private static Difficulty difficulty(String d, List<String> why) {
		for (Difficulty x : Difficulty.values()) {
			if (x.name().equalsIgnoreCase(d)) {
				return x;
			}
		}
		why.add("difficulty '" + d + "' is not Beginner, Intermediate or Expert");
		return Difficulty.BEGINNER;
	}

	/** Adds the line for a primitive that cannot be represented at all; true when it may be. */
	private static boolean primitive(WebJson.Primitive p, List<String> why) {
		String what = "primitive '" + p.id() + "' (" + p.kind() + ")";
		switch (p.kind()) {
		case "box", "cylinder" -> {
			if (p.turned()) {
				why.add(what + ": a rotation is not mapped (give cylinders an axis; boxes stay axis-aligned)");
				return false;
			}
			if (p.scaled()) {
				why.add(what + ": a scale other than 1 is not mapped");
				return false;
			}
			List<String> need = p.kind().equals("box") ? List.of("width", "depth", "height") : List.of("radius", "height");
			for (String n : need) {
				Double v = p.params().get(n);
				if (v == null || !(v > 0)) {
					why.add(what + ": params." + n + " must be a positive number");
					return false;
				}
			}
			if (p.kind().equals("cylinder") && !List.of(AXES).contains(p.axis())) {
				why.add(what + ": axis '" + p.axis() + "' is not x, y or z");
				return false;
			}
			return true;
		}
		case "sphere" -> why.add(what + ": cannot be represented exactly: PartForge parts have no spherical faces");
		case "torus" -> why.add(what + ": cannot be represented exactly: PartForge parts have no toroidal faces");
		case "cone" -> why.add(what + ": cannot be represented exactly: PartForge cones are countersinks only, which the import does not map");
		case "custom" -> why.add(what + ": a custom shape cannot be represented exactly");
		default -> why.add(what + ": unknown kind");
		}
		return false;
	}

	private static boolean supported(WebJson.Primitive p) {
		return primitive(p, new ArrayList<>());
	}

	private static Placement.Box box(WebJson.Primitive p) {
		Vec3 half = new Vec3(p.params().get("width"), p.params().get("depth"), p.params().get("height")).times(0.5);
		return new Placement.Box(p.id(), p.position().minus(half), p.position().plus(half));
	}

	/** A cylinder in PartForge coordinates: axis k, the other two coordinates, the interval along k. */
	private record Cut(WebJson.Primitive p, int k, double a, double b, double lo, double hi, double radius) {
	}

	private static List<Feature> features(List<WebJson.Primitive> cuts, Placement place, List<String> why) {
		Map<String, List<Cut>> axes = new LinkedHashMap<>();
		List<Feature> out = new ArrayList<>();
		StockShape shape = new StockShape(place.stock());
		for (WebJson.Primitive p : cuts) {
			if (!p.kind().equals("cylinder")) {
				if (p.kind().equals("box") && supported(p)) {
					Feature pocket = pocket(p, place, shape, why);
					if (pocket != null) {
						out.add(pocket);
					}
				}
				continue;
			}
			if (!supported(p)) {
				continue;
			}
			int k = place.axisOf(List.of(AXES).indexOf(p.axis()));
			Vec3 c = place.map(p.position());
			double h = p.params().get("height") / 2;
			double[] o = others(k, c);
			Cut cut = new Cut(p, k, o[0], o[1], c.get(k) - h, c.get(k) + h, p.params().get("radius"));
			axes.computeIfAbsent(String.format(Locale.ROOT, "%d:%.6f:%.6f", k, o[0], o[1]), x -> new ArrayList<>()).add(cut);
		}
		for (List<Cut> group : axes.values()) {
			Feature f = feature(group, place, shape, why);
			if (f != null) {
				out.add(f);
			}
		}
		return out;
	}

	/**
	 * A subtracted box is a sharp-cornered rectangular pocket when it opens onto exactly one face of
	 * the stock and lies strictly inside that face's footprint; null (with the reason) otherwise.
	 */
	private static Feature pocket(WebJson.Primitive p, Placement place, StockShape shape, List<String> why) {
		Placement.Box b = box(p);
		Vec3 u = place.map(b.min());
		Vec3 v = place.map(b.max());
		double[] lo = { Math.min(u.x(), v.x()), Math.min(u.y(), v.y()), Math.min(u.z(), v.z()) };
		double[] hi = { Math.max(u.x(), v.x()), Math.max(u.y(), v.y()), Math.max(u.z(), v.z()) };
		int k = -1;
		int open = 0;
		for (int i = 0; i < 3; i++) {
			double size = size(place, i);
			boolean top = hi[i] >= size - Placement.EPS;
			boolean bottom = lo[i] <= Placement.EPS;
			if (top || bottom) {
				open += top && bottom ? 2 : 1;
				k = i;
			}
		}
		String what = "primitive '" + p.id() + "' (box) is subtracted";
		if (place.stock().kind() != StockKind.BLOCK) {
			why.add(what + " from " + place.stock().kind().id() + " stock: pockets are mapped into block stock only");
			return null;
		}
		if (open != 1) {
			why.add(what + (open == 0 ? " inside the stock: an inner void cannot be represented"
					: " and opens onto " + open + " faces: only pockets (open to one face, inside its footprint) are mapped"));
			return null;
		}
		double size = size(place, k);
		boolean top = hi[k] >= size - Placement.EPS;
		String face = face(place, k, top);
		Frame fr = shape.frame(face);
		double along = top ? size : 0;
		int[] o = k == 0 ? new int[] { 1, 2 } : k == 1 ? new int[] { 0, 2 } : new int[] { 0, 1 };
		Vec3 c1 = fr.local(point(k, lo[o[0]], lo[o[1]], along));
		Vec3 c2 = fr.local(point(k, hi[o[0]], hi[o[1]], along));
		double depth = top ? size - lo[k] : hi[k];
		return new Pocket(face, (c1.x() + c2.x()) / 2, (c1.y() + c2.y()) / 2, Math.abs(c2.x() - c1.x()), Math.abs(c2.y() - c1.y()), 0, depth,
				new Pattern.None());
	}

	private static double[] others(int k, Vec3 c) {
		return switch (k) {
		case 0 -> new double[] { c.y(), c.z() };
		case 1 -> new double[] { c.x(), c.z() };
		default -> new double[] { c.x(), c.y() };
		};
	}

	private static Feature feature(List<Cut> group, Placement place, StockShape shape, List<String> why) {
		group.sort((x, y) -> Double.compare(y.radius(), x.radius()));
		Cut wide = group.get(0);
		String ids = group.stream().map(c -> "'" + c.p().id() + "'").reduce((x, y) -> x + " and " + y).orElse("");
		double size = size(place, wide.k());
		boolean top = wide.hi() >= size - Placement.EPS;
		boolean bottom = wide.lo() <= Placement.EPS;
		if (!top && !bottom) {
			why.add("cylinder " + ids + " opens onto no face of the stock (an inner void cannot be represented)");
			return null;
		}
		String face = face(place, wide.k(), top);
		if (face == null) {
			why.add("cylinder " + ids + " runs along " + AXES[wide.k()] + " across a profile's side: only holes into the end faces of L, T, U and round stock are mapped");
			return null;
		}
		Frame fr = shape.frame(face);
		Vec3 entry = point(wide.k(), wide.a(), wide.b(), top ? size : 0);
		Vec3 uv = fr.local(entry);
		if (group.size() == 1) {
			boolean through = top && bottom;
			return new Hole(face, uv.x(), uv.y(), 2 * wide.radius(), through ? 0 : depth(wide, size, top), through, new Pattern.None());
		}
		Cut narrow = group.get(1);
		boolean through = narrow.hi() >= size - Placement.EPS && narrow.lo() <= Placement.EPS;
		double cbDepth = depth(wide, size, top);
		double depth = depth(narrow, size, top);
		if (group.size() > 2 || wide.radius() - narrow.radius() <= Placement.EPS || top && bottom || !through && depth <= cbDepth) {
			why.add("cylinders " + ids + " share an axis but are not a counterbore (a wider, shallower cylinder over a narrower one)");
			return null;
		}
		return new Counterbore(face, uv.x(), uv.y(), 2 * narrow.radius(), through ? 0 : depth, through, 2 * wide.radius(), cbDepth,
				new Pattern.None());
	}

	private static double depth(Cut c, double size, boolean top) {
		return top ? size - Math.max(0, c.lo()) : Math.min(size, c.hi());
	}

	private static double size(Placement place, int k) {
		return switch (k) {
		case 0 -> place.stock().width();
		case 1 -> place.stock().length();
		default -> place.stock().height();
		};
	}

	private static String face(Placement place, int k, boolean top) {
		if (k == 2) {
			return top ? "TOP" : "BOTTOM";
		}
		if (place.stock().kind() != StockKind.BLOCK) {
			return null;
		}
		return k == 0 ? (top ? "SIDE1" : "SIDE3") : top ? "SIDE2" : "SIDE0";
	}

	private static Vec3 point(int k, double a, double b, double along) {
		return switch (k) {
		case 0 -> new Vec3(along, a, b);
		case 1 -> new Vec3(a, along, b);
		default -> new Vec3(a, b, along);
		};
	}
}
