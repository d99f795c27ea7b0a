// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.partforge.export.ExportPart;
import dev.partforge.model.PartRecipe;
import dev.partforge.model.StoredPart;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Material;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Units;
import dev.partforge.store.StoreException;

/**
 * The practice-part library: generates parts from seeded recipes into the store and turns stored parts back into
 * recipes, solids' facts and export parts. An OSGi service; the workbench and the command line share it.
 * <p>
 * Part ids are derived from what defines a part, so generating the same level, seed and units twice gives the same
 * part: {@code B-42}, {@code I-42}, {@code E-42} (Beginner, Intermediate, Expert), with {@code -IN} appended for inch
 * parts.
 *
 * @noimplement provided by PartForge
 */
public interface PartLibrary {

	/**
	 * Generates a part and stores it; if the part exists already, returns it unchanged.
	 *
	 * @param difficulty the level
	 * @param seed       the seed, or empty for a random one
	 * @param units      the units of the recipe
	 * @return the stored part
	 * @throws StoreException if it cannot be stored
	 */
	default StoredPart generate(Difficulty difficulty, OptionalLong seed, Units units) throws StoreException {
		return generate(difficulty, seed, units, Optional.empty());
	}

	/**
	 * Generates a part with a chosen name and stores it; an existing part with the same id is renamed.
	 *
	 * @param difficulty the level
	 * @param seed       the seed, or empty for a random one
	 * @param units      the units of the recipe
	 * @param name       the part's name, or empty for the generated name
	 * @return the stored part
	 * @throws StoreException if it cannot be stored
	 */
	StoredPart generate(Difficulty difficulty, OptionalLong seed, Units units, Optional<String> name)
			throws StoreException;

	/**
	 * Generates the parts of {@code count} consecutive seeds from {@code firstSeed} on and stores the new ones in
	 * chunked commits ({@link dev.partforge.store.PartStore#putParts}: one transaction per chunk of parts, not one per part); a part whose
	 * id is stored already is returned as stored and not changed. What a worksheet of many parts uses.
	 *
	 * @param difficulty the level
	 * @param firstSeed  the first seed
	 * @param count      how many parts, at least 1
	 * @param units      the units
	 * @return the parts in seed order: the stored state of existing ones, the generated ones as stored (id, recipe)
	 * @throws StoreException if the store cannot be read or written
	 */
	List<StoredPart> generateAll(Difficulty difficulty, long firstSeed, int count, Units units) throws StoreException;

	/**
	 * Stores a part made outside the generator (an imported recipe) under a new id. An existing part is
	 * never touched: when the id is taken nothing is stored.
	 *
	 * @param id     the new part's id
	 * @param recipe a recipe
	 * @return the stored part
	 * @throws InvalidRecipeException if the recipe breaks a rule (the message says which)
	 * @throws StoreException         if a part with that id exists already, or the part cannot be stored
	 */
	StoredPart add(String id, Recipe recipe) throws StoreException;

	/**
	 * Reads a stored part's recipe.
	 *
	 * @param part a stored part
	 * @return its recipe, validated
	 * @throws InvalidRecipeException if the stored recipe is incomplete or breaks a rule (the message says which)
	 */
	Recipe recipe(StoredPart part);

	/**
	 * Returns a stored part's material: its stored id, or for a part from before schema v4 (or with an id this version
	 * does not know) the material its seed gives, which is what it was given when generated.
	 *
	 * @param part a stored part
	 * @return the material
	 */
	default Material material(StoredPart part) {
		PartRecipe recipe = part.getRecipe();
		return recipe == null ? Material.forSeed(0) : Material.of(recipe.getMaterial(), recipe.getSeed());
	}

	/**
	 * Prepares a stored part for an exporter.
	 *
	 * @param part a stored part
	 * @return the export part (id and recipe)
	 * @throws InvalidRecipeException if the stored recipe is invalid
	 */
	ExportPart exportPart(StoredPart part);

	/**
	 * Computes a part's mass properties and difficulty score.
	 *
	 * @param part a stored part
	 * @return the facts
	 * @throws InvalidRecipeException if the stored recipe is invalid
	 */
	PartFacts facts(StoredPart part);

	/**
	 * Returns the id a generated part gets.
	 *
	 * @param difficulty the level
	 * @param seed       the seed
	 * @param units      the units
	 * @return e.g. {@code I-42} or {@code E-7-IN}
	 */
	static String partId(Difficulty difficulty, long seed, Units units) {
		return difficulty.name().charAt(0) + "-" + seed + (units == Units.INCH ? "-IN" : "");
	}
}
