// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.web.WebRecipeException;

/**
 * The web generator's part recipe read from JSON, in either of its two shapes: the current one
 * with {@code primitives[]} and {@code operations[]}, and the older one with {@code holes[]}, which
 * becomes a box of {@code bounding_mm} centred at the origin with through cylinders subtracted.
 *
 * @param id         the recipe id
 * @param seed       the seed (0 when absent)
 * @param name       the name
 * @param difficulty the difficulty as written
 * @param units      the units as written ("mm" when absent)
 * @param primitives the primitives
 * @param operations the operations, in order
 */
public record WebJson(String id, long seed, String name, String difficulty, String units, List<Primitive> primitives,
		List<Operation> operations) {

	/**
	 * A primitive. Positions are centres; boxes have width (x), depth (y), height (z); cylinders
	 * radius, height and an axis (x, y or z; z when absent).
	 *
	 * @param id       its id
	 * @param kind     box, cylinder, sphere, cone, torus, custom, ...
	 * @param params   its numeric parameters
	 * @param axis     the axis parameter, lower case ("z" when absent)
	 * @param position the centre
	 * @param turned   true when the transform has a non-zero rotation
	 * @param scaled   true when the transform has a scale other than 1
	 */
	public record Primitive(String id, String kind, Map<String, Double> params, String axis, Vec3 position, boolean turned,
			boolean scaled) {
	}

	/**
	 * An operation: target op= tool.
	 *
	 * @param index  its position in operations[] (from 1)
	 * @param type   union, subtract or intersect (as written, lower case)
	 * @param target the target primitive id
	 * @param tool   the tool primitive id
	 */
	public record Operation(int index, String type, String target, String tool) {
	}

	/**
	 * @param text the JSON text
	 * @return the recipe
	 * @throws WebRecipeException when the text is not JSON of either shape
	 */
	public static WebJson parse(String text) throws WebRecipeException {
		JsonObject o;
		try {
			JsonElement e = JsonParser.parseString(text);
			if (!e.isJsonObject()) {
				throw new WebRecipeException("not a part recipe: the JSON is not an object");
			}
			o = e.getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new WebRecipeException("not valid JSON: " + oneLine(e.getMessage()));
		}
		String id = string(o, "id", true);
		String name = string(o, "name", true);
		String difficulty = string(o, "difficulty", true);
		String units = o.has("units") ? string(o, "units", true) : "mm";
		long seed = o.has("seed") ? (long) number(o.get("seed"), "seed") : 0;
		List<Primitive> prims = new ArrayList<>();
		List<Operation> ops = new ArrayList<>();
		if (o.has("primitives")) {
			for (JsonElement p : array(o, "primitives")) {
				prims.add(primitive(p));
			}
			int i = 1;
			for (JsonElement p : o.has("operations") ? array(o, "operations") : new JsonArray()) {
				ops.add(operation(p, i++));
			}
		} else if (o.has("holes")) {
			Vec3 size = vector(o.get("bounding_mm"), "bounding_mm");
			prims.add(new Primitive("stock", "box", Map.of("width", size.x(), "depth", size.y(), "height", size.z()), "z", Vec3.ZERO, false,
					false));
			double through = 3 * Math.max(size.x(), Math.max(size.y(), size.z()));
			int i = 1;
			for (JsonElement h : array(o, "holes")) {
				JsonObject ho = object(h, "holes[" + (i - 1) + "]");
				Vec3 c = new Vec3(number(ho.get("x"), "x"), number(ho.get("y"), "y"), number(ho.get("z"), "z"));
				String axis = ho.has("axis") ? string(ho, "axis", true).toLowerCase(Locale.ROOT) : "z";
				String hid = "hole" + i;
				prims.add(new Primitive(hid, "cylinder", Map.of("radius", number(ho.get("r"), "r"), "height", through), axis, c, false, false));
				ops.add(new Operation(i, "subtract", "stock", hid));
				i++;
			}
		} else {
			throw new WebRecipeException("not a part recipe: it has neither primitives[] nor holes[]");
		}
		return new WebJson(id, seed, name, difficulty, units, prims, ops);
	}

	private static Primitive primitive(JsonElement e) throws WebRecipeException {
		JsonObject p = object(e, "a primitive");
		String id = string(p, "id", true);
		String kind = string(p, "kind", true).toLowerCase(Locale.ROOT);
		Map<String, Double> params = new TreeMap<>();
		String axis = "z";
		if (p.has("params")) {
			for (Map.Entry<String, JsonElement> en : object(p.get("params"), "params of " + id).entrySet()) {
				if (en.getKey().equals("axis")) {
					axis = en.getValue().getAsString().toLowerCase(Locale.ROOT);
				} else if (en.getValue().isJsonPrimitive() && en.getValue().getAsJsonPrimitive().isNumber()) {
					params.put(en.getKey(), en.getValue().getAsDouble());
				}
			}
		}
		Vec3 position = Vec3.ZERO;
		boolean turned = false;
		boolean scaled = false;
		if (p.has("transform") && p.get("transform").isJsonObject()) {
			JsonObject t = p.getAsJsonObject("transform");
			if (t.has("position")) {
				position = vector(t.get("position"), "position of " + id);
			}
			if (t.has("rotation")) {
				Vec3 r = vector(t.get("rotation"), "rotation of " + id);
				turned = r.length() != 0;
			}
			if (t.has("scale")) {
				JsonElement s = t.get("scale");
				Vec3 k = s.isJsonPrimitive() ? new Vec3(s.getAsDouble(), s.getAsDouble(), s.getAsDouble()) : vector(s, "scale of " + id);
				scaled = k.x() != 1 || k.y() != 1 || k.z() != 1;
			}
		}
		return new Primitive(id, kind, params, axis, position, turned, scaled);
	}

	private static Operation operation(JsonElement e, int index) throws WebRecipeException {
		JsonObject o = object(e, "operation " + index);
		String type = null;
		for (String key : List.of("type", "op", "operation", "kind")) {
			if (o.has(key)) {
				type = string(o, key, true).toLowerCase(Locale.ROOT);
				break;
			}
		}
		if (type == null) {
			throw new WebRecipeException("operation " + index + " has no type (union, subtract or intersect)");
		}
		return new Operation(index, type, string(o, "targetId", true), string(o, "toolId", true));
	}

	private static JsonArray array(JsonObject o, String key) throws WebRecipeException {
		if (!o.get(key).isJsonArray()) {
			throw new WebRecipeException(key + " is not an array");
		}
		return o.getAsJsonArray(key);
	}

	private static JsonObject object(JsonElement e, String what) throws WebRecipeException {
		if (e == null || !e.isJsonObject()) {
			throw new WebRecipeException(what + " is not an object");
		}
		return e.getAsJsonObject();
	}

	private static String string(JsonObject o, String key, boolean required) throws WebRecipeException {
		JsonElement e = o.get(key);
		if (e == null || e.isJsonNull()) {
			if (required) {
				throw new WebRecipeException("the recipe has no \"" + key + "\"");
			}
			return null;
		}
		if (!e.isJsonPrimitive()) {
			throw new WebRecipeException("\"" + key + "\" is not a string");
		}
		return e.getAsString();
	}

	private static double number(JsonElement e, String what) throws WebRecipeException {
		if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || !Double.isFinite(e.getAsDouble())) {
			throw new WebRecipeException("\"" + what + "\" is not a number");
		}
		return e.getAsDouble();
	}

	private static Vec3 vector(JsonElement e, String what) throws WebRecipeException {
		if (e != null && e.isJsonArray() && e.getAsJsonArray().size() == 3) {
			JsonArray a = e.getAsJsonArray();
			return new Vec3(number(a.get(0), what), number(a.get(1), what), number(a.get(2), what));
		}
		if (e != null && e.isJsonObject()) {
			JsonObject o = e.getAsJsonObject();
			return new Vec3(number(o.get("x"), what + ".x"), number(o.get("y"), what + ".y"), number(o.get("z"), what + ".z"));
		}
		throw new WebRecipeException("\"" + what + "\" is not {x, y, z} or [x, y, z]");
	}

	private static String oneLine(String s) {
		return s == null ? "" : s.replaceAll("\\s+", " ").strip();
	}
}
