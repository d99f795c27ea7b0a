// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.time.LocalDate;
import java.util.Objects;

import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.recipes.Units;

/**
 * How to export: the user's export preferences plus what a title block needs. Immutable; change with the
 * {@code with...} methods.
 *
 * @param paper             paper of drawings: a chosen sheet, kept, or automatic ({@link PaperChoice})
 * @param units             units of the output (drawing dimensions, STEP length unit)
 * @param projection        projection method of drawings
 * @param includeTitle      whether drawings carry the title block
 * @param includeDimensions whether drawings carry dimensions
 * @param stepSchema        application protocol of STEP files
 * @param dxfVersion        DXF release of drawings
 * @param creator           author named in title blocks and file headers
 * @param date              date in title blocks and file headers
 * @param includeIso        whether drawings carry the isometric view
 * @param sections          whether drawings carry a section view where the part needs one ({@code --sections auto}),
 *                          or never ({@code none})
 */
public record ExportSettings(PaperChoice paper, Units units, Projection projection, boolean includeTitle,
		boolean includeDimensions, StepSchema stepSchema, DxfVersion dxfVersion, String creator, LocalDate date, boolean includeIso,
		boolean sections) {

	/** Requires every component. */
	public ExportSettings {
		Objects.requireNonNull(paper, "paper");
		Objects.requireNonNull(units, "units");
		Objects.requireNonNull(projection, "projection");
		Objects.requireNonNull(stepSchema, "stepSchema");
		Objects.requireNonNull(dxfVersion, "dxfVersion");
		Objects.requireNonNull(creator, "creator");
		Objects.requireNonNull(date, "date");
	}

	/**
	 * The defaults: A3, millimetres, first angle, title block, dimensions and isometric view on, AP214, DXF R2013, today,
	 * sections where a part needs one.
	 *
	 * @return the default settings
	 */
	public static ExportSettings defaults() {
		return new ExportSettings(PaperChoice.of(Paper.A3), Units.MM, Projection.FIRST_ANGLE, true, true, StepSchema.AP214, DxfVersion.R2013,
				System.getProperty("user.name", "PartForge"), LocalDate.now(), true, true);
	}

	/** @param p a chosen sheet size, which drawings keep @return a copy with that sheet size */
	public ExportSettings withPaper(Paper p) {
		return withPaper(PaperChoice.of(p));
	}

	/** @param p the paper choice, chosen or automatic @return a copy with that choice */
	public ExportSettings withPaper(PaperChoice p) {
		return new ExportSettings(p, units, projection, includeTitle, includeDimensions, stepSchema, dxfVersion, creator, date, includeIso,
				sections);
	}

	/** @param u output units @return a copy with those units */
	public ExportSettings withUnits(Units u) {
		return new ExportSettings(paper, u, projection, includeTitle, includeDimensions, stepSchema, dxfVersion, creator, date, includeIso,
				sections);
	}

	/** @param p projection method @return a copy with that projection method */
	public ExportSettings withProjection(Projection p) {
		return new ExportSettings(paper, units, p, includeTitle, includeDimensions, stepSchema, dxfVersion, creator, date, includeIso,
				sections);
	}

	/** @param on whether to draw the title block @return a copy */
	public ExportSettings withTitle(boolean on) {
		return new ExportSettings(paper, units, projection, on, includeDimensions, stepSchema, dxfVersion, creator, date, includeIso,
				sections);
	}

	/** @param on whether to draw dimensions @return a copy */
	public ExportSettings withDimensions(boolean on) {
		return new ExportSettings(paper, units, projection, includeTitle, on, stepSchema, dxfVersion, creator, date, includeIso,
				sections);
	}

	/** @param s STEP application protocol @return a copy */
	public ExportSettings withStepSchema(StepSchema s) {
		return new ExportSettings(paper, units, projection, includeTitle, includeDimensions, s, dxfVersion, creator, date, includeIso,
				sections);
	}

	/** @param v DXF release @return a copy */
	public ExportSettings withDxfVersion(DxfVersion v) {
		return new ExportSettings(paper, units, projection, includeTitle, includeDimensions, stepSchema, v, creator, date, includeIso,
				sections);
	}

	/** @param on whether drawings carry the isometric view @return a copy */
	public ExportSettings withIso(boolean on) {
		return new ExportSettings(paper, units, projection, includeTitle, includeDimensions, stepSchema, dxfVersion, creator, date, on,
				sections);
	}

	/** @param on whether drawings carry a section view where the part needs one @return a copy */
	public ExportSettings withSections(boolean on) {
		return new ExportSettings(paper, units, projection, includeTitle, includeDimensions, stepSchema, dxfVersion, creator, date,
				includeIso, on);
	}
}
