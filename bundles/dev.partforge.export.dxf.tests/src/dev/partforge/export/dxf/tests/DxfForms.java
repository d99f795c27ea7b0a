// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.CalloutSymbol;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.SymbolTexts;
import dev.partforge.drawing.TextMetrics;

/**
 * What DXF form each drawing element must take, stated for the tests independently of the writer:
 * DIMENSION entities for linear dimensions and for diameters and radii whose text is just Ø or R and
 * the value; LEADER + MTEXT for every other callout (an MTEXT per plain run and LINEs for the stroked ISO 129-1
 * symbols when it shows them); linetype names LibreCAD draws dashed.
 */
final class DxfForms {

	private DxfForms() {
	}

	/** @return true when the dimension must be a DIMENSION entity */
	static boolean dimensionEntity(Entity.Dimension d, boolean inch) {
		long lines = d.graphics().stream().filter(Entity.Text.class::isInstance).count();
		String v = TextMetrics.number(d.value(), inch);
		return switch (d.kind()) {
		case LINEAR -> true;
		case DIAMETER -> lines == 1 && d.text().equals("\u00D8" + v);
		case RADIUS -> lines == 1 && d.text().equals("R" + v);
		case CALLOUT -> false;
		};
	}

	/**
	 * @return the callout's MTEXT contents ("\P" between lines, %%c for Ø, %%d for °): one MTEXT of its lines, or, when
	 *         it shows ISO 129-1 symbols (stroked as LINEs), one MTEXT per plain run of its lines
	 */
	static List<String> mtexts(Entity.Dimension d) {
		List<Entity.Text> lines = new ArrayList<>();
		for (Entity g : d.graphics()) {
			if (g instanceof Entity.Text t) {
				lines.add(t);
			}
		}
		List<String> out = new ArrayList<>();
		if (lines.stream().anyMatch(t -> CalloutSymbol.in(t.text()))) {
			for (Entity.Text t : lines) {
				for (SymbolTexts.Run r : SymbolTexts.runs(t)) {
					if (r.symbol() == null) {
						out.add(codes(r.text()));
					}
				}
			}
			return out;
		}
		StringBuilder sb = new StringBuilder();
		for (Entity.Text t : lines) {
			sb.append(sb.isEmpty() ? "" : "\\P").append(codes(t.text()));
		}
		out.add(sb.toString());
		return out;
	}

	private static String codes(String text) {
		return text.replace("\u00D8", "%%c").replace("\u00B0", "%%d");
	}

	/** @return the DXF linetype of a layer: Continuous, HIDDEN2 (hidden), CENTERTINY (centre), names LibreCAD knows */
	static String linetype(Layer l) {
		return switch (l) {
		case HIDDEN -> "HIDDEN2";
		case CENTER -> "CENTERTINY";
		default -> "Continuous";
		};
	}
}
