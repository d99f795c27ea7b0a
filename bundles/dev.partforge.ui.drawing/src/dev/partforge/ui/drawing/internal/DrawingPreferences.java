// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import java.time.LocalDate;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;

/**
 * Drawing options of the editor from the one source of drawing settings, {@link DrawingDefaults} (paper and
 * projection in the store, the same values the export wizard and the command line use). Blocks on the store.
 */
final class DrawingPreferences {

	private DrawingPreferences() {
	}

	/**
	 * @param units the part's units: an automatic paper takes the smallest sheet of their family
	 *              ({@link dev.partforge.export.PaperChoice#apply})
	 */
	static DrawingOptions options(PartStore store, String creator, LocalDate date, Units units) {
		DrawingOptions d = DrawingOptions.defaults();
		return DrawingDefaults.paper(store).apply(d, units).withProjection(DrawingDefaults.projection(store))
				.withContent(d.includeTitle(), true)
				.withTitleBlock(creator, date.toString(), d.documentType(), d.material(), d.generalTolerance()).withIso(DrawingDefaults.iso(store)).withSections(DrawingDefaults.sections(store));
	}
}
