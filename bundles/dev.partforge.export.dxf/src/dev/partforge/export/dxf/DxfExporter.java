// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.drawing.DrawingExporter;

/**
 * Engineering drawings as DXF R2013 with real DIMENSION entities; model space at 1:1 in the units of
 * the settings. A practice set puts the sheets side by side; part ids, seeds and levels are listed in
 * the header custom properties.
 * <p>
 * Thread-safe: each call builds its own writer and handle counter; nothing is shared between calls.
 */
public final class DxfExporter extends DrawingExporter {

	/** Creates the exporter (extension point: public no-argument constructor). */
	public DxfExporter() {
		super("DXF");
	}

	@Override
	protected void write(ExportRequest request, List<Sheet> sheets, OutputStream out) throws IOException {
		List<ExportPart> parts = request.parts();
		Map<String, String> meta = DxfDrawingWriter.metadata(join(parts, p -> p.id()), join(parts, p -> Long.toString(p.recipe().seed())),
				join(parts, p -> p.recipe().difficulty().name().toLowerCase(Locale.ROOT)), join(parts, p -> p.recipe().name()));
		DxfDrawingWriter.write(sheets, meta, request.settings().dxfVersion(), out);
	}

	private static String join(List<ExportPart> parts, Function<ExportPart, String> f) {
		return parts.stream().map(f).collect(Collectors.joining(","));
	}
}
