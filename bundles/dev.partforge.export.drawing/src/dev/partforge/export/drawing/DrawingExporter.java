// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.drawing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportException;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.PartsExporter;

/**
 * Base of the drawing exporters (PDF, DXF, SVG): each part is prepared into its drawing sheet
 * ({@link DrawingSheets#sheet}); a subclass writes the sheets. An export run that writes a part in several drawing
 * formats draws it once ({@link DrawingSheets#sheet}) and hands the sheet to each ({@link #exportDrawn}).
 * <p>
 * Thread-safe like every {@link dev.partforge.export.Exporter}: the drawing engine keeps no state between drawings,
 * and each export writes its own document (a PDF exporter one PDFBox document per call).
 */
public abstract class DrawingExporter extends PartsExporter<Sheet> {

	/**
	 * @param format the format's name in progress and error messages, e.g. {@code "PDF"}
	 */
	protected DrawingExporter(String format) {
		super(format);
	}

	/**
	 * Writes parts whose sheets are drawn already, as {@link #export} would write them: each sheet is renumbered as
	 * this exporter numbers its pages (after its {@link #leadingSheets leading sheets}), only its title block
	 * changes ({@link DrawingSheets#renumber}).
	 *
	 * @param request the parts and settings
	 * @param sheets  the sheets of the request's parts in its order, each drawn by {@link DrawingSheets#sheet} for
	 *                this part with the request's settings (any sheet number)
	 * @param out     where to write; left open
	 * @param monitor progress and cancellation; may be {@code null}
	 * @throws ExportException if writing fails (the message names the part)
	 */
	public final void exportDrawn(ExportRequest request, List<Sheet> sheets, OutputStream out, IProgressMonitor monitor)
			throws ExportException {
		if (sheets.size() != request.parts().size()) {
			throw new IllegalArgumentException(sheets.size() + " sheets for " + request.parts().size() + " parts");
		}
		int leading = leadingSheets(request);
		List<Sheet> numbered = new ArrayList<>(sheets.size());
		for (int i = 0; i < sheets.size(); i++) {
			numbered.add(DrawingSheets.renumber(sheets.get(i), request, i, leading));
		}
		writePrepared(request, numbered, out, monitor);
	}

	@Override
	protected final Sheet prepare(ExportRequest request, int index) throws ExportException {
		return DrawingSheets.sheet(request, index, leadingSheets(request));
	}

	/**
	 * @param request the request
	 * @return the pages the document has before the first drawing (a cover page: 1); none by default
	 */
	protected int leadingSheets(ExportRequest request) {
		return 0;
	}
}
