// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.TextMetrics;

/**
 * Paints drawing entities (sheet millimetres, y up) with a GC at a given scale and offset, each with the ISO 128 line
 * width and dash pattern of its {@link Layer}, the same styles the PDF, SVG and DXF exporters use. Texts are drawn in
 * the system's sans serif font, except the ISO 129-1 callout symbols, which are stroked ({@link CalloutSymbols}). Owns
 * the fonts it creates; {@link #dispose()} them.
 */
public final class SheetPainter {

	private final Display display;
	private final Map<Integer, Font> fonts = new HashMap<>();
	private GC gc;
	private double ppm;
	private double originX;
	private double originY;
	private double sheetHeight;
	private int painted;

	/**
	 * @param display the display the fonts are created on
	 */
	public SheetPainter(Display display) {
		this.display = display;
	}

	/**
	 * Prepares a paint pass.
	 *
	 * @param gc          the graphics context
	 * @param ppm         pixels per sheet millimetre
	 * @param originX     pixel x of the sheet's left edge
	 * @param originY     pixel y of the sheet's top edge
	 * @param sheetHeight the sheet height in millimetres
	 */
	public void begin(GC gc, double ppm, double originX, double originY, double sheetHeight) {
		this.gc = gc;
		this.ppm = ppm;
		this.originX = originX;
		this.originY = originY;
		this.sheetHeight = sheetHeight;
		this.painted = 0;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
	}

	/** @return how many entities the last pass painted */
	int painted() {
		return painted;
	}

	double x(double mm) {
		return originX + mm * ppm;
	}

	double y(double mm) {
		return originY + (sheetHeight - mm) * ppm;
	}

	/**
	 * Paints one entity (a dimension with all its graphics).
	 *
	 * @param e the entity
	 */
	public void paint(Entity e) {
		painted++;
		switch (e) {
		case Entity.Line l -> {
			style(l.layer());
			gc.drawLine(round(x(l.x1())), round(y(l.y1())), round(x(l.x2())), round(y(l.y2())));
		}
		case Entity.Arc a -> arc(a);
		case Entity.Polygon p -> polygon(p);
		case Entity.Hatch h -> {
			style(h.layer());
			for (double[] l : h.lines()) {
				gc.drawLine(round(x(l[0])), round(y(l[1])), round(x(l[2])), round(y(l[3])));
			}
		}
		case Entity.Text t -> text(t);
		case Entity.Dimension d -> d.graphics().forEach(this::paint);
		}
	}

	private void style(Layer layer) {
		float width = (float) Math.max(1, layer.lineWidth() * ppm);
		double[] dashes = layer.dashPattern();
		float[] dash = null;
		int style = SWT.LINE_SOLID;
		if (dashes.length > 0) {
			dash = new float[dashes.length];
			for (int i = 0; i < dashes.length; i++) {
				dash[i] = (float) Math.max(1, dashes[i] * ppm);
			}
			style = SWT.LINE_CUSTOM;
		}
		gc.setLineAttributes(new LineAttributes(width, SWT.CAP_FLAT, SWT.JOIN_MITER, style, dash, 0, 10));
	}

	private void arc(Entity.Arc a) {
		style(a.layer());
		float r = (float) (a.r() * ppm);
		Path path = new Path(display);
		try {
			path.addArc((float) x(a.cx()) - r, (float) y(a.cy()) - r, 2 * r, 2 * r, (float) a.startDeg(),
					(float) a.sweepDeg());
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}

	private void polygon(Entity.Polygon p) {
		double[] pts = p.points();
		int[] xy = new int[pts.length];
		for (int i = 0; i < pts.length; i += 2) {
			xy[i] = round(x(pts[i]));
			xy[i + 1] = round(y(pts[i + 1]));
		}
		gc.fillPolygon(xy);
	}

	private void text(Entity.Text t) {
		double fontPx = t.height() * TextMetrics.FONT_PER_CAP * ppm;
		if (fontPx < 3) {
			return; // unreadable at this zoom; skip rather than draw a smudge
		}
		gc.setFont(font((int) Math.round(fontPx * 72 / display.getDPI().y)));
		String text = t.text();
		float[] widths = new float[text.length()];
		float total = 0;
		for (int i = 0, end; i < text.length(); i = end) {
			end = runEnd(text, i);
			widths[i] = CalloutSymbols.isSymbol(text.charAt(i)) ? (float) (TextMetrics.width(text.substring(i, end), t.height()) * ppm)
					: gc.textExtent(text.substring(i, end)).x;
			total += widths[i];
		}
		int ascent = gc.getFontMetrics().getAscent();
		float dx = switch (t.align()) {
		case LEFT -> 0;
		case CENTER -> -total / 2;
		case RIGHT -> -total;
		};
		Transform transform = new Transform(display);
		try {
			transform.translate((float) x(t.x()), (float) y(t.y()));
			transform.rotate((float) -t.angleDeg());
			gc.setTransform(transform);
			for (int i = 0, end; i < text.length(); i = end) {
				end = runEnd(text, i);
				if (CalloutSymbols.isSymbol(text.charAt(i))) {
					CalloutSymbols.draw(gc, display, text.charAt(i), dx, 0, widths[i], (float) fontPx);
				} else {
					gc.drawText(text.substring(i, end), Math.round(dx), -ascent, true);
				}
				dx += widths[i];
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	/**
	 * @return the end of the run of text from start: one callout symbol, or the characters up to the next symbol
	 */
	private static int runEnd(String text, int start) {
		if (CalloutSymbols.isSymbol(text.charAt(start))) {
			return start + 1;
		}
		int end = start + 1;
		while (end < text.length() && !CalloutSymbols.isSymbol(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private Font font(int points) {
		return fonts.computeIfAbsent(Math.max(1, points), p -> new Font(display, new FontData("Sans", p, SWT.NORMAL)));
	}

	private static int round(double v) {
		return (int) Math.round(v);
	}

	/** Disposes the fonts. */
	public void dispose() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
	}
}
