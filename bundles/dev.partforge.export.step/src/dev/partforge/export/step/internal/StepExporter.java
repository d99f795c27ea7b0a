// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.StepSchema;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Units;

/**
 * Exports parts as a STEP file (ISO 10303-21): one part as a single product, several as an assembly. Contributed
 * through {@code dev.partforge.export.exporters}; the Part 21 text is written by {@link StepWriter}.
 */
public final class StepExporter implements Exporter {

	@Override
	public String formatId() {
		return "step";
	}

	@Override
	public String fileExtension() {
		return "step";
	}

	@Override
	public String label() {
		return "STEP solid (ISO 10303-21)";
	}

	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		SubMonitor sub = SubMonitor.convert(monitor, "Writing STEP", request.parts().size() + 1);
		List<StepPart> parts = new ArrayList<>();
		for (ExportPart p : request.parts()) {
			sub.split(1).setTaskName("Building the solid of " + p.id());
			parts.add(stepPart(p));
		}
		StepOptions options = new StepOptions(
				request.settings().stepSchema() == StepSchema.AP242 ? StepOptions.Schema.AP242 : StepOptions.Schema.AP214,
				request.settings().units() == Units.INCH ? StepOptions.LengthUnit.INCH : StepOptions.LengthUnit.MM,
				fileName(request), LocalDateTime.of(request.settings().date(), LocalTime.MIDNIGHT)
						.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		sub.split(1).setTaskName("Writing STEP");
		try {
			StepWriter.write(parts, options, out);
		} catch (IOException e) {
			throw new ExportException("Cannot write the STEP file: " + e.getMessage(), e);
		}
	}

	static StepPart stepPart(ExportPart p) throws ExportException {
		try {
			return StepPart.of(p.id(), p.recipe());
		} catch (InvalidRecipeException e) {
			throw new ExportException("Part " + p.id() + " cannot be built: " + e.getMessage(), e);
		}
	}

	private static String fileName(ExportRequest request) {
		return request.isSet() ? "practice-set.step" : request.parts().get(0).id() + ".step";
	}
}
