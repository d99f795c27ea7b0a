// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf;

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

/**
 * Engineering drawings as vector PDF: one sheet per part, preceded by a cover page listing the parts
 * when the request is a practice set. Honours paper, units, projection, title block, dimensions,
 * creator and date of the settings.
 */
public final class PdfExporter implements Exporter {

	@Override
	public String formatId() {
		return "pdf";
	}

	@Override
	public String fileExtension() {
		return "pdf";
	}

	@Override
	public String label() {
		return "PDF drawing (ISO 128, vector, true scale)";
	}

	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		List<ExportPart> parts = request.parts();
		SubMonitor sub = SubMonitor.convert(monitor, "Drawing " + parts.size() + " part(s) as PDF", parts.size() + 1);
		boolean cover = request.isSet();
		int offset = cover ? 1 : 0;
		List<Sheet> sheets = new ArrayList<>();
		List<PdfDrawingWriter.CoverEntry> entries = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			sub.split(1);
			ExportPart p = parts.get(i);
			try {
				sheets.add(Drafter.draw(p.id(), Recipes.inUnits(p.recipe(), request.settings().units()),
						DrawingSettings.of(request.settings(), i + 1 + offset, parts.size() + offset)));
			} catch (DrawingException e) {
				throw new ExportException(e.getMessage(), e);
			}
			entries.add(new PdfDrawingWriter.CoverEntry(p.id(), p.recipe().name(), p.recipe().difficulty().name().toLowerCase(java.util.Locale.ROOT),
					p.recipe().seed()));
		}
		sub.split(1);
		String title = cover ? "PartForge practice set (" + parts.size() + " parts)" : parts.getFirst().recipe().name();
		try {
			PdfDrawingWriter.write(sheets, cover ? entries : null, title, request.settings().creator(), out);
		} catch (IOException e) {
			throw new ExportException("cannot write the PDF for " + parts.getFirst().id() + (cover ? " and the other parts" : "") + ": "
					+ e.getMessage() + " (check the target file and free space)", e);
		}
	}
}
