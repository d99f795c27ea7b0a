// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

/**
 * What a drawing shows and the title block says. Exporters build it from their export settings. Immutable: start from
 * {@link #defaults()} and change it with the {@code with...} methods (one canonical constructor, no convenience ones).
 *
 * @param paper             sheet size
 * @param projection        projection method
 * @param includeTitle      draw the title block
 * @param includeDimensions draw dimensions and callouts
 * @param creator           "drawn by"
 * @param date              issue date (ISO 8601)
 * @param documentType      document type, e.g. "Practice drawing"
 * @param material          material, or "" when the recipe does not say
 * @param generalTolerance  general tolerance note, e.g. "ISO 2768-m"
 * @param sheetNumber       this sheet's number, from 1
 * @param sheetCount        number of sheets in the document
 * @param paperGrows        false when the user chose {@code paper}: the sheet is that paper and the scale goes down
 *                          the ISO 5455 series until the drawing fits (a larger sheet only when the dimensions and
 *                          callouts do not fit it at any scale); true when no paper was chosen:
 *                          {@code paper} is then the smallest allowed sheet and a larger sheet of its family is taken
 *                          when the drawing does not fit it at 1:2 or larger
 * @param includeIso        draw the isometric view (ISO 5456-3) in a free corner of the sheet
 * @param sections          true ("auto", the default): a part whose counterbores, blind holes or pockets show only
 *                          in hidden lines gets a full section A-A through their axes in place of the front, side or
 *                          top view; false: no section
 */
public record DrawingOptions(Paper paper, Projection projection, boolean includeTitle, boolean includeDimensions, String creator,
		String date, String documentType, String material, String generalTolerance, int sheetNumber, int sheetCount,
		boolean paperGrows, boolean includeIso, boolean sections) {

	/** Validates the sheet numbers. */
	public DrawingOptions {
		if (sheetNumber < 1 || sheetNumber > sheetCount) {
			throw new IllegalArgumentException("sheet " + sheetNumber + " of " + sheetCount + " does not exist");
		}
	}

	/** @return defaults: A3, first angle, title, dimensions and isometric view, one sheet */
	public static DrawingOptions defaults() {
		return new DrawingOptions(Paper.A3, Projection.FIRST_ANGLE, true, true, "PartForge", "2026-01-01", "Practice drawing", "",
				"ISO 2768-m", 1, 1, false, true, true);
	}

	/**
	 * @param drawnBy          "drawn by"
	 * @param issued           issue date (ISO 8601)
	 * @param type             document type, e.g. "Practice drawing"
	 * @param materialName     material, or ""
	 * @param tolerance        general tolerance note
	 * @return a copy whose title block says these
	 */
	public DrawingOptions withTitleBlock(String drawnBy, String issued, String type, String materialName, String tolerance) {
		return new DrawingOptions(paper, projection, includeTitle, includeDimensions, drawnBy, issued, type, materialName, tolerance,
				sheetNumber, sheetCount, paperGrows, includeIso, sections);
	}

	/** @return a copy on a chosen paper, which the drawing keeps */
	public DrawingOptions withPaper(Paper p) {
		return new DrawingOptions(p, projection, includeTitle, includeDimensions, creator, date, documentType, material, generalTolerance,
				sheetNumber, sheetCount, false, includeIso, sections);
	}

	/**
	 * @param smallest the smallest sheet allowed (A4 or ANSI A for the smallest of its family)
	 * @return a copy with no paper chosen: the drawing takes the smallest sheet of the family, from {@code smallest} up,
	 *         on which it fits at 1:2 or larger
	 */
	public DrawingOptions withGrowingPaper(Paper smallest) {
		return new DrawingOptions(smallest, projection, includeTitle, includeDimensions, creator, date, documentType, material,
				generalTolerance, sheetNumber, sheetCount, true, includeIso, sections);
	}

	/** @return a copy with another projection method */
	public DrawingOptions withProjection(Projection p) {
		return new DrawingOptions(paper, p, includeTitle, includeDimensions, creator, date, documentType, material, generalTolerance,
				sheetNumber, sheetCount, paperGrows, includeIso, sections);
	}

	/** @return a copy with title block and dimensions switched */
	public DrawingOptions withContent(boolean title, boolean dimensions) {
		return new DrawingOptions(paper, projection, title, dimensions, creator, date, documentType, material, generalTolerance,
				sheetNumber, sheetCount, paperGrows, includeIso, sections);
	}

	/** @return a copy for sheet n of count */
	public DrawingOptions withSheet(int n, int count) {
		return new DrawingOptions(paper, projection, includeTitle, includeDimensions, creator, date, documentType, material,
				generalTolerance, n, count, paperGrows, includeIso, sections);
	}

	/** @return a copy with the isometric view switched on or off */
	public DrawingOptions withIso(boolean iso) {
		return new DrawingOptions(paper, projection, includeTitle, includeDimensions, creator, date, documentType, material,
				generalTolerance, sheetNumber, sheetCount, paperGrows, iso, sections);
	}

	/**
	 * @param on true: a section A-A where the part needs one ("auto"); false: none
	 * @return a copy with sections switched
	 */
	public DrawingOptions withSections(boolean on) {
		return new DrawingOptions(paper, projection, includeTitle, includeDimensions, creator, date, documentType, material,
				generalTolerance, sheetNumber, sheetCount, paperGrows, includeIso, on);
	}
}
