// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.drawing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingException;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Recipes;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.recipes.Units;

/**
 * Turns an export request into drawing sheets, the one step every drawing exporter (PDF, DXF, SVG) and the
 * workbench's drawing view share. The drawing engine does not know the exporter API; this class maps between them
 * (paper and projection are the drawing engine's types in both).
 */
public final class DrawingSheets {

	private DrawingSheets() {
	}

	/**
	 * Maps export settings to drawing options: paper, projection, title block, dimensions, creator, date and the
	 * general tolerance (ISO 2768-m for metric drawings, ±0.010 in for inch drawings). Units are applied to the
	 * recipe ({@link Recipes#inUnits}); the STEP schema does not concern drawings.
	 *
	 * @param s      the settings
	 * @param sheet  this sheet's number, from 1
	 * @param sheets the number of sheets of the document
	 * @return the drawing options
	 */
	public static DrawingOptions options(ExportSettings s, int sheet, int sheets) {
		return new DrawingOptions(s.paper(), s.projection(),
				s.includeTitle(), s.includeDimensions(), s.creator(), s.date().toString(), "Practice drawing", "",
				s.units() == Units.INCH ? "\u00B10.010 in" : "ISO 2768-m", sheet, sheets);
	}

	/**
	 * Draws one sheet per part of a request, in order.
	 *
	 * @param request    the parts and settings
	 * @param leading    sheets the document has before the first drawing (a cover page: 1)
	 * @param monitor    one unit of work per part; cancellation is checked before each part
	 * @return the sheets, numbered {@code leading + 1} to {@code leading + parts}
	 * @throws ExportException            if a part cannot be drawn, naming the part
	 * @throws OperationCanceledException if the monitor is cancelled
	 */
	public static List<Sheet> draw(ExportRequest request, int leading, SubMonitor monitor) throws ExportException {
		List<ExportPart> parts = request.parts();
		int total = parts.size() + leading;
		List<Sheet> sheets = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			monitor.split(1);
			ExportPart p = parts.get(i);
			try {
				sheets.add(Drafter.draw(p.id(), Recipes.inUnits(p.recipe(), request.settings().units()),
						options(request.settings(), i + 1 + leading, total)));
			} catch (DrawingException e) {
				throw new ExportException("Part " + p.id() + " cannot be drawn: " + e.getMessage(), e);
			}
		}
		return sheets;
	}
}
