// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * Golden recipes: fixed (level, seed, units) must give exactly these recipes on every JVM and
 * machine. A deliberate generator change bumps {@link RecipeGenerator#VERSION} and these texts.
 */
final class GoldenRecipesTest {

	private static final String[] GOLDEN = {
			"""
			Beginner round #1|1|BEGINNER|MM|v4
			round width=100.0 length=100.0 height=20.0 a=0.0 b=0.0 corner=0.0 cornerSize=0.0
			hole@TOP u=30.0 v=73.0 diameter=8.0 depth=0.0 through=1.0 pattern=0.0
			hole@TOP u=18.0 v=36.0 diameter=5.0 depth=10.0 through=0.0 pattern=0.0
			pocket@TOP u=84.0 v=52.0 length=10.0 width=8.0 cornerRadius=3.0 depth=2.0 pattern=0.0
			""",
			"""
			Intermediate block #2|2|INTERMEDIATE|INCH|v4
			block width=3.9375 length=3.9375 height=1.75 a=0.0 b=0.0 corner=1.0 cornerSize=0.125
			countersink@SIDE2 u=2.25 v=1.375 diameter=0.1875 depth=0.1875 through=0.0 csDiameter=0.375 pattern=0.0
			countersink@TOP u=1.25 v=1.25 diameter=0.125 depth=0.6875 through=0.0 csDiameter=0.375 pattern=0.0
			countersink@TOP u=1.375 v=3.25 diameter=0.125 depth=0.5 through=0.0 csDiameter=0.25 pattern=0.0
			pocket@TOP u=2.75 v=0.875 length=1.25 width=1.1875 cornerRadius=0.125 depth=0.1875 pattern=0.0
			slot@TOP u=2.5 v=2.5 length=1.3125 width=0.25 depth=0.0625 pattern=0.0
			""",
			"""
			Expert u-profile #3|3|EXPERT|MM|v4
			u-profile width=150.0 length=80.0 height=50.0 a=22.0 b=17.0 corner=1.0 cornerSize=5.0
			hole@SIDE4 u=40.0 v=19.0 diameter=6.0 depth=5.0 through=0.0 pattern=1.0 count=2.0 du=14.0 dv=0.0
			pocket@SIDE7 u=40.0 v=15.0 length=40.0 width=22.0 cornerRadius=1.0 depth=2.0 pattern=0.0
			countersink@SIDE4 u=81.0 v=44.0 diameter=3.0 depth=3.5 through=0.0 csDiameter=5.0 pattern=1.0 count=2.0 du=9.0 dv=0.0
			counterbore@SIDE0 u=111.0 v=8.0 diameter=5.0 depth=6.0 through=0.0 cbDiameter=10.0 cbDepth=3.0 pattern=1.0 count=2.0 du=16.0 dv=0.0
			countersink@SIDE0 u=130.0 v=35.0 diameter=4.0 depth=5.0 through=0.0 csDiameter=10.0 pattern=0.0
			slot@SIDE0 u=35.0 v=25.0 length=20.0 width=10.0 depth=5.0 pattern=0.0
			counterbore@SIDE4 u=65.0 v=22.0 diameter=6.0 depth=5.0 through=0.0 cbDiameter=10.0 cbDepth=4.0 pattern=0.0
			counterbore@SIDE7 u=39.0 v=42.0 diameter=8.0 depth=5.0 through=0.0 cbDiameter=12.0 cbDepth=4.0 pattern=0.0
			countersink@SIDE1 u=61.0 v=6.0 diameter=3.0 depth=5.0 through=0.0 csDiameter=5.0 pattern=0.0
			""",
			"""
			Expert t-profile #-9876543210|-9876543210|EXPERT|INCH|v4
			t-profile width=3.9375 length=4.3125 height=1.1875 a=1.4375 b=0.8125 corner=2.0 cornerSize=0.25
			counterbore@SIDE7 u=1.0 v=0.875 diameter=0.1875 depth=0.1875 through=0.0 cbDiameter=0.375 cbDepth=0.0625 pattern=0.0
			countersink@SIDE4 u=2.0 v=0.625 diameter=0.25 depth=0.1875 through=0.0 csDiameter=0.375 pattern=0.0
			hole@SIDE1 u=2.25 v=0.625 diameter=0.125 depth=0.125 through=0.0 pattern=1.0 count=2.0 du=0.375 dv=0.0
			counterbore@TOP u=2.375 v=1.75 diameter=0.25 depth=0.0 through=1.0 cbDiameter=0.4375 cbDepth=0.1875 pattern=0.0
			countersink@SIDE4 u=2.5 v=0.5 diameter=0.1875 depth=0.1875 through=0.0 csDiameter=0.25 pattern=0.0
			countersink@SIDE7 u=2.875 v=0.75 diameter=0.125 depth=0.25 through=0.0 csDiameter=0.375 pattern=0.0
			countersink@SIDE4 u=0.875 v=0.875 diameter=0.1875 depth=0.3125 through=0.0 csDiameter=0.3125 pattern=0.0
			countersink@BOTTOM u=1.875 v=2.375 diameter=0.25 depth=0.0 through=1.0 csDiameter=0.3125 pattern=0.0
			""",
			"""
			Beginner block #2|2|BEGINNER|MM|v4
			block width=60.0 length=70.0 height=10.0 a=0.0 b=0.0 corner=0.0 cornerSize=0.0
			hole@TOP u=12.0 v=57.0 diameter=3.0 depth=0.0 through=1.0 pattern=0.0
			pocket@TOP u=28.0 v=15.0 length=26.0 width=12.0 cornerRadius=1.0 depth=2.0 pattern=0.0
			slot@TOP u=29.0 v=56.0 length=25.0 width=5.0 depth=5.0 pattern=0.0
			""" };

	@Test
	void beginnerSeed1Millimetres() {
		assertEquals(GOLDEN[0], Golden.of(RecipeGenerator.generate(Difficulty.BEGINNER, 1, Units.MM)));
	}

	@Test
	void intermediateSeed2Inch() {
		assertEquals(GOLDEN[1], Golden.of(RecipeGenerator.generate(Difficulty.INTERMEDIATE, 2, Units.INCH)));
	}

	@Test
	void expertSeed3Millimetres() {
		assertEquals(GOLDEN[2], Golden.of(RecipeGenerator.generate(Difficulty.EXPERT, 3, Units.MM)));
	}

	/**
	 * Beginner seed 2 gave a plate with one through hole in generator version 3 (score 4, below the beginner minimum
	 * 6); version 4 draws it again from the first derived sub-seed that scores enough.
	 */
	@Test
	void beginnerSeed2DrawnAgain() {
		assertEquals(GOLDEN[4], Golden.of(RecipeGenerator.generate(Difficulty.BEGINNER, 2, Units.MM)));
	}

	@Test
	void expertNegativeSeedInch() {
		assertEquals(GOLDEN[3], Golden.of(RecipeGenerator.generate(Difficulty.EXPERT, -9876543210L, Units.INCH)));
	}
}
