// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.partforge.export.DxfVersion;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * The R12 (AC1009) option: 20 seeds per level (every fourth in inches) exported as R2013 and as R12;
 * scripts/check-dxf-r12.py (ezdxf) reads every R12 file strictly, audits it clean and compares it
 * with its R2013 twin: same layers, same number of lines, arcs, circles, arrowheads and texts per
 * layer with the R2013 dimensions and callouts exploded, same texts, same extents. Our own reader
 * checks the plain R12 structure: no handles, no entity types newer than R12, Windows-1252 text.
 */
final class DxfR12Test {
	private static final int SEEDS = Integer.getInteger("partforge.r12Seeds", 20);

	@Test
	void r12HasTheGeometryOfR2013() throws Exception {
		Path dir = Validator.outputDir("dxf-r12");
		int pairs = 0;
		for (Difficulty d : Difficulty.values()) {
			for (long seed = 1; seed <= SEEDS; seed++) {
				Units units = seed % 4 == 0 ? Units.INCH : Units.MM;
				String name = d.name().toLowerCase(Locale.ROOT) + "-" + seed;
				Validator.writeDxf(dir, name, RecipeGenerator.generate(d, seed, units), units);
				Validator.writeDxf(dir.resolve(name + "-r12.dxf"), name, RecipeGenerator.generate(d, seed, units), units, DxfVersion.R12);
				plainR12(Files.readAllBytes(dir.resolve(name + "-r12.dxf")));
				pairs++;
			}
		}
		String out = Validator.python("check-dxf-r12.py", dir.toString());
		assertTrue(out.contains("compared " + pairs + " R12/R2013 pairs"), out);
	}

	private static void plainR12(byte[] bytes) {
		String text = new String(bytes, Charset.forName("windows-1252"));
		DxfReader dxf = new DxfReader(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertEquals("AC1009", dxf.header().get("$ACADVER").getFirst()[1]);
		assertEquals(List.of("HEADER", "TABLES", "BLOCKS", "ENTITIES"), List.copyOf(dxf.sections.keySet()));
		Set<String> types = new HashSet<>();
		for (List<String[]> e : dxf.sections.get("ENTITIES")) {
			types.add(e.getFirst()[1]);
			assertTrue(DxfReader.get(e, 5) == null, "no handles in R12");
			assertTrue(DxfReader.get(e, 8) != null, "a layer on every entity");
		}
		assertTrue(Set.of("LINE", "ARC", "CIRCLE", "SOLID", "TEXT").containsAll(types), "R12 entity types only: " + types);
		assertTrue(types.contains("TEXT") && types.contains("LINE"), "texts and lines: " + types);
	}
}
