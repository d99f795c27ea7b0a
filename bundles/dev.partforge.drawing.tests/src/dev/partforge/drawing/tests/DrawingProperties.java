// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Recipes;
import dev.partforge.drawing.Sheet;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of drawings of generated parts (run through {@link JqwikPropertiesTest} inside OSGi):
 * dimension texts never overlap each other or a view, everything lies inside the frame and outside the title block, every
 * dimension states and measures its value, and the recipe can be rebuilt from the dimensions alone.
 */
class DrawingProperties {

	@Property(tries = 120)
	void drawingsAreCleanAndDefineThePart(@ForAll Difficulty level, @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
			@ForAll Projection projection, @ForAll boolean inch) {
		Units units = inch ? Units.INCH : Units.MM;
		Recipe r = RecipeGenerator.generate(level, seed, units);
		Sheet s = Drafter.draw("P" + seed, r, DrawingOptions.defaults().withProjection(projection).withPaper(inch ? Paper.ANSI_B : Paper.A3));
		List<String> problems = new ArrayList<>();
		problems.addAll(SheetChecks.textOverlaps(s));
		problems.addAll(SheetChecks.textOffViews(s));
		problems.addAll(SheetChecks.insideFrame(s, true));
		problems.addAll(SheetChecks.dimensionsMeasure(s));
		assertEquals(List.of(), problems, r.toString());
		assertEquals(r, new RecipeFromDrawing(s).rebuild(r), "recipe rebuilt from the drawing's dimensions");
	}

	@Property(tries = 30)
	void millimetrePartsDrawnInInchesStateInchValues(@ForAll Difficulty level, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
		Recipe mm = RecipeGenerator.generate(level, seed, Units.MM);
		Recipe in = Recipes.inUnits(mm, Units.INCH);
		Sheet s = Drafter.draw("P" + seed, in, DrawingOptions.defaults().withPaper(Paper.ANSI_B));
		assertEquals(List.of(), SheetChecks.dimensionsMeasure(s));
		assertEquals(mm.stock().width() / 25.4, new RecipeFromDrawing(s).rebuild(in).stock().width(), 1e-12);
	}
}
