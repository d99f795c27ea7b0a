// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.PartRecipe;
import dev.partforge.model.RecipeElement;
import dev.partforge.model.RecipeParam;
import dev.partforge.practice.StoredEnums;
import dev.partforge.recipes.DifficultyScore;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Material;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeCodec;

/**
 * Converts between the recipe records of {@code dev.partforge.recipes} and their stored EMF form
 * ({@link PartRecipe}: kind, face and ordered named parameters per element), through {@link RecipeCodec}.
 */
public final class RecipeModels {

	private RecipeModels() {
	}

	/**
	 * Builds the stored form of a recipe.
	 *
	 * @param id     the part id, stored as the recipe id
	 * @param recipe the recipe
	 * @return a new, uncontained {@link PartRecipe}
	 */
	public static PartRecipe toModel(String id, Recipe recipe) {
		PartRecipe m = ModelFactory.eINSTANCE.createPartRecipe();
		m.setId(id);
		m.setName(recipe.name());
		m.setSeed(recipe.seed());
		m.setDifficulty(StoredEnums.toModel(recipe.difficulty()));
		m.setUnits(StoredEnums.toModel(recipe.units()));
		m.setGeneratorVersion(recipe.generatorVersion());
		m.setDifficultyScore(DifficultyScore.of(recipe));
		m.setMaterial(Material.forSeed(recipe.seed()).id());
		m.setStock(element(RecipeCodec.encodeStock(recipe)));
		for (dev.partforge.recipes.RecipeElement f : RecipeCodec.encodeFeatures(recipe)) {
			m.getFeatures().add(element(f));
		}
		return m;
	}

	/**
	 * Reads a recipe back from its stored form.
	 *
	 * @param m the stored recipe
	 * @return the recipe
	 * @throws InvalidRecipeException if a field is missing or the elements do not decode
	 */
	public static Recipe fromModel(PartRecipe m) {
		if (m == null) {
			throw new InvalidRecipeException("the part has no recipe");
		}
		if (m.getStock() == null || m.getDifficulty() == null || m.getUnits() == null) {
			throw new InvalidRecipeException("recipe " + m.getId() + " is incomplete (stock, difficulty or units missing)");
		}
		List<dev.partforge.recipes.RecipeElement> features = m.getFeatures().stream().map(RecipeModels::element)
				.toList();
		return RecipeCodec.decode(m.getName(), m.getSeed(), StoredEnums.fromModel(m.getDifficulty()),
				StoredEnums.fromModel(m.getUnits()), m.getGeneratorVersion(), element(m.getStock()), features);
	}

	private static RecipeElement element(dev.partforge.recipes.RecipeElement e) {
		RecipeElement m = ModelFactory.eINSTANCE.createRecipeElement();
		m.setKind(e.kind());
		m.setFace(e.face());
		for (Map.Entry<String, Double> p : e.params().entrySet()) {
			RecipeParam param = ModelFactory.eINSTANCE.createRecipeParam();
			param.setName(p.getKey());
			param.setValue(p.getValue());
			m.getParams().add(param);
		}
		return m;
	}

	private static dev.partforge.recipes.RecipeElement element(RecipeElement m) {
		LinkedHashMap<String, Double> params = new LinkedHashMap<>();
		for (RecipeParam p : m.getParams()) {
			params.put(p.getName(), p.getValue());
		}
		return new dev.partforge.recipes.RecipeElement(m.getKind() == null ? "" : m.getKind(),
				m.getFace() == null ? "" : m.getFace(), params);
	}
}
