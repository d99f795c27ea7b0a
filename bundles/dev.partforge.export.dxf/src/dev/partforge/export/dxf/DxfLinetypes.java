// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf;

import java.util.Locale;

import dev.partforge.drawing.Layer;

/**
 * The DXF linetypes of the drawing layers. The ISO 128-2 patterns are defined for a 1.0 mm pen (dash
 * 12, gap 3 for type 02; 24, 3, 0.5, 3 for type 04), and every entity drawn with one carries its pen
 * width as its own linetype scale (group 48, 0.35): dashes are then as long as ISO 128-2 asks on paper
 * (times $LTSCALE, which restores paper size in model space) in readers that use the file's pattern
 * and honour $LTSCALE and the entity scale (AutoCAD, BricsCAD, ezdxf).
 *
 * <p>Decision: the names are the ones LibreCAD knows with a pattern of about that size on paper
 * (HIDDEN2 for type 02, CENTERTINY for type 04): LibreCAD ignores the file's patterns and the entity
 * scale, draws its own pattern of a known name and draws unknown names continuous; with AutoCAD's ISO
 * names (ACAD_ISO02W100, ACAD_ISO04W100) its dashes were longer than most hidden and centre lines, so
 * they looked continuous.
 */
final class DxfLinetypes {
	/** The pen width the standard ISO patterns are defined for. */
	private static final double PEN = 1.0;

	private DxfLinetypes() {
	}

	/** @return the DXF linetype name of a layer: Continuous, HIDDEN2 (ISO type 02) or CENTERTINY (type 04) */
	static String name(Layer l) {
		if (l.dashPattern().length == 0) {
			return "Continuous";
		}
		return switch (l.linetype().substring(0, 5).toUpperCase(Locale.ROOT)) {
		case "ISO02" -> "HIDDEN2";
		case "ISO04" -> "CENTERTINY";
		default -> throw new IllegalArgumentException("no DXF linetype for " + l.linetype());
		};
	}

	/** @return the pattern for a 1.0 mm pen: the layer's paper pattern divided by its pen width */
	static double[] pattern(Layer l) {
		double[] p = l.dashPattern();
		for (int i = 0; i < p.length; i++) {
			p[i] = p[i] / l.lineWidth() * PEN;
		}
		return p;
	}

	/** @return the per-entity linetype scale of a layer's entities, 1 for continuous layers */
	static double entityScale(Layer l) {
		return l.dashPattern().length == 0 ? 1 : l.lineWidth() / PEN;
	}

	/** @return the layer of a DXF layer name, or null (layer "0" of block contents) */
	static Layer layer(String name) {
		for (Layer l : Layer.values()) {
			if (l.name().equals(name)) {
				return l;
			}
		}
		return null;
	}
}
