// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * The ISO 129-1 callout symbols and their one shape: the stroke centre lines every renderer draws (the drawing editor,
 * PDF, SVG and DXF), so that a symbol looks the same everywhere whatever fonts the reader has. A text carries a symbol
 * as its character; each renderer strokes it with {@link #lines} (or {@link #strokes} in its own device units) in the
 * advance width the layout reserves for it ({@link #advance}). Shapes: counterbore ⌴ a square open at the top,
 * countersink ⌵ a 90° V, depth ↧ a vertical arrow pointing down onto a bar (the bar at the bottom, as in ISO 129-1).
 */
public enum CalloutSymbol {
	/** Counterbore or spotface ⌴ (U+2334): a square open at the top, 0.56 em wide and 0.7 em high. */
	COUNTERBORE('\u2334', 0.72, polyline(-0.28 + CalloutSymbol.HALF, 0.7, -0.28 + CalloutSymbol.HALF, CalloutSymbol.HALF,
			0.28 - CalloutSymbol.HALF, CalloutSymbol.HALF, 0.28 - CalloutSymbol.HALF, 0.7)),
	/** Countersink ⌵ (U+2335): a V of 90° included angle, 0.9 em wide, its apex on the baseline. */
	COUNTERSINK('\u2335', 0.98, polyline(-0.45 + CalloutSymbol.HALF, 0.075 + 0.45 - CalloutSymbol.HALF, 0, 0.075,
			0.45 - CalloutSymbol.HALF, 0.075 + 0.45 - CalloutSymbol.HALF)),
	/** Depth ↧ (U+21A7): a stem 0.72 em high (the capital height) with its arrow head down onto a bar 0.5 em wide. */
	DEPTH('\u21A7', 0.84, polyline(0, 0.72, 0, CalloutSymbol.HALF),
			polyline(-0.15, CalloutSymbol.HALF + 0.2, 0, CalloutSymbol.HALF, 0.15, CalloutSymbol.HALF + 0.2),
			polyline(-0.25, CalloutSymbol.HALF, 0.25, CalloutSymbol.HALF));

	/**
	 * Stroke width the shapes are made for, in units of the font size: near the stem of a regular sans serif and ISO
	 * 3098's line width h/10 (0.35 mm for 3.5 mm lettering, the narrow line of the layers texts are on).
	 */
	public static final double STROKE = 0.075;
	/** Half the stroke: strokes on the baseline are raised by it so that their ink stays above the baseline. */
	private static final double HALF = STROKE / 2;

	private final char character;
	private final double advance;
	private final double[][] strokes;

	CalloutSymbol(char character, double advance, double[]... strokes) {
		this.character = character;
		this.advance = advance;
		this.strokes = strokes;
	}

	private static double[] polyline(double... xy) {
		return xy;
	}

	/** @return the character that stands for the symbol in a drawing's texts */
	public char character() {
		return character;
	}

	/**
	 * @return the advance width the layout reserves for the symbol, in units of the font size (as wide as the glyphs of
	 *         the fonts the PDF embeds for text search, rounded up: DejaVu Sans ↧ 0.838, Noto Sans Symbols ⌴ 0.715 and
	 *         ⌵ 0.976)
	 */
	public double advance() {
		return advance;
	}

	/**
	 * @return the stroke centre lines, each a polyline x0, y0, x1, y1, ... in units of the font size, x from the middle
	 *         of the symbol's advance, y up from the baseline (copies)
	 */
	public List<double[]> strokes() {
		List<double[]> out = new ArrayList<>(strokes.length);
		for (double[] s : strokes) {
			out.add(s.clone());
		}
		return out;
	}

	/**
	 * @param c a character
	 * @return the symbol the character stands for, or null for any other character
	 */
	public static CalloutSymbol of(char c) {
		return switch (c) {
		case '\u2334' -> COUNTERBORE;
		case '\u2335' -> COUNTERSINK;
		case '\u21A7' -> DEPTH;
		default -> null;
		};
	}

	/**
	 * @param text a text
	 * @return whether it holds a callout symbol
	 */
	public static boolean in(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (of(text.charAt(i)) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The symbol's strokes on the sheet, as straight lines.
	 *
	 * @param layer    the text's layer
	 * @param x        x of the left end of the symbol's advance on the baseline, sheet millimetres
	 * @param y        y of that point
	 * @param width    the advance width in millimetres
	 * @param fontSize the font size in millimetres
	 * @param angleDeg the text's rotation in degrees, counter-clockwise about (x, y)
	 * @return the lines (y up)
	 */
	public List<Entity.Line> lines(Layer layer, double x, double y, double width, double fontSize, double angleDeg) {
		double a = Math.toRadians(angleDeg);
		double cos = Math.cos(a);
		double sin = Math.sin(a);
		List<Entity.Line> out = new ArrayList<>();
		for (double[] s : strokes) {
			for (int i = 0; i + 3 < s.length; i += 2) {
				double u1 = width / 2 + s[i] * fontSize;
				double v1 = s[i + 1] * fontSize;
				double u2 = width / 2 + s[i + 2] * fontSize;
				double v2 = s[i + 3] * fontSize;
				out.add(new Entity.Line(layer, x + u1 * cos - v1 * sin, y + u1 * sin + v1 * cos, x + u2 * cos - v2 * sin,
						y + u2 * sin + v2 * cos));
			}
		}
		return out;
	}
}
