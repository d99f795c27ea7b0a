// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf;

import java.util.Locale;

import dev.partforge.drawing.Layer;

/**
 * The DXF linetypes of the drawing layers. ISO 128-2 line types go by AutoCAD's standard ISO names
 * (ACAD_ISO02W100 for type 02 ...) with their patterns for a 1.0 mm pen, and every entity drawn with
 * one carries its pen width as its own linetype scale (group 48, 0.35): dashes are then as long as
 * ISO 128-2 asks on paper (times $LTSCALE, which restores paper size in model space) in readers that
 * use the file's pattern and in readers that know these names only from their own linetype files
 * (LibreCAD draws unknown names continuous).
 */
final class DxfLinetypes {
	/** The pen width the standard ISO patterns are defined for. */
	private static final double PEN = 1.0;

	private DxfLinetypes() {
	}

	/** @return the DXF linetype name of a layer: Continuous, or ACAD_ISOnnW100 */
	static String name(Layer l) {
		if (l.dashPattern().length == 0) {
			return "Continuous";
		}
		return "ACAD_" + l.linetype().substring(0, 5).toUpperCase(Locale.ROOT) + "W100";
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
