// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.svg;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingException;
import dev.partforge.drawing.Recipes;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;

/** Engineering drawings as SVG in millimetres (sheets of a practice set stacked in one document). */
public final class SvgExporter implements Exporter {

	@Override
	public String formatId() {
		return "svg";
	}

	@Override
	public String fileExtension() {
		return "svg";
	}

	@Override
	public String label() {
		return "SVG drawing (millimetres, true scale)";
	}

	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		List<ExportPart> parts = request.parts();
		SubMonitor sub = SubMonitor.convert(monitor, "Drawing " + parts.size() + " part(s) as SVG", parts.size() + 1);
		List<Sheet> sheets = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			sub.split(1);
			ExportPart p = parts.get(i);
			try {
				sheets.add(Drafter.draw(p.id(), Recipes.inUnits(p.recipe(), request.settings().units()),
						DrawingSettings.of(request.settings(), i + 1, parts.size())));
			} catch (DrawingException e) {
				throw new ExportException(e.getMessage(), e);
			}
		}
		sub.split(1);
		try {
			SvgDrawingWriter.write(sheets, parts.getFirst().recipe().name(), out);
		} catch (IOException e) {
			throw new ExportException("cannot write the SVG for " + parts.getFirst().id() + ": " + e.getMessage()
					+ " (check the target file and free space)", e);
		}
	}
}
