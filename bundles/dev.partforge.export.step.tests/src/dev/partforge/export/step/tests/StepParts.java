// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.partforge.export.step.internal.StepOptions;
import dev.partforge.export.step.internal.StepPart;
import dev.partforge.export.step.internal.StepWriter;
import dev.partforge.recipes.Recipe;

/** Test helpers: recipe to StepPart, write to a string. */
final class StepParts {

	private StepParts() {
	}

	static StepPart of(Recipe r) {
		return StepPart.of(r);
	}

	static String write(List<StepPart> parts, StepOptions o) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StepWriter.write(parts, o, out);
		return out.toString(StandardCharsets.US_ASCII);
	}
}
