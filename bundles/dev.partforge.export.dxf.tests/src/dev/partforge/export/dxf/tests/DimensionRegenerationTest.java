// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * What CAD programs show after they rebuild our dimensions from their attributes (LibreCAD always,
 * AutoCAD after an edit or a regeneration): 34 seeds per level (102 parts, every other one in
 * inches) exported to DXF, and scripts/check-dxf-regen.py rebuilds every DIMENSION with ezdxf's
 * dimension renderer from the entity's own attributes and compares text, text position (1 mm on
 * paper) and rotation with the stored block.
 */
final class DimensionRegenerationTest {
	private static final int SEEDS = Integer.getInteger("partforge.regenerationSeeds", 34);

	@Test
	void everyDimensionRegeneratesAsStored() throws Exception {
		Path dir = Validator.outputDir("dxf-regeneration");
		int files = 0;
		for (Difficulty d : Difficulty.values()) {
			for (long seed = 1; seed <= SEEDS; seed++) {
				Units units = seed % 2 == 0 ? Units.INCH : Units.MM;
				String name = d.name().toLowerCase(Locale.ROOT) + "-" + seed + (units == Units.INCH ? "-in" : "");
				Validator.writeDxf(dir, name, RecipeGenerator.generate(d, seed, units), units);
				files++;
			}
		}
		String out = Validator.python("check-dxf-regen.py", dir.toString());
		Matcher m = Pattern.compile("regenerated (\\d+) dimensions in (\\d+) files: 0 differ").matcher(out);
		assertTrue(m.find(), out);
		assertTrue(Integer.parseInt(m.group(2)) == files, out);
		assertTrue(Integer.parseInt(m.group(1)) >= 5 * files, "at least 5 dimensions per part: " + out);
	}
}
