// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.svg;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.export.ExportSettings;

/** Maps export settings to drawing options (every field of {@link ExportSettings} that a drawing uses). */
final class DrawingSettings {

	private DrawingSettings() {
	}

	static DrawingOptions of(ExportSettings s, int sheet, int sheets) {
		return new DrawingOptions(Paper.valueOf(s.paper().name()), Projection.valueOf(s.projection().name()), s.includeTitle(),
				s.includeDimensions(), s.creator(), s.date().toString(), "Practice drawing", "", "ISO 2768-m", sheet, sheets);
	}
}
