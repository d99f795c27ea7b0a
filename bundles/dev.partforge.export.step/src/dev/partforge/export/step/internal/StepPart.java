// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.internal;

import java.util.Locale;

import dev.partforge.geometry.Solid;
import dev.partforge.recipes.DifficultyScore;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.SolidBuilder;

/**
 * One part to write: its solid (millimetres) and product metadata.
 *
 * @param solid       the exact solid
 * @param id          product id (e.g. "PF-EXPERT-42")
 * @param name        product name (the part name)
 * @param description product description (seed, difficulty, score)
 */
public record StepPart(Solid solid, String id, String name, String description) {

	/**
	 * The part of a recipe: id "PF-&lt;LEVEL&gt;-&lt;seed&gt;", the recipe name, and a description with
	 * seed, difficulty, score and units (what the STEP PRODUCT carries).
	 *
	 * @param r a valid recipe
	 * @return its solid and metadata
	 * @throws dev.partforge.recipes.InvalidRecipeException when the recipe is invalid
	 */
	public static StepPart of(Recipe r) {
		return of(String.format(Locale.ROOT, "PF-%s-%d", r.difficulty(), r.seed()), r);
	}

	/**
	 * The part of a recipe under a given product id (the stored part's id when exporting).
	 *
	 * @param id the product id
	 * @param r  a valid recipe
	 * @return its solid and metadata
	 * @throws dev.partforge.recipes.InvalidRecipeException when the recipe is invalid
	 */
	public static StepPart of(String id, Recipe r) {
		String desc = String.format(Locale.ROOT, "PartForge practice part; seed=%d; difficulty=%s; score=%d; units=%s", r.seed(),
				r.difficulty(), DifficultyScore.of(r), r.units());
		return new StepPart(SolidBuilder.build(r), id, r.name(), desc);
	}
}
