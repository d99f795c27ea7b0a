// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeCodec;
import dev.partforge.recipes.RecipeElement;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Storage codec and determinism over many seeds. */
final class RecipeCodecProperties {

	@Property(tries = 2000)
	void decodeOfEncodeIsIdentity(@ForAll Difficulty level, @ForAll long seed, @ForAll Units units) {
		Recipe r = RecipeGenerator.generate(level, seed, units);
		RecipeElement stock = RecipeCodec.encodeStock(r);
		List<RecipeElement> features = RecipeCodec.encodeFeatures(r);
		Recipe back = RecipeCodec.decode(r.name(), r.seed(), r.difficulty(), r.units(), r.generatorVersion(), stock, features);
		assertEquals(r, back);
		assertEquals(features, RecipeCodec.encodeFeatures(back));
	}

	@Property(tries = 500)
	void sameSeedSameRecipe(@ForAll Difficulty level, @ForAll long seed, @ForAll Units units) {
		assertEquals(RecipeGenerator.generate(level, seed, units), RecipeGenerator.generate(level, seed, units));
	}
}
