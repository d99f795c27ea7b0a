// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.widgets.Display;

import dev.partforge.drawing.CalloutSymbol;

/**
 * The ISO 129-1 callout symbols as the drawing editor draws them: as vector strokes rather than font glyphs, because
 * the screen's fonts may lack them (no font on the CI's Debian has ⌴, and GTK does not use fonts the application loads
 * with {@code Display.loadFont} for it), where the text would show a missing-glyph box. The shapes are the drawing's
 * ({@link CalloutSymbol#strokes}, the same the PDF, SVG and DXF writers stroke); each symbol sits on the baseline, in the
 * advance width the layout reserves for it, and is stroked in the GC's foreground colour, so that it follows the
 * text's colour and transform.
 */
final class CalloutSymbols {

	private CalloutSymbols() {
	}

	/**
	 * @param c a character
	 * @return whether the editor draws it as strokes ({@link #draw})
	 */
	static boolean isSymbol(char c) {
		return CalloutSymbol.of(c) != null;
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
		CalloutSymbol symbol = CalloutSymbol.of(c);
		if (symbol == null) {
			throw new IllegalArgumentException("not a callout symbol: U+" + Integer.toHexString(c));
		}
		float stroke = (float) Math.max(1, CalloutSymbol.STROKE * em);
		float mid = x + advance / 2;
		gc.setLineAttributes(new LineAttributes(stroke, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_SOLID, null, 0, 10));
		Path path = new Path(display);
		try {
			for (double[] p : symbol.strokes()) {
				path.moveTo((float) (mid + p[0] * em), (float) (y - p[1] * em));
				for (int i = 2; i < p.length; i += 2) {
					path.lineTo((float) (mid + p[i] * em), (float) (y - p[i + 1] * em));
				}
			}
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}
}
