// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.partforge.model.PartRecipe;
import dev.partforge.model.RecipeElement;
import dev.partforge.practice.internal.RecipeModels;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

class RecipeModelsTest {

	@Test
	void everyGeneratedRecipeSurvivesTheStoredForm() {
		int checked = 0;
		for (Difficulty d : Difficulty.values()) {
			for (Units u : Units.values()) {
				for (long seed = 1; seed <= 40; seed++) {
					Recipe r = RecipeGenerator.generate(d, seed, u);
					PartRecipe m = EcoreUtil.copy(RecipeModels.toModel("X-" + seed, r));
					assertEquals(r, RecipeModels.fromModel(m), "seed " + seed + " " + d + " " + u);
					assertEquals(d.name(), m.getDifficulty().getName());
					assertEquals(r.features().size(), m.getFeatures().size(), "one element per feature");
					checked++;
				}
			}
		}
		assertEquals(240, checked);
	}

	@Test
	void aDamagedStoredRecipeIsRejectedWithTheReason() {
		PartRecipe m = RecipeModels.toModel("D-1", RecipeGenerator.generate(Difficulty.EXPERT, 1, Units.MM));
		RecipeElement stock = m.getStock();
		stock.getParams().remove(0);
		InvalidRecipeException e = assertThrows(InvalidRecipeException.class, () -> RecipeModels.fromModel(m));
		assertTrue(e.getMessage().contains("missing parameter"), e.getMessage());
		assertThrows(InvalidRecipeException.class, () -> RecipeModels.fromModel(null));
	}
}
