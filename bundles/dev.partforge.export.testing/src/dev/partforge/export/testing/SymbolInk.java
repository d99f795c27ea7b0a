// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.partforge.drawing.CalloutSymbol;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Scale;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.recipes.Units;

/**
 * A sheet of the ISO 129-1 callout symbols alone and the checks of their shapes in a rendering of it, for the exporters'
 * tests that each symbol comes out in its one shape ({@link CalloutSymbol}) in third-party readers: counterbore ⌴ a
 * square open at the top, countersink ⌵ a 90° V, depth ↧ an arrow down onto a bar at the bottom. A missing-glyph box, a
 * blank or the font glyph of U+21A7 (its bar at the top) fails them. Each symbol stands alone in 3.5 mm lettering, once
 * upright and once turned by 90° (a vertical dimension's text), far from the others; renderings are read at
 * {@link #PPM} pixels per millimetre.
 */
public final class SymbolInk {
	/** Pixels per millimetre of the renderings the checks expect (508 dpi). */
	public static final double PPM = 20;
	/** Lettering (capital height) of the symbols, millimetres. */
	public static final double LETTERING = 3.5;
	private static final double BASELINE = 250;
	private static final double TURNED_BASELINE = 200;

	private SymbolInk() {
	}

	/** @return the sheet (A4 portrait, 1:1, nothing else on it): each symbol upright and turned */
	public static Sheet sheet() {
		List<Entity> texts = new ArrayList<>();
		for (CalloutSymbol s : CalloutSymbol.values()) {
			texts.add(new Entity.Text(Layer.DIMENSIONS, x(s), BASELINE, LETTERING, 0, Entity.Align.LEFT, String.valueOf(s.character())));
			texts.add(new Entity.Text(Layer.DIMENSIONS, x(s), TURNED_BASELINE, LETTERING, 90, Entity.Align.LEFT,
					String.valueOf(s.character())));
		}
		return new Sheet("SYMBOLS", Paper.A4, new Scale(1, 1), Units.MM, List.of(), texts, Map.of());
	}

	private static double x(CalloutSymbol s) {
		return 40 + 50 * s.ordinal();
	}

	/**
	 * @param png a rendering of {@link #sheet()} at {@link #PPM}, its top left the sheet's top left
	 * @return its dark pixels, [y][x]
	 * @throws IOException when it cannot be read
	 */
	public static boolean[][] ink(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		boolean[][] ink = new boolean[image.getHeight()][image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int argb = image.getRGB(x, y);
				int alpha = argb >>> 24;
				int sum = (argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff);
				ink[y][x] = alpha > 128 && sum < 3 * 128;
			}
		}
		return ink;
	}

	/**
	 * @param lines lines read back from a rendering of {@link #sheet()}, each x1, y1, x2, y2 in sheet millimetres (y up)
	 * @param width the line width on paper, millimetres
	 * @return the dark pixels of the lines drawn at {@link #PPM} with butt caps, [y][x]
	 */
	public static boolean[][] ink(List<double[]> lines, double width) {
		int w = px(Paper.A4.width());
		int h = px(Paper.A4.height());
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.setColor(Color.BLACK);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setStroke(new BasicStroke((float) (width * PPM), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
			for (double[] l : lines) {
				g.draw(new Line2D.Double(l[0] * PPM, (Paper.A4.height() - l[1]) * PPM, l[2] * PPM, (Paper.A4.height() - l[3]) * PPM));
			}
		} finally {
			g.dispose();
		}
		boolean[][] ink = new boolean[h][w];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				ink[y][x] = (image.getRGB(x, y) & 0xff) < 128;
			}
		}
		return ink;
	}

	/**
	 * Checks every symbol's shape, upright and turned, in a rendering of {@link #sheet()}.
	 *
	 * @param ink      the rendering's dark pixels ({@link #ink})
	 * @param renderer who rendered it, for the messages
	 */
	public static void assertShapes(boolean[][] ink, String renderer) {
		double em = LETTERING * TextMetrics.FONT_PER_CAP;
		for (CalloutSymbol s : CalloutSymbol.values()) {
			double w = TextMetrics.width(String.valueOf(s.character()), LETTERING);
			int[] upright = { px(x(s) - 1), py(BASELINE + em), px(x(s) + w + 1), py(BASELINE - 1) };
			assertShape(s, crop(ink, upright), renderer + ", " + s);
			int[] turned = { px(x(s) - em), py(TURNED_BASELINE + w + 1), px(x(s) + 1), py(TURNED_BASELINE - 1) };
			assertShape(s, upright(crop(ink, turned)), renderer + ", " + s + " turned by 90°");
		}
	}

	private static int px(double mm) {
		return (int) Math.round(mm * PPM);
	}

	private static int py(double mm) {
		return (int) Math.round((Paper.A4.height() - mm) * PPM);
	}

	private static boolean[][] crop(boolean[][] ink, int[] box) {
		boolean[][] out = new boolean[box[3] - box[1] + 1][box[2] - box[0] + 1];
		for (int y = box[1]; y <= box[3]; y++) {
			for (int x = box[0]; x <= box[2]; x++) {
				out[y - box[1]][x - box[0]] = y >= 0 && y < ink.length && x >= 0 && x < ink[y].length && ink[y][x];
			}
		}
		return out;
	}

	/** @return the ink of a text turned by 90° counter-clockwise, turned back upright */
	private static boolean[][] upright(boolean[][] ink) {
		int h = ink.length;
		int w = ink[0].length;
		boolean[][] out = new boolean[w][h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				out[x][h - 1 - y] = ink[y][x];
			}
		}
		return out;
	}

	/**
	 * Checks the shape of one symbol in the ink of its box.
	 *
	 * @param s     the symbol
	 * @param ink   the dark pixels of its box, upright, [y][x]
	 * @param where what is checked, for the messages
	 */
	public static void assertShape(CalloutSymbol s, boolean[][] ink, String where) {
		int[] b = bounds(ink);
		switch (s) {
		case COUNTERBORE -> {
			assertTrue(b[2] - b[0] > 20 && b[3] - b[1] > 20, where + ": ⌴ is drawn: " + Arrays.toString(b));
			assertTrue(fill(ink, b, 0, 1, 0.85, 1) > 0.3, where + ": ⌴ has its bottom stroke");
			assertTrue(rowsInked(ink, b, 0, 0.15) > 0.9, where + ": ⌴ has its left side over the full height");
			assertTrue(rowsInked(ink, b, 0.85, 1) > 0.9, where + ": ⌴ has its right side over the full height");
			assertEquals(0, fill(ink, b, 0.2, 0.8, 0, 0.8), where + ": ⌴ is open at the top and empty inside (not a closed box)");
		}
		case COUNTERSINK -> {
			assertTrue(b[2] - b[0] > 20 && b[3] - b[1] > 10, where + ": ⌵ is drawn: " + Arrays.toString(b));
			double aspect = (b[2] - b[0]) / (double) (b[3] - b[1]);
			assertTrue(aspect > 1.6 && aspect < 2.6, where + ": ⌵ has a 90° V, twice as wide as high: " + aspect);
			assertTrue(fill(ink, b, 0, 0.15, 0, 0.2) > 0, where + ": ⌵'s left arm starts at the top left");
			assertTrue(fill(ink, b, 0.85, 1, 0, 0.2) > 0, where + ": ⌵'s right arm starts at the top right");
			assertTrue(fill(ink, b, 0.4, 0.6, 0.8, 1) > 0.3, where + ": ⌵ meets at the bottom middle");
			assertEquals(0, fill(ink, b, 0.35, 0.65, 0, 0.4), where + ": ⌵ is open at the top middle");
			assertEquals(0, fill(ink, b, 0, 0.2, 0.6, 1), where + ": ⌵ is empty at the bottom left (not a box)");
			assertEquals(0, fill(ink, b, 0.8, 1, 0.6, 1), where + ": ⌵ is empty at the bottom right (not a box)");
		}
		case DEPTH -> {
			assertTrue(b[2] - b[0] > 20 && b[3] - b[1] > 30, where + ": ↧ is drawn: " + Arrays.toString(b));
			assertTrue(rowsInked(ink, b, 0.4, 0.6) == 1, where + ": ↧ has a vertical stroke over the full height");
			assertTrue(fill(ink, b, 0, 1, 0.9, 1) > 0.3, where + ": ↧ has a bar at the bottom");
			assertEquals(0, fill(ink, b, 0, 0.3, 0, 0.1) + fill(ink, b, 0.7, 1, 0, 0.1), where + ": ↧ has no bar at the top");
			assertTrue(fill(ink, b, 0.1, 0.4, 0.6, 0.9) > 0, where + ": ↧ has the left half of its arrow head");
			assertTrue(fill(ink, b, 0.6, 0.9, 0.6, 0.9) > 0, where + ": ↧ has the right half of its arrow head");
			assertEquals(0, fill(ink, b, 0, 0.35, 0, 0.5), where + ": ↧ is empty at the top left (not a box)");
			assertEquals(0, fill(ink, b, 0.65, 1, 0, 0.5), where + ": ↧ is empty at the top right (not a box)");
		}
		}
	}

	/** @return {x0, y0, x1, y1} of the ink, inclusive */
	private static int[] bounds(boolean[][] ink) {
		int[] b = bounds(ink, new int[] { 0, 0, ink[0].length - 1, ink.length - 1 });
		assertTrue(b[2] >= 0, "no ink at all where the symbol belongs");
		return b;
	}

	/**
	 * @param ink an image's inked pixels, by row
	 * @param box {x0, y0, x1, y1}, inclusive
	 * @return {x0, y0, x1, y1} of the ink inside the box, inclusive ({@code x1 < 0} if there is none)
	 */
	public static int[] bounds(boolean[][] ink, int[] box) {
		int[] b = { Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1 };
		for (int y = box[1]; y <= box[3]; y++) {
			for (int x = box[0]; x <= box[2]; x++) {
				if (ink[y][x]) {
					b[0] = Math.min(b[0], x);
					b[1] = Math.min(b[1], y);
					b[2] = Math.max(b[2], x);
					b[3] = Math.max(b[3], y);
				}
			}
		}
		return b;
	}

	/**
	 * @param ink an image's inked pixels, by row
	 * @param b   a box {x0, y0, x1, y1}, inclusive
	 * @param fx0 from this fraction of the box's width
	 * @param fx1 to this fraction of its width
	 * @param fy0 from this fraction of its height
	 * @param fy1 to this fraction of its height
	 * @return the fraction of inked pixels in that part of the box
	 */
	public static double fill(boolean[][] ink, int[] b, double fx0, double fx1, double fy0, double fy1) {
		int[] r = region(b, fx0, fx1, fy0, fy1);
		int inked = 0;
		for (int y = r[1]; y <= r[3]; y++) {
			for (int x = r[0]; x <= r[2]; x++) {
				inked += ink[y][x] ? 1 : 0;
			}
		}
		return inked / (double) ((r[2] - r[0] + 1) * (r[3] - r[1] + 1));
	}

	/** @return the fraction of the box's rows that have ink between the fractions of its width */
	private static double rowsInked(boolean[][] ink, int[] b, double fx0, double fx1) {
		int[] r = region(b, fx0, fx1, 0, 1);
		int rows = 0;
		for (int y = r[1]; y <= r[3]; y++) {
			for (int x = r[0]; x <= r[2]; x++) {
				if (ink[y][x]) {
					rows++;
					break;
				}
			}
		}
		return rows / (double) (r[3] - r[1] + 1);
	}

	private static int[] region(int[] b, double fx0, double fx1, double fy0, double fy1) {
		int w = b[2] - b[0];
		int h = b[3] - b[1];
		return new int[] { b[0] + (int) Math.round(w * fx0), b[1] + (int) Math.round(h * fy0), b[0] + (int) Math.round(w * fx1),
				b[1] + (int) Math.round(h * fy1) };
	}
}
