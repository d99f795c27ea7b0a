// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.drawing.DrawingSheets;

/**
 * Engineering drawings as DXF R2013 with real DIMENSION entities; model space at 1:1 in the units of
 * the settings. A practice set puts the sheets side by side; part ids, seeds and levels are listed in
 * the header custom properties.
 */
public final class DxfExporter implements Exporter {

	@Override
	public String formatId() {
		return "dxf";
	}

	@Override
	public String fileExtension() {
		return "dxf";
	}

	@Override
	public String label() {
		return "DXF drawing (R2013, real dimensions)";
	}

	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		List<ExportPart> parts = request.parts();
		SubMonitor sub = SubMonitor.convert(monitor, "Drawing " + parts.size() + " part(s) as DXF", parts.size() + 1);
		List<Sheet> sheets = DrawingSheets.draw(request, 0, sub);
		sub.split(1);
		Map<String, String> meta = DxfDrawingWriter.metadata(join(parts, p -> p.id()), join(parts, p -> Long.toString(p.recipe().seed())),
				join(parts, p -> p.recipe().difficulty().name().toLowerCase(Locale.ROOT)), join(parts, p -> p.recipe().name()));
		try {
			DxfDrawingWriter.write(sheets, meta, request.settings().dxfVersion(), out);
		} catch (IOException e) {
			throw new ExportException("cannot write the DXF for " + parts.getFirst().id() + ": " + e.getMessage()
					+ " (check the target file and free space)", e);
		}
	}

	private static String join(List<ExportPart> parts, java.util.function.Function<ExportPart, String> f) {
		return parts.stream().map(f).collect(Collectors.joining(","));
	}
}
