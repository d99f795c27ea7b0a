// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.pdf.PdfExporter;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/** 100 seeds per level exported to PDF, each checked by qpdf --check (an independent PDF parser). */
final class QpdfValidationTest {
	private static final int SEEDS = Integer.getInteger("partforge.validationSeeds", 100);

	@Test
	void everyDrawingIsAStructurallyValidPdf() throws Exception {
		Path dir = Tools.output("pdf-validation");
		List<String> failures = new ArrayList<>();
		int n = 0;
		for (Difficulty d : Difficulty.values()) {
			for (long seed = 1; seed <= SEEDS; seed++) {
				Path f = dir.resolve(d.name().toLowerCase(java.util.Locale.ROOT) + "-" + seed + ".pdf");
				try (OutputStream out = Files.newOutputStream(f)) {
					new PdfExporter().export(ExportRequest.of(new ExportPart("P-" + seed, RecipeGenerator.generate(d, seed, Units.MM)),
							ExportSettings.defaults()), out, new NullProgressMonitor());
				}
				Tools.Result r = Tools.run(dir, List.of("qpdf", "--check", f.toString()));
				n++;
				if (r.exit() != 0) {
					failures.add(f.getFileName() + ": " + r.output());
				}
			}
		}
		assertEquals(3 * SEEDS, n);
		assertEquals(List.of(), failures);
	}
}
