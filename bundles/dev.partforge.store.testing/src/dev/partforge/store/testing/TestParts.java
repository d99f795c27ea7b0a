// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.testing;

import java.time.Instant;
import java.util.Date;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.PartRecipe;
import dev.partforge.model.RecipeElement;
import dev.partforge.model.RecipeParam;
import dev.partforge.model.StoredPart;
import dev.partforge.model.Units;
import dev.partforge.model.UserRecord;

/** Builders of model objects for store tests. */
public final class TestParts {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private TestParts() {
	}

	/**
	 * Builds a part with a recipe: a block stock and two features with ordered parameters.
	 *
	 * @param id the part id
	 * @param difficulty the recipe difficulty
	 * @return a new, detached part
	 */
	public static StoredPart part(String id, Difficulty difficulty) {
		StoredPart part = F.createStoredPart();
		part.setId(id);
		PartRecipe recipe = F.createPartRecipe();
		recipe.setId("recipe-" + id);
		recipe.setSeed(id.hashCode() * 31L);
		recipe.setName("Part " + id);
		recipe.setDifficulty(difficulty);
		recipe.setUnits(Units.MM);
		recipe.setGeneratorVersion(1);
		recipe.setDifficultyScore(difficulty.getValue() * 1.5 + 0.25);
		recipe.setStock(element("block", null, "length", 100, "width", 60, "height", 20));
		recipe.getFeatures().add(element("hole", "top", "diameter", 8, "depth", 20, "x", 30, "y", 30));
		recipe.getFeatures().add(element("pocket", "front", "width", 20, "depth", 5));
		part.setRecipe(recipe);
		return part;
	}

	/**
	 * Builds a recipe element.
	 *
	 * @param kind the kind
	 * @param face the face, or null
	 * @param params alternating names (String) and values (Number)
	 * @return the element
	 */
	public static RecipeElement element(String kind, String face, Object... params) {
		RecipeElement element = F.createRecipeElement();
		element.setKind(kind);
		element.setFace(face);
		for (int i = 0; i < params.length; i += 2) {
			RecipeParam param = F.createRecipeParam();
			param.setName((String) params[i]);
			param.setValue(((Number) params[i + 1]).doubleValue());
			element.getParams().add(param);
		}
		return element;
	}

	/**
	 * Builds an attempt record.
	 *
	 * @param partId the part
	 * @param timeMillis the time
	 * @param completed whether completed
	 * @param date the date, or null for "now"
	 * @return a new, detached record
	 */
	public static UserRecord record(String partId, long timeMillis, boolean completed, Instant date) {
		UserRecord record = F.createUserRecord();
		record.setPartId(partId);
		record.setTimeSpent(timeMillis);
		record.setCompleted(completed);
		if (date != null) {
			record.setDate(Date.from(date));
		}
		return record;
	}
}
