// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Storage form of a stock or feature (agreed with the persistence bundle): a kind id, a host face
 * ("" for the stock) and ordered named numeric parameters.
 *
 * @param kind   kind id (e.g. "block", "counterbore")
 * @param face   host face, "" for the stock
 * @param params ordered parameters (a defensive copy; the accessor returns a copy too)
 */
public record RecipeElement(String kind, String face, LinkedHashMap<String, Double> params) {

	/** Copies the parameters. */
	public RecipeElement {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(face, "face");
		params = new LinkedHashMap<>(params);
	}

	@Override
	public LinkedHashMap<String, Double> params() {
		return new LinkedHashMap<>(params);
	}

	/**
	 * @param name parameter name
	 * @return its value
	 * @throws InvalidRecipeException when it is missing or not a finite number
	 */
	public double require(String name) {
		Double v = params.get(name);
		if (v == null) {
			throw new InvalidRecipeException(where() + ": missing parameter '" + name + "'");
		}
		if (!Double.isFinite(v)) {
			throw new InvalidRecipeException(where() + ": parameter '" + name + "' must be a finite number, got " + v);
		}
		return v;
	}

	/**
	 * @param name parameter name
	 * @param min  smallest accepted value
	 * @param max  largest accepted value
	 * @return its value as a whole number
	 * @throws InvalidRecipeException when it is missing, not a whole number or outside {@code [min, max]}
	 */
	public int requireWhole(String name, int min, int max) {
		double v = require(name);
		if (v != Math.rint(v) || v < min || v > max) {
			throw new InvalidRecipeException(where() + ": parameter '" + name + "' must be a whole number from " + min
					+ " to " + max + ", got " + v);
		}
		return (int) v;
	}

	private String where() {
		return kind + (face.isEmpty() ? "" : " on " + face);
	}
}
