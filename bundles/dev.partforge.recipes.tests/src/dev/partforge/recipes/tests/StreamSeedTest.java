// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;

/**
 * Golden stream seeds: every stored part was generated from these values, so they must not change with the order
 * or number of {@link Difficulty} constants. A deliberate change bumps {@link RecipeGenerator#VERSION}.
 */
final class StreamSeedTest {

	@Test
	void levelsHaveFixedOffsets() {
		assertEquals(31L, RecipeGenerator.streamSeed(Difficulty.BEGINNER, 1));
		assertEquals(63L, RecipeGenerator.streamSeed(Difficulty.INTERMEDIATE, 2));
		assertEquals(95L, RecipeGenerator.streamSeed(Difficulty.EXPERT, 3));
	}

	@Test
	void zeroSeedIsTheOffset() {
		assertEquals(0L, RecipeGenerator.streamSeed(Difficulty.BEGINNER, 0));
		assertEquals(1L, RecipeGenerator.streamSeed(Difficulty.INTERMEDIATE, 0));
		assertEquals(2L, RecipeGenerator.streamSeed(Difficulty.EXPERT, 0));
	}

	@Test
	void negativeAndWrappingSeeds() {
		assertEquals(-306172839508L, RecipeGenerator.streamSeed(Difficulty.EXPERT, -9876543210L));
		assertEquals(9223372036854775777L, RecipeGenerator.streamSeed(Difficulty.BEGINNER, Long.MAX_VALUE));
		assertEquals(-9223372036854775807L, RecipeGenerator.streamSeed(Difficulty.INTERMEDIATE, Long.MIN_VALUE));
	}
}
