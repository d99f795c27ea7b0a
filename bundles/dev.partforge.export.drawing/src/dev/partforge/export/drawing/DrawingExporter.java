// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.drawing;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportException;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.PartsExporter;

/**
 * Base of the drawing exporters (PDF, DXF, SVG): each part is prepared into its drawing sheet
 * ({@link DrawingSheets#sheet}); a subclass writes the sheets.
 */
public abstract class DrawingExporter extends PartsExporter<Sheet> {

	/**
	 * @param format the format's name in progress and error messages, e.g. {@code "PDF"}
	 */
	protected DrawingExporter(String format) {
		super(format);
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
