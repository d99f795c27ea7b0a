// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.List;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Scale;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.ViewKind;

/**
 * Places the isometric view in a free corner of the drawing area (top right first, then bottom right, top left, bottom
 * left), clear of every principal view with its dimensions and callouts, with its label centred under it, and draws
 * it there.
 */
final class IsoCorner {
	/** Height of the label text. */
	private static final double LABEL_H = 3.5;
	/** Gap between the view and its label, and between the view's rectangle and the other views'. */
	private static final double GAP = 4;
	/** Distance from the drawing area's edges (clear of the frame's centring marks, which reach 5 mm into the frame). */
	private static final double INSET = 5;
	/** Corners as (x, y) fractions of the drawing area, in the order tried. */
	private static final double[][] CORNERS = { { 1, 1 }, { 1, 0 }, { 0, 1 }, { 0, 0 } };

	private IsoCorner() {
	}

	/** @return the label: "ISOMETRIC VIEW", with the view's scale when it differs from the sheet's */
	static String label(Scale sheet, Scale iso) {
		return sheet.equals(iso) ? "ISOMETRIC VIEW" : "ISOMETRIC VIEW " + iso;
	}

	/**
	 * @param box   the projected part (view coordinates, model millimetres)
	 * @param sheet the sheet's scale
	 * @param iso   the view's scale
	 * @param area  the drawing area {x0, y0, x1, y1}
	 * @param taken the rectangles of the other views with their annotations {x0, y0, x1, y1}
	 * @return the bottom left of the view's box on the sheet and its scale factor {x, y, k}, or null when no corner is
	 *         free
	 */
	static double[] find(Box box, Scale sheet, Scale iso, double[] area, List<double[]> taken) {
		double k = iso.factor();
		double w = box.width() * k;
		double iw = Math.max(w, TextMetrics.width(label(sheet, iso), LABEL_H));
		double ih = box.height() * k + GAP + LABEL_H;
		for (double[] c : CORNERS) {
			double x0 = area[0] + INSET + c[0] * (area[2] - area[0] - 2 * INSET - iw);
			double y0 = area[1] + INSET + c[1] * (area[3] - area[1] - 2 * INSET - ih);
			if (x0 >= area[0] + INSET && y0 >= area[1] + INSET && free(new double[] { x0, y0, x0 + iw, y0 + ih }, taken)) {
				return new double[] { x0 + (iw - w) / 2, y0 + GAP + LABEL_H, k };
			}
		}
		return null;
	}

	private static boolean free(double[] r, List<double[]> taken) {
		for (double[] t : taken) {
			if (r[0] < t[2] + GAP && t[0] < r[2] + GAP && r[1] < t[3] + GAP && t[1] < r[3] + GAP) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Draws the visible edges and the label.
	 *
	 * @param iso   the view
	 * @param box   its projected box (view coordinates)
	 * @param at    the result of {@link #find}
	 * @param label the label
	 * @param out   receives the entities
	 * @return the placed view
	 */
	static Sheet.PlacedView draw(Isometric iso, Box box, double[] at, String label, List<Entity> out) {
		double k = at[2];
		List<double[]> lines = iso.visible(Isometric.CHORD / k);
		for (double[] p : lines) {
			for (int i = 0; i + 3 < p.length; i += 2) {
				out.add(new Entity.Line(Layer.OUTLINE, at[0] + (p[i] - box.minX()) * k, at[1] + (p[i + 1] - box.minY()) * k,
						at[0] + (p[i + 2] - box.minX()) * k, at[1] + (p[i + 3] - box.minY()) * k));
			}
		}
		double w = box.width() * k;
		out.add(new Entity.Text(Layer.TEXT, at[0] + w / 2, at[1] - GAP - LABEL_H, LABEL_H, 0, Entity.Align.CENTER, label));
		return new Sheet.PlacedView(ViewKind.ISOMETRIC, at[0], at[1], at[0] + w, at[1] + box.height() * k, box.minX(), box.minY(),
				lines.size(), 0);
	}
}
