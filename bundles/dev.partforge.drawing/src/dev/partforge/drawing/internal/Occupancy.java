// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.TextMetrics;

/**
 * How much of a sheet's drawing area a drawing occupies (issue 15's figure): the share of the drawing area's
 * {@value #CELL} mm cells that a view's own box (principal, section or isometric view) covers or that a dimension,
 * callout, centre line or text passes through. Empty paper between and around the views does not count, however far
 * apart they sit. The drawing area is the frame's inner rectangle less the title block's height across the full width.
 */
public final class Occupancy {
	/** Side of the square cells counted, in millimetres on paper. */
	public static final double CELL = 5;
	/** The least share a sheet that may grow is left with where a smaller sheet holds the drawing denser: 25 %. */
	public static final double LEAST = 0.25;

	private final boolean[][] cells;
	private final double left;
	private final double bottom;

	private Occupancy(Sheet s) {
		double[] f = SheetFrame.frame(s.paper());
		left = f[0];
		bottom = f[1] + SheetFrame.TB_HEIGHT;
		cells = new boolean[(int) Math.floor((f[2] - left) / CELL)][(int) Math.floor((f[3] - bottom) / CELL)];
	}

	/**
	 * @param s a sheet
	 * @return the share (0 to 1) of the drawing area's cells that the drawing occupies
	 */
	public static double of(Sheet s) {
		Occupancy o = new Occupancy(s);
		for (Sheet.PlacedView v : s.views()) {
			o.fill(v.x0(), v.y0(), v.x1(), v.y1());
		}
		for (Entity e : s.entities()) {
			if (e.layer() != Layer.FRAME && e.layer() != Layer.TITLEBLOCK) {
				o.occupy(e);
			}
		}
		int taken = 0;
		for (boolean[] column : o.cells) {
			for (boolean c : column) {
				taken += c ? 1 : 0;
			}
		}
		return taken / (double) (o.cells.length * o.cells[0].length);
	}

	/**
	 * @param t a text
	 * @return the box its lettering takes on paper {x0, y0, x1, y1} (width by {@link TextMetrics})
	 */
	public static double[] textBox(Entity.Text t) {
		double w = TextMetrics.width(t.text(), t.height());
		double start = switch (t.align()) {
		case LEFT -> 0;
		case CENTER -> -w / 2;
		case RIGHT -> -w;
		};
		if (t.angleDeg() == 90) {
			return new double[] { t.x() - t.height(), t.y() + start, t.x(), t.y() + start + w };
		}
		return new double[] { t.x() + start, t.y(), t.x() + start + w, t.y() + t.height() };
	}

	private void occupy(Entity e) {
		switch (e) {
		case Entity.Line l -> trace(l.x1(), l.y1(), l.x2(), l.y2());
		case Entity.Arc a -> {
			int n = Math.max(8, (int) Math.ceil(Math.toRadians(Math.abs(a.sweepDeg())) * a.r()));
			for (int i = 0; i < n; i++) {
				double t0 = Math.toRadians(a.startDeg() + a.sweepDeg() * i / n);
				double t1 = Math.toRadians(a.startDeg() + a.sweepDeg() * (i + 1) / n);
				trace(a.cx() + a.r() * Math.cos(t0), a.cy() + a.r() * Math.sin(t0), a.cx() + a.r() * Math.cos(t1),
						a.cy() + a.r() * Math.sin(t1));
			}
		}
		case Entity.Polygon p -> {
			double[] pts = p.points();
			for (int i = 0; i + 3 < pts.length; i += 2) {
				trace(pts[i], pts[i + 1], pts[i + 2], pts[i + 3]);
			}
		}
		case Entity.Hatch h -> h.lines().forEach(l -> trace(l[0], l[1], l[2], l[3]));
		case Entity.Text t -> {
			double[] box = textBox(t);
			fill(box[0], box[1], box[2], box[3]);
		}
		case Entity.Dimension d -> d.graphics().forEach(this::occupy);
		}
	}

	/** Marks the cells a segment passes through, sampled every half millimetre. */
	private void trace(double x1, double y1, double x2, double y2) {
		int n = Math.max(1, (int) Math.ceil(Math.hypot(x2 - x1, y2 - y1) * 2));
		for (int i = 0; i <= n; i++) {
			mark(x1 + (x2 - x1) * i / n, y1 + (y2 - y1) * i / n);
		}
	}

	private void fill(double x0, double y0, double x1, double y1) {
		for (double x = Math.min(x0, x1); x <= Math.max(x0, x1) + CELL; x += CELL) {
			for (double y = Math.min(y0, y1); y <= Math.max(y0, y1) + CELL; y += CELL) {
				mark(Math.min(x, Math.max(x0, x1)), Math.min(y, Math.max(y0, y1)));
			}
		}
	}

	private void mark(double x, double y) {
		int i = (int) Math.floor((x - left) / CELL);
		int j = (int) Math.floor((y - bottom) / CELL);
		if (i >= 0 && j >= 0 && i < cells.length && j < cells[0].length) {
			cells[i][j] = true;
		}
	}
}
