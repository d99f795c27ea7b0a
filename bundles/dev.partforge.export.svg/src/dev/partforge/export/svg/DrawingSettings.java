// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.svg;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.export.ExportSettings;
import dev.partforge.recipes.Units;

/**
 * Maps export settings to drawing options: paper, projection, title block, dimensions, creator, date
 * (units are applied to the recipe, see dev.partforge.drawing.Recipes; the STEP schema does not concern drawings).
 */
final class DrawingSettings {

	private DrawingSettings() {
	}

	static DrawingOptions of(ExportSettings s, int sheet, int sheets) {
		return new DrawingOptions(Paper.valueOf(s.paper().name()), Projection.valueOf(s.projection().name()), s.includeTitle(),
				s.includeDimensions(), s.creator(), s.date().toString(), "Practice drawing", "", tolerance(s.units()), sheet, sheets);
	}

	/** ISO 2768-m for metric drawings; an inch drawing states its general tolerance in inches. */
	static String tolerance(Units u) {
		return u == Units.INCH ? "\u00B10.010 in" : "ISO 2768-m";
	}
}
