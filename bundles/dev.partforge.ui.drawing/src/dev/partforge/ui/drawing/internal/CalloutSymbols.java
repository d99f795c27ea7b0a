// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.widgets.Display;

/**
 * The ISO 129-1 callout symbols as the drawing editor draws them: as vector strokes rather than font glyphs, because
 * the screen's fonts may lack them (no font on the CI's Debian has ⌴, and GTK does not use fonts the application loads
 * with {@code Display.loadFont} for it), where the text would show a missing-glyph box. Shapes as in ISO 129-1 (and
 * the PDF drawing but for ↧): counterbore ⌴ (U+2334) a square open at the top, countersink ⌵ (U+2335) a 90° V, depth ↧ (U+21A7) a
 * vertical arrow pointing down onto a bar (ISO 129-1's depth symbol; the font glyph of U+21A7, "downwards arrow from
 * bar", that the PDF embeds has its bar at the top instead). Each symbol sits on the baseline, in the advance width the
 * layout reserves for it, and is stroked in the GC's foreground colour, so that it follows the text's colour and
 * transform.
 */
final class CalloutSymbols {
	/** Stroke width in units of the font size (near the stem width of a regular sans serif). */
	private static final double STROKE = 0.075;
	/** Height of the counterbore's sides in units of the font size (about the capital height). */
	private static final double COUNTERBORE_HEIGHT = 0.7;
	/** Width of the counterbore in units of the font size. */
	private static final double COUNTERBORE_WIDTH = 0.56;
	/** Width of the countersink's V in units of the font size; its height is half of it (90° included angle). */
	private static final double COUNTERSINK_WIDTH = 0.9;
	/** Height of the depth arrow in units of the font size (the capital height). */
	private static final double DEPTH_HEIGHT = 0.72;
	/** Half the width of the depth symbol's bar and the length of its arrow head, in units of the font size. */
	private static final double DEPTH_BAR = 0.25;
	private static final double DEPTH_HEAD = 0.2;

	private CalloutSymbols() {
	}

	/**
	 * @param c a character
	 * @return whether the editor draws it as strokes ({@link #draw})
	 */
	static boolean isSymbol(char c) {
		return c == '\u2334' || c == '\u2335' || c == '\u21A7';
	}

	/**
	 * Strokes a symbol with its left edge at x on the baseline at y (in the GC's current transform, y down).
	 *
	 * @param gc      the graphics context, its foreground the text's colour
	 * @param display the display (for the path)
	 * @param c       the symbol ({@link #isSymbol})
	 * @param x       left edge of the symbol's advance
	 * @param y       baseline
	 * @param advance the advance width in pixels
	 * @param em      the font size in pixels
	 */
	static void draw(GC gc, Display display, char c, float x, float y, float advance, float em) {
		float stroke = (float) Math.max(1, STROKE * em);
		float half = stroke / 2;
		float mid = x + advance / 2;
		float base = y - half;
		gc.setLineAttributes(new LineAttributes(stroke, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_SOLID, null, 0, 10));
		Path path = new Path(display);
		try {
			switch (c) {
			case '\u2334' -> {
				float w = (float) (COUNTERBORE_WIDTH * em) / 2 - half;
				float top = (float) (y - COUNTERBORE_HEIGHT * em);
				path.moveTo(mid - w, top);
				path.lineTo(mid - w, base);
				path.lineTo(mid + w, base);
				path.lineTo(mid + w, top);
			}
			case '\u2335' -> {
				float w = (float) (COUNTERSINK_WIDTH * em) / 2 - half;
				float apex = y - stroke;
				path.moveTo(mid - w, apex - w);
				path.lineTo(mid, apex);
				path.lineTo(mid + w, apex - w);
			}
			case '\u21A7' -> {
				float bar = (float) (DEPTH_BAR * em);
				float head = (float) (DEPTH_HEAD * em);
				path.moveTo(mid, (float) (y - DEPTH_HEIGHT * em));
				path.lineTo(mid, base);
				path.moveTo(mid - head * 0.75f, base - head);
				path.lineTo(mid, base);
				path.lineTo(mid + head * 0.75f, base - head);
				path.moveTo(mid - bar, base);
				path.lineTo(mid + bar, base);
			}
			default -> throw new IllegalArgumentException("not a callout symbol: U+" + Integer.toHexString(c));
			}
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}
}
