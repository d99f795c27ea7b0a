// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.PaperChoice;
import dev.partforge.export.drawing.DrawingSheets;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Material;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

class DrawingSheetsTest {

	private final ExportSettings settings = ExportSettings.defaults().withPaper(Paper.A2)
			.withProjection(Projection.THIRD_ANGLE).withTitle(false).withUnits(Units.INCH);

	@Test
	void mapsEverySettingThatConcernsDrawings() {
		DrawingOptions o = DrawingSheets.options(settings, 2, 3);
		assertEquals("A2", o.paper().name());
		assertEquals("THIRD_ANGLE", o.projection().name());
		assertFalse(o.includeTitle());
		assertEquals(settings.includeDimensions(), o.includeDimensions());
		assertEquals(settings.creator(), o.creator());
		assertEquals(LocalDate.now().toString(), o.date());
		assertEquals("\u00B10.010 in", o.generalTolerance());
		assertEquals(2, o.sheetNumber());
		assertEquals(3, o.sheetCount());
		assertEquals("ISO 2768-m", DrawingSheets.options(settings.withUnits(Units.MM), 1, 1).generalTolerance());
		assertTrue(o.includeIso(), "the isometric view by default");
		assertFalse(DrawingSheets.options(settings.withIso(false), 1, 1).includeIso());
	}

	/**
	 * Issue 15: a chosen paper is kept; automatic paper is the growing paper of the drawing's units' family (ISO A
	 * from A4 for millimetres, ANSI from ANSI A for inches), so a small and a large part get different sheets.
	 */
	@Test
	void automaticPaperGrowsFromTheSmallestSheetOfTheUnitsFamily() throws Exception {
		DrawingOptions chosen = DrawingSheets.options(settings, 1, 1);
		assertFalse(chosen.paperGrows(), "a chosen paper is kept");
		ExportSettings auto = settings.withPaper(PaperChoice.AUTOMATIC);
		DrawingOptions inch = DrawingSheets.options(auto, 1, 1);
		assertTrue(inch.paperGrows());
		assertEquals(Paper.ANSI_A, inch.paper());
		DrawingOptions mm = DrawingSheets.options(auto.withUnits(Units.MM), 1, 1);
		assertTrue(mm.paperGrows());
		assertEquals(Paper.A4, mm.paper());
		ExportRequest request = new ExportRequest(List.of(
				new ExportPart("B-1", RecipeGenerator.generate(Difficulty.BEGINNER, 1, Units.MM)),
				new ExportPart("E-2", RecipeGenerator.generate(Difficulty.EXPERT, 2, Units.MM))), auto.withUnits(Units.MM));
		Sheet small = DrawingSheets.sheet(request, 0, 0);
		Sheet large = DrawingSheets.sheet(request, 1, 0);
		assertEquals(Paper.A4, small.paper(), "a beginner plate fits A4");
		assertTrue(large.paper().width() * large.paper().height() > small.paper().width() * small.paper().height(),
				"an expert part takes a larger sheet: " + large.paper());
	}

	@Test
	void drawsEachPartNumberedAfterTheLeadingPages() throws Exception {
		ExportRequest request = new ExportRequest(List.of(
				new ExportPart("B-1", RecipeGenerator.generate(Difficulty.BEGINNER, 1, Units.MM)),
				new ExportPart("E-2", RecipeGenerator.generate(Difficulty.EXPERT, 2, Units.MM))), settings);
		Sheet first = DrawingSheets.sheet(request, 0, 1);
		Sheet second = DrawingSheets.sheet(request, 1, 1);
		assertEquals(List.of("B-1", "E-2"), List.of(first.partId(), second.partId()));
		assertEquals(List.of("2/3", "3/3"), List.of(first.title().get("Sheet"), second.title().get("Sheet")));
		assertEquals(Units.INCH, first.units());
	}

	/** The title block shows the part's material with its density. */
	@Test
	void showsTheMaterial() throws Exception {
		String material = Material.forSeed(1).describe();
		ExportRequest request = new ExportRequest(
				List.of(new ExportPart("B-1", RecipeGenerator.generate(Difficulty.BEGINNER, 1, Units.MM), material),
						new ExportPart("B-2", RecipeGenerator.generate(Difficulty.BEGINNER, 2, Units.MM))),
				settings.withTitle(true));
		assertEquals(material, DrawingSheets.sheet(request, 0, 0).title().get("Material"));
		assertEquals("not specified", DrawingSheets.sheet(request, 1, 0).title().get("Material"),
				"a part whose material is not known");
		assertTrue(material.matches(".+, \\d+\\.\\d\\d g/cm\u00B3"), material);
	}

	/**
	 * Issue 13: a part's sheet drawn once for its own file is renumbered for a set without drawing it again, to the
	 * sheet {@link DrawingSheets#sheet} draws for the set (title fields and entities).
	 */
	@Test
	void renumbersASheetDrawnForItsOwnFileForTheSet() throws Exception {
		ExportRequest set = new ExportRequest(List.of(
				new ExportPart("I-1", RecipeGenerator.generate(Difficulty.INTERMEDIATE, 1, Units.MM), "Steel"),
				new ExportPart("E-2", RecipeGenerator.generate(Difficulty.EXPERT, 2, Units.MM), "Brass")),
				settings.withTitle(true));
		Sheet own = DrawingSheets.sheet(ExportRequest.of(set.parts().get(1), set.settings()), 0, 0);
		long drawn = DrawingSheets.drawn();
		Sheet renumbered = DrawingSheets.renumber(own, set, 1, 1);
		assertEquals(drawn, DrawingSheets.drawn(), "renumbering draws nothing");
		Sheet fresh = DrawingSheets.sheet(set, 1, 1);
		assertEquals(drawn + 1, DrawingSheets.drawn(), "drawing is counted");
		assertEquals("3/3", renumbered.title().get("Sheet"));
		assertEquals(fresh.title(), renumbered.title());
		assertEquals(fresh.entities().size(), renumbered.entities().size());
		assertEquals(fresh.entities().getLast(), renumbered.entities().getLast());
		assertThrows(IllegalArgumentException.class, () -> DrawingSheets.renumber(own, set, 0, 1),
				"the sheet of another part");
	}
}
