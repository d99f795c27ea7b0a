// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.svg;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.drawing.DrawingExporter;

/**
 * Engineering drawings as SVG in millimetres (sheets of a practice set stacked in one document). Thread-safe: each
 * call writes its own document; nothing is shared between calls.
 */
public final class SvgExporter extends DrawingExporter {

	/** Creates the exporter (extension point: public no-argument constructor). */
	public SvgExporter() {
		super("SVG");
	}

	@Override
	protected void write(ExportRequest request, List<Sheet> sheets, OutputStream out) throws IOException {
		SvgDrawingWriter.write(sheets, request.parts().getFirst().recipe().name(), out);
	}
}
