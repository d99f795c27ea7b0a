// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import java.util.Locale;

/**
 * Text extents for layout: Helvetica advance widths (the PDF standard 14 font and the usual SVG/DXF
 * fallback), in units of the font size, with the font size derived from the ISO 3098 capital height
 * (Helvetica's cap height is 0.718 of the font size). Slightly generous so that laid-out text never
 * collides in any of the renderers.
 */
public final class TextMetrics {
	/** Font size per millimetre of capital height. */
	public static final double FONT_PER_CAP = 1 / 0.718;

	private TextMetrics() {
	}

	/**
	 * @param text   the text
	 * @param height capital height in millimetres
	 * @return the advance width in millimetres
	 */
	public static double width(String text, double height) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			em += advance(text.charAt(i));
		}
		return em * height * FONT_PER_CAP * 1.02;
	}

	private static double advance(char c) {
		if (c >= '0' && c <= '9') {
			return 0.556;
		}
		if (c == ' ' || c == '.' || c == ',' || c == ':' || c == '/' || c == 'I' || c == 'i' || c == 'l' || c == 'j' || c == 't'
				|| c == 'f') {
			return 0.278;
		}
		if (c == '(' || c == ')' || c == '-' || c == 'r') {
			return 0.333;
		}
		if (c == 'M' || c == 'W' || c == 'm' || c == 'w' || c == '\u00D8') {
			return 0.833;
		}
		CalloutSymbol symbol = CalloutSymbol.of(c);
		if (symbol != null) {
			return symbol.advance();
		}
		if (Character.isUpperCase(c)) {
			return 0.722;
		}
		return 0.584;
	}

	/**
	 * Formats a dimension value: millimetres with up to three decimals, inches with up to four (five for a
	 * multiple of 1/32 inch, such as a distance from the axis of round stock of a sixteenths diameter, which is then
	 * exact), no trailing zeros, '.' as decimal point.
	 *
	 * @param v    value
	 * @param inch true for inch values
	 * @return the text
	 */
	public static String number(double v, boolean inch) {
		boolean thirtySeconds = inch && Math.abs(v * 32 - Math.rint(v * 32)) < 1e-9;
		String s = String.format(Locale.ROOT, thirtySeconds ? "%.5f" : inch ? "%.4f" : "%.3f", v);
		s = s.replaceAll("0+$", "");
		if (s.endsWith(".")) {
			s = s.substring(0, s.length() - 1);
		}
		return "-0".equals(s) ? "0" : s;
	}
}
