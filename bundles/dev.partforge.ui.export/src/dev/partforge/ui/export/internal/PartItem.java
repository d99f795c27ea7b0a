// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.util.Locale;

import dev.partforge.model.StoredPart;

/**
 * A part as the wizard lists it.
 *
 * @param id         the part id
 * @param name       the recipe name
 * @param difficulty the difficulty's name, or empty
 */
record PartItem(String id, String name, String difficulty) {

	static PartItem of(StoredPart part) {
		var recipe = part.getRecipe();
		String name = recipe == null || recipe.getName() == null ? part.getId() : recipe.getName();
		String difficulty = recipe == null || recipe.getDifficulty() == null ? ""
				: capitalized(recipe.getDifficulty().getLiteral());
		return new PartItem(part.getId(), name, difficulty);
	}

	private static String capitalized(String literal) {
		return literal.isEmpty() ? literal
				: literal.substring(0, 1).toUpperCase(Locale.ROOT) + literal.substring(1).toLowerCase(Locale.ROOT);
	}
}
