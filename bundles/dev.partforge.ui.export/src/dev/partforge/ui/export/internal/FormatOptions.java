// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.util.Locale;

/**
 * Which choices of the export wizard a format uses. STEP writes the solid, not a drawing: no paper, projection, title
 * block or dimensions, but its application protocol (AP214 or AP242). Every other format (PDF, DXF, SVG and formats
 * this version does not know) is a drawing; DXF also has its release.
 *
 * @param drawing    paper, projection, title block and dimensions apply
 * @param dxfVersion the DXF release applies
 * @param stepSchema the STEP application protocol applies
 */
record FormatOptions(boolean drawing, boolean dxfVersion, boolean stepSchema) {

	/**
	 * Returns the choices of a format.
	 *
	 * @param formatId the exporter's format id, e.g. {@code step}
	 * @return the choices it uses
	 */
	static FormatOptions of(String formatId) {
		String id = formatId == null ? "" : formatId.toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (id.equals("step") || id.equals("stp")) { //$NON-NLS-1$ //$NON-NLS-2$
			return new FormatOptions(false, false, true);
		}
		return new FormatOptions(true, id.equals("dxf"), false); //$NON-NLS-1$
	}
}
