// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * A text holding {@link CalloutSymbol}s, laid out for renderers whose reader's fonts decide how text looks (SVG, DXF):
 * split into runs of plain characters and single symbols, each at the offset along the baseline that
 * {@link TextMetrics} reserves for it, so that the plain runs can be written as text anchored at their start and the
 * symbols stroked between them.
 */
public final class SymbolTexts {
	private SymbolTexts() {
	}

	/**
	 * A piece of a text.
	 *
	 * @param text   its characters (one for a symbol)
	 * @param symbol the symbol, or null for plain characters
	 * @param offset distance along the baseline from the text's left end, millimetres
	 * @param width  its advance width, millimetres
	 */
	public record Run(String text, CalloutSymbol symbol, double offset, double width) {
	}

	/**
	 * @param t a text
	 * @return its runs, left to right
	 */
	public static List<Run> runs(Entity.Text t) {
		String s = t.text();
		List<Run> runs = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= s.length(); i++) {
			CalloutSymbol sym = i < s.length() ? CalloutSymbol.of(s.charAt(i)) : null;
			if (sym == null && i < s.length()) {
				continue;
			}
			if (i > start) {
				runs.add(run(t, start, i, null));
			}
			if (sym != null) {
				runs.add(run(t, i, i + 1, sym));
			}
			start = i + 1;
		}
		return runs;
	}

	private static Run run(Entity.Text t, int start, int end, CalloutSymbol symbol) {
		String s = t.text();
		return new Run(s.substring(start, end), symbol, TextMetrics.width(s.substring(0, start), t.height()),
				TextMetrics.width(s.substring(start, end), t.height()));
	}

	/**
	 * @param t a text
	 * @return the distance from its anchor back to its left end along the baseline (0 for left aligned text, half its
	 *         width for centred text, its width for right aligned text), millimetres
	 */
	public static double lead(Entity.Text t) {
		double w = TextMetrics.width(t.text(), t.height());
		return switch (t.align()) {
		case LEFT -> 0;
		case CENTER -> w / 2;
		case RIGHT -> w;
		};
	}

	/**
	 * @param t a text
	 * @return the text as left aligned texts of its plain runs and the lines of its symbols' strokes, on its layer, at
	 *         its height and rotation; the text itself when it holds no symbol
	 */
	public static List<Entity> explode(Entity.Text t) {
		if (!CalloutSymbol.in(t.text())) {
			return List.of(t);
		}
		double a = Math.toRadians(t.angleDeg());
		double cos = Math.cos(a);
		double sin = Math.sin(a);
		double left = -lead(t);
		double fontSize = t.height() * TextMetrics.FONT_PER_CAP;
		List<Entity> out = new ArrayList<>();
		for (Run r : runs(t)) {
			double u = left + r.offset();
			double x = t.x() + u * cos;
			double y = t.y() + u * sin;
			if (r.symbol() == null) {
				out.add(new Entity.Text(t.layer(), x, y, t.height(), t.angleDeg(), Entity.Align.LEFT, r.text()));
			} else {
				out.addAll(r.symbol().lines(t.layer(), x, y, r.width(), fontSize, t.angleDeg()));
			}
		}
		return out;
	}
}
