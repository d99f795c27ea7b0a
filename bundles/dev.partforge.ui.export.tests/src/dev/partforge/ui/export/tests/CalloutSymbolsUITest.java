// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.partforge.drawing.CalloutSymbol;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.export.testing.SymbolInk;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.ui.drawing.internal.SheetPainter;

/**
 * The drawing editor's painter draws the ISO 129-1 callout symbols counterbore ⌴ (U+2334), countersink ⌵ (U+2335) and
 * depth ↧ (U+21A7) in their shapes whatever fonts the machine has (the CI's Debian has no font with ⌴, where text
 * drawing shows a closed missing-glyph box with the code point's digits in it). Each symbol is painted as a callout
 * text is (a real SWT image, 10 px per millimetre, 7 mm lettering) and the ink in its box must have the symbol's
 * strokes and be empty where the symbol is open, the checks every exporter's rendering passes too
 * ({@link SymbolInk#assertShape}); a missing-glyph box (a closed frame with digits inside) fails each of these. The images are written to the test output's {@code symbols/} folder.
 */
class CalloutSymbolsUITest {
	private static final int WIDTH = 700;
	private static final int HEIGHT = 300;
	private static final double PPM = 10;
	private static final double SHEET = HEIGHT / PPM;
	private static final double LETTERING = 7;

	@Test
	void counterboreIsASquareOpenAtTheTop() {
		assertCounterbore(paint("counterbore", text("\u2334", 0)));
	}

	private static void assertCounterbore(boolean[][] ink) {
		SymbolInk.assertShape(CalloutSymbol.COUNTERBORE, ink, "editor");
	}

	@Test
	void countersinkIsAV() {
		assertCountersink(paint("countersink", text("\u2335", 0)));
	}

	private static void assertCountersink(boolean[][] ink) {
		SymbolInk.assertShape(CalloutSymbol.COUNTERSINK, ink, "editor");
	}

	@Test
	void depthIsAnArrowDownOntoABar() {
		assertDepth(paint("depth", text("\u21A7", 0)));
	}

	private static void assertDepth(boolean[][] ink) {
		SymbolInk.assertShape(CalloutSymbol.DEPTH, ink, "editor");
	}

	/**
	 * In a callout the symbols take the width the layout reserves for them: the symbol is drawn as it is alone, and the
	 * text after it starts where the layout's width of the symbol ends.
	 */
	@Test
	void aCalloutDrawsItsSymbolsInTheirPlaceBetweenTheText() {
		String callout = "\u2334\u00D811 \u21A76.8";
		boolean[][] whole = paint("callout", text(callout, 0));
		boolean[][] symbol = paint("callout-counterbore", text("\u2334", 0));
		boolean[][] rest = paint("callout-rest", new Entity.Text(Layer.DIMENSIONS, x0() + TextMetrics.width("\u2334", LETTERING), 10,
				LETTERING, 0, Entity.Align.LEFT, "\u00D811 "));
		int symbolEnd = (int) Math.round((x0() + TextMetrics.width("\u2334", LETTERING)) * PPM);
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < symbolEnd; x++) {
				assertEquals(symbol[y][x], whole[y][x], "the callout's ⌴ is the lone ⌴ at " + x + ", " + y);
			}
		}
		int[] after = { symbolEnd, 0, symbolEnd + 40, HEIGHT - 1 };
		int[] expected = SymbolInk.bounds(rest, after);
		int[] actual = SymbolInk.bounds(whole, after);
		for (int i = 0; i < 4; i++) {
			assertTrue(Math.abs(expected[i] - actual[i]) <= 1, "the callout's Ø11 follows the ⌴'s laid-out width: "
					+ Arrays.toString(actual) + " where " + Arrays.toString(expected));
		}
		boolean[][] withDepth = paint("callout-to-depth", text("\u2334\u00D811 \u21A7", 0));
		boolean[][] beforeDepth = paint("callout-before-depth", text("\u2334\u00D811 ", 0));
		boolean[][] depth = minus(withDepth, beforeDepth);
		assertDepth(depth);
		assertTrue(bounds(depth)[0] > bounds(beforeDepth)[2], "the callout's ↧ comes after its Ø11");
		boolean[][] value = minus(whole, withDepth);
		assertTrue(bounds(value)[0] > bounds(depth)[2], "the depth's value comes after the ↧");
	}

	/** The countersink of a callout, drawn before the text of its diameter. */
	@Test
	void aCountersinkCalloutStartsWithItsV() {
		boolean[][] whole = paint("countersink-callout", text("\u2335\u00D812 \u00D7 90\u00B0", 0));
		int symbolEnd = (int) Math.round((x0() + TextMetrics.width("\u2335", LETTERING)) * PPM);
		boolean[][] symbol = minus(whole, paint("countersink-callout-text", new Entity.Text(Layer.DIMENSIONS, symbolEnd / PPM, 10,
				LETTERING, 0, Entity.Align.LEFT, "\u00D812 \u00D7 90\u00B0")));
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = symbolEnd + 1; x < WIDTH; x++) {
				symbol[y][x] = false;
			}
		}
		assertCountersink(symbol);
	}

	/** @return the ink of a that b does not have */
	private static boolean[][] minus(boolean[][] a, boolean[][] b) {
		boolean[][] d = new boolean[HEIGHT][WIDTH];
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				d[y][x] = a[y][x] && !b[y][x];
			}
		}
		return d;
	}

	/** A vertical callout (a dimension along y) turns its symbols with its text. */
	@Test
	void aRotatedCalloutTurnsItsSymbols() {
		boolean[][] ink = paint("rotated", new Entity.Text(Layer.DIMENSIONS, 40, 1, LETTERING, 90, Entity.Align.LEFT, "\u2334\u2335\u21A7"));
		int[] b = bounds(ink);
		assertTrue(b[3] - b[1] > 2 * (b[2] - b[0]), "the symbols run upwards: " + Arrays.toString(b));
		// the counterbore, now at the bottom, opens to the left: ink on its right edge, none in its middle
		// (the ink of the ⌴ only: less than its advance, which has the margins next to the ⌵)
		int h = (int) Math.round(0.85 * TextMetrics.width("\u2334", LETTERING) * PPM);
		int[] counterbore = SymbolInk.bounds(ink, new int[] { 0, b[3] - h, WIDTH - 1, b[3] });
		assertEquals(0, SymbolInk.fill(ink, counterbore, 0, 0.75, 0.25, 0.75), "the turned ⌴ is open towards the left");
		assertTrue(SymbolInk.fill(ink, counterbore, 0.92, 1, 0, 1) > 0.6, "the turned ⌴ has its base on the right");
		assertTrue(SymbolInk.fill(ink, counterbore, 0, 1, 0, 0.1) > 0.6 && SymbolInk.fill(ink, counterbore, 0, 1, 0.9, 1) > 0.6,
				"the turned ⌴ has its sides along the text");
	}

	private static double x0() {
		return 5;
	}

	private static Entity.Text text(String text, double angle) {
		return new Entity.Text(Layer.DIMENSIONS, x0(), 10, LETTERING, angle, Entity.Align.LEFT, text);
	}

	/** @return the dark pixels of the text painted by the editor's painter, [y][x] */
	private static boolean[][] paint(String name, Entity.Text text) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		boolean[][] ink = new boolean[HEIGHT][WIDTH];
		display.syncExec(() -> {
			Image image = new Image(display, WIDTH, HEIGHT);
			SheetPainter painter = new SheetPainter(display);
			try {
				GC gc = new GC(image);
				try {
					gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
					gc.fillRectangle(0, 0, WIDTH, HEIGHT);
					painter.begin(gc, PPM, 0, 0, SHEET);
					painter.paint(text);
				} finally {
					gc.dispose();
				}
				ImageData data = image.getImageData();
				ImageLoader png = new ImageLoader();
				png.data = new ImageData[] { data };
				png.save(TestOutput.dir("symbols").resolve(name + ".png").toString(), SWT.IMAGE_PNG);
				for (int y = 0; y < HEIGHT; y++) {
					for (int x = 0; x < WIDTH; x++) {
						RGB c = data.palette.getRGB(data.getPixel(x, y));
						ink[y][x] = c.red + c.green + c.blue < 3 * 128;
					}
				}
			} finally {
				painter.dispose();
				image.dispose();
			}
		});
		assertFalse(Arrays.deepEquals(ink, new boolean[HEIGHT][WIDTH]), name + " paints something");
		return ink;
	}

	/** @return {x0, y0, x1, y1} of the ink, inclusive */
	private static int[] bounds(boolean[][] ink) {
		return SymbolInk.bounds(ink, new int[] { 0, 0, WIDTH - 1, HEIGHT - 1 });
	}
}
