// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.partforge.check.step.ModelProperties;
import dev.partforge.check.step.StepCheck;
import dev.partforge.check.step.StepCheckResult;
import dev.partforge.check.step.StepModel;
import dev.partforge.check.step.StepModelReader;
import dev.partforge.export.step.internal.StepOptions;
import dev.partforge.export.step.internal.StepPart;
import dev.partforge.export.step.internal.StepWriter;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Units;

/** PartForge's own STEP export of seeded parts (mm and inch files, AP214 and AP242) passes the check. */
final class PartForgeStepTest {

	@ParameterizedTest
	@EnumSource(Difficulty.class)
	void theExportOfEveryPartPasses(Difficulty level) throws Exception {
		for (int seed = 0; seed < 12; seed++) {
			Recipe r = RecipeGenerator.generate(level, seed, seed % 3 == 0 ? Units.INCH : Units.MM);
			StepOptions.LengthUnit unit = seed % 2 == 0 ? StepOptions.LengthUnit.MM : StepOptions.LengthUnit.INCH;
			StepOptions o = new StepOptions(seed % 4 < 2 ? StepOptions.Schema.AP214 : StepOptions.Schema.AP242, unit, "p.step",
					"2026-01-01T00:00:00");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			StepWriter.write(List.of(StepPart.of(r)), o, out);
			StepModel m = StepModelReader.read(out.toString(StandardCharsets.US_ASCII));
			ModelProperties exact = ModelProperties.of(SolidBuilder.build(r));
			StepCheckResult result = StepCheck.compare(exact, m.properties(), StepCheck.DEFAULT_TOLERANCE);
			String what = level + " seed " + seed + " " + unit + ": " + result.summary();
			assertTrue(result.passed(), what);
			assertEquals(exact.volume(), m.properties().volume(), 1e-8 * exact.volume(), what);
			assertEquals(unit == StepOptions.LengthUnit.MM ? "millimetre" : "inch", m.lengthUnit(), what);
			assertEquals(o.schema() == StepOptions.Schema.AP214 ? "AP214" : "AP242", m.protocol(), what);
		}
	}
}
