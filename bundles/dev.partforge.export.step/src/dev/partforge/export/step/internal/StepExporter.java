// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.PartsExporter;
import dev.partforge.export.StepSchema;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Units;

/**
 * Exports parts as a STEP file (ISO 10303-21): one part as a single product, several as an assembly. Contributed
 * through {@code dev.partforge.export.exporters}; each part is prepared into its solid ({@link StepPart}), the
 * Part 21 text is written by {@link StepWriter}. Thread-safe: each call builds its own solids and entity table;
 * nothing is shared between calls.
 */
public final class StepExporter extends PartsExporter<StepPart> {

	/** Creates the exporter (extension point: public no-argument constructor). */
	public StepExporter() {
		super("STEP");
	}

	@Override
	protected StepPart prepare(ExportRequest request, int index) throws ExportException {
		ExportPart p = request.parts().get(index);
		try {
			return StepPart.of(p.id(), p.recipe());
		} catch (InvalidRecipeException e) {
			throw new ExportException("Part " + p.id() + " cannot be built: " + e.getMessage(), e);
		}
	}

	@Override
	protected void write(ExportRequest request, List<StepPart> parts, OutputStream out) throws IOException {
		StepOptions options = new StepOptions(
				request.settings().stepSchema() == StepSchema.AP242 ? StepOptions.Schema.AP242 : StepOptions.Schema.AP214,
				request.settings().units() == Units.INCH ? StepOptions.LengthUnit.INCH : StepOptions.LengthUnit.MM,
				fileName(request), LocalDateTime.of(request.settings().date(), LocalTime.MIDNIGHT)
						.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		StepWriter.write(parts, options, out);
	}

	private static String fileName(ExportRequest request) {
		return request.isSet() ? "practice-set.step" : request.parts().get(0).id() + ".step";
	}
}
