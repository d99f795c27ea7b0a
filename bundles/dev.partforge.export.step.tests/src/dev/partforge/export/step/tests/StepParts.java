// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dev.partforge.export.step.internal.StepOptions;
import dev.partforge.export.step.internal.StepPart;
import dev.partforge.export.step.internal.StepWriter;
import dev.partforge.recipes.DifficultyScore;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.SolidBuilder;

/** Test helpers: recipe to StepPart, write to a string. */
final class StepParts {

	private StepParts() {
	}

	static StepPart of(Recipe r) {
		String id = String.format(Locale.ROOT, "PF-%s-%d", r.difficulty(), r.seed());
		String desc = String.format(Locale.ROOT, "PartForge practice part; seed=%d; difficulty=%s; score=%d; units=%s", r.seed(),
				r.difficulty(), DifficultyScore.of(r), r.units());
		return new StepPart(SolidBuilder.build(r), id, r.name(), desc);
	}

	static String write(List<StepPart> parts, StepOptions o) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StepWriter.write(parts, o, out);
		return out.toString(StandardCharsets.US_ASCII);
	}
}
