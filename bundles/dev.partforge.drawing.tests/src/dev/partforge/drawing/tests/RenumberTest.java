// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * {@link Drafter#renumber}: a sheet drawn as sheet 1 of 1 and renumbered is, entity for entity and bit for bit, the
 * sheet drawn afresh with the new number (what lets an export draw each part once for its own file and the set's PDF).
 */
final class RenumberTest {

	@Test
	void renumberedSheetIsTheSheetDrawnWithThatNumber() {
		for (Difficulty level : Difficulty.values()) {
			for (long seed = 1; seed <= 3; seed++) {
				Units units = seed == 2 ? Units.INCH : Units.MM;
				Recipe recipe = RecipeGenerator.generate(level, seed, units);
				DrawingOptions one = DrawingOptions.defaults().withTitleBlock("Ann", "2026-12-05", "Practice drawing",
						"Steel S235, 7.85 g/cm\u00B3", "ISO 2768-m")
						.withProjection(seed == 3 ? Projection.THIRD_ANGLE : Projection.FIRST_ANGLE)
						.withPaper(units == Units.INCH ? Paper.ANSI_B : Paper.A3);
				Sheet drawn = Drafter.draw("R-" + seed, recipe, one);
				for (int[] n : new int[][] { { 2, 3 }, { 17, 501 }, { 1, 1 } }) {
					DrawingOptions numbered = one.withSheet(n[0], n[1]);
					Sheet renumbered = Drafter.renumber(drawn, numbered);
					Sheet fresh = Drafter.draw("R-" + seed, recipe, numbered);
					assertEquals(DeterministicDrawingTest.dump(fresh), DeterministicDrawingTest.dump(renumbered),
							level + " seed " + seed + " as " + n[0] + "/" + n[1]);
					assertEquals(fresh.title(), renumbered.title());
					assertEquals(n[0] + "/" + n[1], renumbered.title().get("Sheet"));
					assertEquals(fresh.views(), renumbered.views());
					assertEquals(fresh.scale(), renumbered.scale());
					assertEquals(fresh.paper(), renumbered.paper());
				}
			}
		}
	}

	@Test
	void aSheetWithoutTitleBlockChangesOnlyItsTitleFields() {
		Recipe recipe = RecipeGenerator.generate(Difficulty.INTERMEDIATE, 5, Units.MM);
		DrawingOptions bare = DrawingOptions.defaults().withContent(false, true);
		Sheet drawn = Drafter.draw("R-5", recipe, bare);
		Sheet renumbered = Drafter.renumber(drawn, bare.withSheet(4, 9));
		assertEquals(DeterministicDrawingTest.dump(Drafter.draw("R-5", recipe, bare.withSheet(4, 9))),
				DeterministicDrawingTest.dump(renumbered));
		assertEquals("4/9", renumbered.title().get("Sheet"));
	}

	@Test
	void optionsThatDoNotMatchTheSheetAreRefused() {
		Recipe recipe = RecipeGenerator.generate(Difficulty.BEGINNER, 7, Units.MM);
		Sheet untitled = Drafter.draw("R-7", recipe, DrawingOptions.defaults().withContent(false, true));
		assertThrows(IllegalArgumentException.class,
				() -> Drafter.renumber(untitled, DrawingOptions.defaults().withSheet(2, 2)));
	}
}
