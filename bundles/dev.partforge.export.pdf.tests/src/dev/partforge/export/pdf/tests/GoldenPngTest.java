// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.pdf.PdfDrawingWriter;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * Renders the three golden drawings (see dev.partforge.drawing.tests.GoldenDrawingsTest) to PDF and,
 * with poppler's pdftoppm at 100 dpi, to PNG under docs/drawings/ of the repository, so that a person
 * can look at them. The build makes them; they are committed.
 */
final class GoldenPngTest {

	@Test
	void rendersGoldenDrawings() throws Exception {
		Path docs = repository().resolve("docs/drawings");
		Files.createDirectories(docs);
		Path tmp = Tools.output("golden");
		record Golden(String name, Difficulty level, long seed) {
		}
		for (Golden g : List.of(new Golden("beginner-1", Difficulty.BEGINNER, 1), new Golden("intermediate-7", Difficulty.INTERMEDIATE, 7),
				new Golden("expert-2", Difficulty.EXPERT, 2))) {
			Sheet s = Drafter.draw("GOLD-" + g.seed(), RecipeGenerator.generate(g.level(), g.seed(), Units.MM), DrawingOptions.defaults());
			Path pdf = tmp.resolve(g.name() + ".pdf");
			try (OutputStream out = Files.newOutputStream(pdf)) {
				PdfDrawingWriter.write(List.of(s), null, g.name(), "PartForge", out);
			}
			Path png = docs.resolve(g.name() + ".png");
			Tools.Result r = Tools.run(tmp, List.of("pdftoppm", "-png", "-r", "100", "-singlefile", pdf.toString(),
					docs.resolve(g.name()).toString()));
			assertEquals(0, r.exit(), r.output());
			assertTrue(Files.size(png) > 10_000, "rendered " + png);
		}
	}

	/** @return the repository root: the nearest ancestor of the working directory with docs/ and bundles/ */
	private static Path repository() {
		Path p = Path.of("").toAbsolutePath();
		while (p != null && !(Files.isDirectory(p.resolve("docs")) && Files.isDirectory(p.resolve("bundles")))) {
			p = p.getParent();
		}
		if (p == null) {
			throw new AssertionError("no repository root above " + Path.of("").toAbsolutePath());
		}
		return p;
	}
}
