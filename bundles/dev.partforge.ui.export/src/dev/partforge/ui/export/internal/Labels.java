// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import org.eclipse.osgi.util.NLS;

import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.export.DxfVersion;
import dev.partforge.export.PaperChoice;
import dev.partforge.recipes.Units;

/** Display names of enum values, from the externalized messages. */
final class Labels {

	private Labels() {
	}

	static String paper(PaperChoice c) {
		return c.chosen().map(Labels::paper).orElse(Messages.Paper_auto);
	}

	static String paper(Paper p) {
		String name = p.name().replace('_', ' ');
		return NLS.bind(Messages.Paper_label, new Object[] { name, format(p.width()), format(p.height()) });
	}

	static String units(Units u) {
		return u == Units.INCH ? Messages.Units_inch : Messages.Units_mm;
	}

	static String projection(Projection p) {
		return p == Projection.THIRD_ANGLE ? Messages.Projection_third : Messages.Projection_first;
	}

	static String dxfVersion(DxfVersion v) {
		return v == DxfVersion.R12 ? Messages.DxfVersion_r12 : Messages.DxfVersion_r2013;
	}

	private static String format(double mm) {
		return mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm);
	}
}
