// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import java.time.LocalDate;

import org.eclipse.core.runtime.Platform;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;

/**
 * Drawing options from the workbench preferences PartForge &gt; Drawing (node {@value #NODE}, keys {@value #PAPER} and
 * {@value #PROJECTION}, enum names); defaults A3 and first angle when unset or unknown.
 */
final class DrawingPreferences {

	static final String NODE = "dev.partforge.ui";
	static final String PAPER = "drawing.paper";
	static final String PROJECTION = "drawing.projection";

	private DrawingPreferences() {
	}

	static DrawingOptions options(String creator, LocalDate date) {
		DrawingOptions d = DrawingOptions.defaults();
		return new DrawingOptions(paper(), projection(), d.includeTitle(), true, creator, date.toString(),
				d.documentType(), d.material(), d.generalTolerance(), 1, 1);
	}

	private static Paper paper() {
		String name = Platform.getPreferencesService().getString(NODE, PAPER, Paper.A3.name(), null);
		try {
			return Paper.valueOf(name);
		} catch (IllegalArgumentException e) {
			return Paper.A3; // a paper this version does not know
		}
	}

	private static Projection projection() {
		String name = Platform.getPreferencesService().getString(NODE, PROJECTION, Projection.FIRST_ANGLE.name(), null);
		try {
			return Projection.valueOf(name);
		} catch (IllegalArgumentException e) {
			return Projection.FIRST_ANGLE; // a projection this version does not know
		}
	}
}
