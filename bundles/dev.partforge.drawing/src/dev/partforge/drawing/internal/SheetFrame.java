// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.List;
import java.util.Map;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Entity.Align;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.TextMetrics;

/**
 * ISO 5457 frame (20 mm filing margin on the left, 10 mm elsewhere, 0.7 mm line) with centring marks
 * on both axes of symmetry, and an ISO 7200 title block of 180 mm width at the bottom right of the
 * frame: three rows of fields, label 2.5 mm, value 3.5 mm, with the ISO 5456-2 projection symbol.
 */
public final class SheetFrame {
	/** Title block width (ISO 7200). */
	public static final double TB_WIDTH = 180;
	/** Title block height. */
	public static final double TB_HEIGHT = 36;
	/** Filing margin. */
	public static final double LEFT = 20;
	/** Other margins. */
	public static final double MARGIN = 10;
	private static final double ROW = 12;

	private SheetFrame() {
	}

	/** @return the frame's inner rectangle {x0, y0, x1, y1} */
	public static double[] frame(Paper p) {
		return new double[] { LEFT, MARGIN, p.width() - MARGIN, p.height() - MARGIN };
	}

	static void frame(Paper p, List<Entity> out) {
		double[] f = frame(p);
		Layer l = Layer.FRAME;
		out.add(new Entity.Line(l, f[0], f[1], f[2], f[1]));
		out.add(new Entity.Line(l, f[2], f[1], f[2], f[3]));
		out.add(new Entity.Line(l, f[2], f[3], f[0], f[3]));
		out.add(new Entity.Line(l, f[0], f[3], f[0], f[1]));
		double cx = p.width() / 2;
		double cy = p.height() / 2;
		out.add(new Entity.Line(l, cx, 5, cx, f[1] + 5));
		out.add(new Entity.Line(l, cx, p.height() - 5, cx, f[3] - 5));
		out.add(new Entity.Line(l, 5, cy, f[0] + 5, cy));
		out.add(new Entity.Line(l, p.width() - 5, cy, f[2] - 5, cy));
	}

	/**
	 * Draws the title block. Row layout (bottom to top): title | part number | sheet; document type |
	 * date | drawn by | scale | projection; units | general tolerance | material | seed | difficulty.
	 */
	static void titleBlock(Paper p, Map<String, String> fields, Projection projection, List<Entity> out) {
		double[] f = frame(p);
		double x0 = f[2] - TB_WIDTH;
		double y0 = f[1];
		Layer fr = Layer.FRAME;
		out.add(new Entity.Line(fr, x0, y0, x0, y0 + TB_HEIGHT));
		out.add(new Entity.Line(fr, x0, y0 + TB_HEIGHT, f[2], y0 + TB_HEIGHT));
		String[][] rows = { { "Title", "Part number", "Sheet" }, { "Document type", "Date", "Drawn by", "Scale", "Projection" },
				{ "Units", "General tolerance", "Material", "Seed", "Difficulty" } };
		double[][] widths = { { 100, 50, 30 }, { 45, 30, 40, 20, 45 }, { 25, 40, 45, 35, 35 } };
		for (int r = 0; r < rows.length; r++) {
			double y = y0 + r * ROW;
			if (r > 0) {
				out.add(new Entity.Line(Layer.TITLEBLOCK, x0, y, f[2], y));
			}
			double x = x0;
			for (int c = 0; c < rows[r].length; c++) {
				if (c > 0) {
					out.add(new Entity.Line(Layer.TITLEBLOCK, x, y, x, y + ROW));
				}
				String label = rows[r][c];
				out.add(new Entity.Text(Layer.TITLEBLOCK, x + 1.5, y + ROW - 3.5, 2.5, 0, Align.LEFT, label));
				String value = fields.getOrDefault(label, "");
				if ("Projection".equals(label)) {
					symbol(x + 12, y + 1.5, projection, out);
				} else {
					out.add(new Entity.Text(Layer.TITLEBLOCK, x + 1.5, y + 2, 3.5, 0, Align.LEFT, fit(value, widths[r][c] - 3)));
				}
				x += widths[r][c];
			}
		}
	}

	private static String fit(String s, double width) {
		String t = s;
		while (t.length() > 1 && TextMetrics.width(t, 3.5) > width) {
			t = t.substring(0, t.length() - 2) + "\u2026";
		}
		return t.replace("\u2026", "...");
	}

	/** ISO 5456-2 symbol for h = 3.5: truncated cone (front view) and its end view, 7 mm high. */
	private static void symbol(double x, double y, Projection p, List<Entity> out) {
		Layer l = Layer.TITLEBLOCK;
		double big = 3.5;
		double small = 1.75;
		double cy = y + big;
		double coneX = p == Projection.FIRST_ANGLE ? x : x + 12;
		double circX = p == Projection.FIRST_ANGLE ? x + 19 : x + 3.5;
		out.add(new Entity.Line(l, coneX, cy - small, coneX, cy + small));
		out.add(new Entity.Line(l, coneX + 8, cy - big, coneX + 8, cy + big));
		out.add(new Entity.Line(l, coneX, cy + small, coneX + 8, cy + big));
		out.add(new Entity.Line(l, coneX, cy - small, coneX + 8, cy - big));
		out.add(new Entity.Arc(l, circX, cy, big, 0, 360));
		out.add(new Entity.Arc(l, circX, cy, small, 0, 360));
		out.add(new Entity.Line(l, coneX - 1.5, cy, coneX + 9.5, cy));
		out.add(new Entity.Line(l, circX - big - 1.5, cy, circX + big + 1.5, cy));
		out.add(new Entity.Line(l, circX, cy - big - 1.5, circX, cy + big + 1.5));
	}
}
