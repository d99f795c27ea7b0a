// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * Issue 15, "a chosen paper must be kept", over 300 seeded parts (all levels, mm and inch, both projection methods) on a
 * chosen A3 and a chosen A4 each: every sheet is the chosen size, everything lies inside the frame and off the title
 * block, no dimension text overlaps another or a view, no view overlaps another, and no label or letter (view labels,
 * section letters) overlaps another text or a view. Printed: how the drawings were fitted (scales, compact lettering, no
 * isometric view).
 */
final class ChosenPaperPropertiesTest {
	private static final int PARTS = 300;
	private static final Paper[] CHOSEN = { Paper.A3, Paper.A4 };

	@Test
	void chosenPaperIsAlwaysKeptAndTheDrawingStaysClean() {
		List<String> problems = new ArrayList<>();
		for (Paper chosen : CHOSEN) {
			Map<String, Integer> scales = new TreeMap<>();
			int compact = 0;
			int noIso = 0;
			int referenced = 0;
			for (int i = 0; i < PARTS; i++) {
				Difficulty level = Difficulty.values()[i % Difficulty.values().length];
				Units units = i % 2 == 0 ? Units.MM : Units.INCH;
				long seed = 1_000 + i * 7_919L;
				Recipe r = RecipeGenerator.generate(level, seed, units);
				DrawingOptions o = DrawingOptions.defaults().withProjection(i % 3 == 0 ? Projection.THIRD_ANGLE : Projection.FIRST_ANGLE)
						.withPaper(chosen);
				Sheet s = Drafter.draw("C" + seed, r, o);
				String part = chosen + " " + level + " " + units + " seed " + seed + ": ";
				if (s.paper() != chosen) {
					problems.add(part + "drawn on " + s.paper() + " at " + s.scale());
				}
				List<String> found = new ArrayList<>();
				found.addAll(SheetChecks.insideFrame(s, true));
				found.addAll(SheetChecks.textOverlaps(s));
				found.addAll(SheetChecks.textOffViews(s));
				found.addAll(SheetChecks.labelsClear(s));
				found.forEach(p -> problems.add(part + p));
				scales.merge(s.scale().toString(), 1, Integer::sum);
				compact += s.dimensions().stream().flatMap(d -> d.graphics().stream())
						.anyMatch(g -> g instanceof Entity.Text t && t.height() < 3.5) ? 1 : 0;
				referenced += s.on(Layer.TEXT).stream().anyMatch(e -> e instanceof Entity.Text t && t.text().equals("B")) ? 1 : 0;
				noIso += s.views().stream().anyMatch(v -> v.kind() == ViewKind.ISOMETRIC) ? 0 : 1;
			}
			System.out.printf(Locale.ROOT,
					"chosen %s: %d parts, scales %s, %d with compact lettering, %d with views moved off the projection grid (reference"
							+ " arrows), %d without the isometric view%n",
					chosen, PARTS, scales, compact, referenced, noIso);
		}
		assertEquals(List.of(), problems);
	}
}
