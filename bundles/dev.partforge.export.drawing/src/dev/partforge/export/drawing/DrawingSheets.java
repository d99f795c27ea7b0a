// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.drawing;

import java.util.concurrent.atomic.AtomicLong;

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

	private static final AtomicLong DRAWN = new AtomicLong();

	private DrawingSheets() {
	}

	/**
	 * Maps export settings to drawing options: paper (chosen, or automatic in the units' family:
	 * {@link dev.partforge.export.PaperChoice#apply}), projection, title block, dimensions, isometric view,
	 * sections, creator, date and the
	 * general tolerance (ISO 2768-m for metric drawings, ±0.010 in for inch drawings). Units are applied to the
	 * recipe ({@link Recipes#inUnits}); the STEP schema does not concern drawings.
	 *
	 * @param s      the settings
	 * @param sheet  this sheet's number, from 1
	 * @param sheets the number of sheets of the document
	 * @return the drawing options
	 */
	public static DrawingOptions options(ExportSettings s, int sheet, int sheets) {
		return options(s, sheet, sheets, "");
	}

	/**
	 * As {@link #options(ExportSettings, int, int)}, with the part's material in the title block.
	 *
	 * @param s        the settings
	 * @param sheet    this sheet's number, from 1
	 * @param sheets   the number of sheets of the document
	 * @param material the material with its density ({@link ExportPart#material()}), or empty
	 * @return the drawing options
	 */
	public static DrawingOptions options(ExportSettings s, int sheet, int sheets, String material) {
		return s.paper().apply(DrawingOptions.defaults(), s.units()).withProjection(s.projection())
				.withContent(s.includeTitle(), s.includeDimensions())
				.withTitleBlock(s.creator(), s.date().toString(), "Practice drawing", material,
						s.units() == Units.INCH ? "\u00B10.010 in" : "ISO 2768-m")
				.withSheet(sheet, sheets).withIso(s.includeIso()).withSections(s.sections());
	}

	/**
	 * Draws the sheet of one part of a request.
	 *
	 * @param request the parts and settings
	 * @param index   the part's index in {@link ExportRequest#parts()}
	 * @param leading sheets the document has before the first drawing (a cover page: 1)
	 * @return the sheet, numbered {@code leading + index + 1} of {@code leading + parts}
	 * @throws ExportException if the part cannot be drawn, naming the part
	 */
	public static Sheet sheet(ExportRequest request, int index, int leading) throws ExportException {
		ExportPart p = request.parts().get(index);
		int total = request.parts().size() + leading;
		try {
			Sheet sheet = Drafter.draw(p.id(), Recipes.inUnits(p.recipe(), request.settings().units()),
					options(request.settings(), index + 1 + leading, total, p.material()));
			DRAWN.incrementAndGet();
			return sheet;
		} catch (DrawingException e) {
			throw new ExportException("Part " + p.id() + " cannot be drawn: " + e.getMessage(), e);
		}
	}

	/**
	 * Numbers the sheet of one part of a request as {@link #sheet} would, without drawing it again: only the
	 * title block changes ({@link Drafter#renumber}).
	 *
	 * @param sheet   the part's sheet, drawn by {@link #sheet} with the request's settings (any sheet number)
	 * @param request the parts and settings
	 * @param index   the part's index in {@link ExportRequest#parts()}
	 * @param leading sheets the document has before the first drawing (a cover page: 1)
	 * @return the sheet, numbered {@code leading + index + 1} of {@code leading + parts}
	 * @throws IllegalArgumentException if the sheet is not of that part or not drawn with the request's settings
	 */
	public static Sheet renumber(Sheet sheet, ExportRequest request, int index, int leading) {
		ExportPart p = request.parts().get(index);
		if (!sheet.partId().equals(p.id())) {
			throw new IllegalArgumentException("the sheet of " + sheet.partId() + " given for part " + p.id());
		}
		int total = request.parts().size() + leading;
		return Drafter.renumber(sheet, options(request.settings(), index + 1 + leading, total, p.material()));
	}

	/**
	 * Returns how many sheets {@link #sheet} has drawn in this process (a figure of the export's work: an export run
	 * draws each part once, whatever the number of drawing formats and sets it writes).
	 *
	 * @return the number of sheets drawn so far
	 */
	public static long drawn() {
		return DRAWN.get();
	}
}
