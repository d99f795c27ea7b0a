// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Section views over generated parts (run through {@link JqwikPropertiesTest}): a part gets a section only when a
 * counterbore, blind hole or pocket sits in its top or bottom face (not when every plane through their axes would run
 * along a face of the part, see {@link SectionViewTest#planeAlongAFaceIsNotTaken()}); then every hatch line lies inside
 * the section outline, the cutting-plane letters match the label, the section shows no hidden line, and everything stays
 * inside the frame and off the title block.
 */
class SectionProperties {

	@Property(tries = 150)
	void sectionsAreCleanAndOnlyWhereNeeded(@ForAll Difficulty level, @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
			@ForAll Projection projection, @ForAll boolean inch) {
		Recipe r = RecipeGenerator.generate(level, seed, inch ? Units.INCH : Units.MM);
		Sheet s = Drafter.draw("P" + seed, r, DrawingOptions.defaults().withProjection(projection).withPaper(inch ? Paper.ANSI_B : Paper.A3));
		List<String> problems = new ArrayList<>(SheetChecks.insideFrame(s, true));
		problems.addAll(SheetChecks.textOverlaps(s));
		problems.addAll(SheetChecks.textOffViews(s));
		boolean section = !SectionGeometry.hatches(s).isEmpty() || !SectionGeometry.texts(s, "A-A").isEmpty();
		if (section) {
			problems.addAll(SectionGeometry.problems(s));
		}
		if (section && !needsSection(r)) {
			problems.add("a section on a part without hidden features");
		}
		if (section != Drafter.draw("P" + seed, r, DrawingOptions.defaults().withProjection(projection)).entities().stream()
				.anyMatch(Entity.Hatch.class::isInstance)) {
			problems.add("the section depends on the paper");
		}
		assertEquals(List.of(), problems, r.toString());
	}

	private static boolean needsSection(Recipe r) {
		for (Feature f : r.features()) {
			boolean hidden = switch (f) {
			case Counterbore c -> true;
			case Hole h -> !h.through();
			case Pocket p -> true;
			default -> false;
			};
			if (hidden && ("TOP".equals(f.face()) || "BOTTOM".equals(f.face()))) {
				return true;
			}
		}
		return false;
	}
}
