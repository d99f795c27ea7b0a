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
	 * @throws InvalidRecipeException when it is missing
	 */
	public double require(String name) {
		Double v = params.get(name);
		if (v == null) {
			throw new InvalidRecipeException(kind + (face.isEmpty() ? "" : " on " + face) + ": missing parameter '" + name + "'");
		}
		return v;
	}
}
