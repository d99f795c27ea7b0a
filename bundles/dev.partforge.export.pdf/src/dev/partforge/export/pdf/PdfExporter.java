// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.drawing.DrawingExporter;

/**
 * Engineering drawings as vector PDF: one sheet per part, preceded by a cover page listing the parts
 * when the request is a practice set. Honours paper, units, projection, title block, dimensions,
 * creator and date of the settings.
 * <p>
 * Thread-safe (exports run on several threads at once, e.g. {@code partforge worksheet}): each call writes its own
 * PDFBox document; the only state shared between documents is the fallback fonts' character maps, read once under a
 * lock and then only read ({@code PdfFonts}).
 */
public final class PdfExporter extends DrawingExporter {

	/** Creates the exporter (extension point: public no-argument constructor). */
	public PdfExporter() {
		super("PDF");
	}

	@Override
	protected int leadingSheets(ExportRequest request) {
		return request.isSet() ? 1 : 0;
	}

	@Override
	protected void write(ExportRequest request, List<Sheet> sheets, OutputStream out) throws IOException {
		List<ExportPart> parts = request.parts();
		boolean cover = request.isSet();
		List<PdfDrawingWriter.CoverEntry> entries = parts.stream()
				.map(p -> new PdfDrawingWriter.CoverEntry(p.id(), p.recipe().name(),
						p.recipe().difficulty().name().toLowerCase(Locale.ROOT), p.recipe().seed()))
				.toList();
		String title = cover ? "PartForge practice set (" + parts.size() + " parts)" : parts.getFirst().recipe().name();
		PdfDrawingWriter.write(sheets, cover ? entries : null, title, request.settings().creator(), request.settings().date(), out);
	}
}
