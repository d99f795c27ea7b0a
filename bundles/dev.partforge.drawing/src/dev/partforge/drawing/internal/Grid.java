// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.partforge.drawing.Projection;
import dev.partforge.drawing.ViewKind;

/**
 * The projection grid packed by what its cells hold. The grid is a cross: the front view's row (side and rear views)
 * and its column (top and bottom views). Neighbours in the row are spaced by their own margins (the right margin of
 * one, the gap, the left margin of the next, stretch by stretch: {@link ViewLayout#margin(int, int)}), not by the
 * widest margin of a whole column, and neighbours in the column likewise, so that a top view's callouts do not push the side view away and a side view's section label does not
 * push the top view down. Where a view of the row and a view of the column then come too close (a callout text
 * reaching past its column beside a side view's label), the one of the two that needs the smaller move goes further
 * out, the one whose move keeps the grid inside the drawing area first.
 */
final class Grid {
	/**
	 * Bound on the moves: each move separates one pair of a row view and a column view for good (views only move
	 * outwards), and there are at most six such pairs.
	 */
	private static final int ROUNDS = 32;

	private final List<ViewLayout> row = new ArrayList<>();
	private final List<ViewLayout> column = new ArrayList<>();
	private final Map<ViewKind, Double> extra = new EnumMap<>(ViewKind.class);
	private final Map<ViewKind, int[]> cells = new EnumMap<>(ViewKind.class);
	private final Map<ViewKind, double[]> at = new EnumMap<>(ViewKind.class);
	private final double gap;
	private final boolean tight;
	private final ViewLayout front;

	/**
	 * @param views      the views on the grid, with their margins
	 * @param projection the projection method (places the views)
	 * @param gap        the least gap between two views' rectangles (with their annotations)
	 * @param tight      true to space neighbours by their own margins; false to space them by the widest margins of
	 *                   their whole columns and rows (the row and the column are then clear of each other, and the
	 *                   free room around the grid is shaped differently)
	 * @param width      the width of the drawing area
	 * @param height     the height of the drawing area
	 */
	Grid(Collection<ViewLayout> views, Projection projection, double gap, boolean tight, double width, double height) {
		this.gap = gap;
		this.tight = tight;
		ViewLayout f = null;
		for (ViewLayout l : views) {
			int[] c = l.kind.cell(projection);
			cells.put(l.kind, c);
			if (c[0] == 0 && c[1] == 0) {
				f = l;
			} else if (c[1] == 0) {
				row.add(l);
			} else if (c[0] == 0) {
				column.add(l);
			} else {
				throw new IllegalStateException(l.kind + " is neither in the front view's row nor in its column");
			}
		}
		if (f == null) {
			throw new IllegalStateException("no front view on the grid");
		}
		front = f;
		row.sort(Comparator.comparingInt(l -> Math.abs(cells.get(l.kind)[0])));
		column.sort(Comparator.comparingInt(l -> Math.abs(cells.get(l.kind)[1])));
		place();
		for (int round = 0; separate(width, height); round++) {
			if (round == ROUNDS) {
				throw new IllegalStateException("the views of the grid could not be separated");
			}
			place();
		}
	}

	/** Places the views outwards from the front view, each beside its neighbour nearer the front view. */
	private void place() {
		at.clear();
		at.put(front.kind, new double[] { 0, 0 });
		ViewLayout[] last = { front, front };
		for (ViewLayout l : row) {
			int side = cells.get(l.kind)[0] > 0 ? 1 : 0;
			ViewLayout p = last[side];
			double[] o = at.get(p.kind);
			double x = side == 1 ? o[0] + p.w + apart(p, 2, l) + gap + extra(l) : o[0] - apart(p, 0, l) - gap - l.w - extra(l);
			at.put(l.kind, new double[] { x, 0 });
			last[side] = l;
		}
		last[0] = front;
		last[1] = front;
		for (ViewLayout l : column) {
			int side = cells.get(l.kind)[1] > 0 ? 1 : 0;
			ViewLayout p = last[side];
			double[] o = at.get(p.kind);
			double y = side == 1 ? o[1] + p.h + apart(p, 3, l) + gap + extra(l) : o[1] - apart(p, 1, l) - gap - l.h - extra(l);
			at.put(l.kind, new double[] { 0, y });
			last[side] = l;
		}
	}

	/**
	 * How far apart two neighbours' boxes must be (less the gap): tight, the sum of the facing margins stretch by stretch
	 * (beside the boxes' common span, past its low end, past its high end; neighbours in a row share their height, in a
	 * column their width), so that one's text past a corner may sit beside the other's bare corner; else the sum of the
	 * widest margins ({@link #margin}).
	 *
	 * @param p    the view nearer the front view
	 * @param side the side of {@code p} that faces {@code l} (0 left, 1 bottom, 2 right, 3 top)
	 * @param l    its neighbour further out
	 */
	private double apart(ViewLayout p, int side, ViewLayout l) {
		int facing = (side + 2) % 4;
		if (!tight) {
			return margin(p, side) + margin(l, facing);
		}
		double d = 0;
		for (int stretch = 0; stretch < 3; stretch++) {
			d = Math.max(d, p.margin(side, stretch) + l.margin(facing, stretch));
		}
		return d;
	}

	/**
	 * @param l    a view
	 * @param side 0 left, 1 bottom, 2 right, 3 top
	 * @return the view's own margin on that side; when not tight, the widest margin on that side of the views in its
	 *         column (left, right) or row (bottom, top)
	 */
	private double margin(ViewLayout l, int side) {
		double m = own(l, side);
		if (!tight) {
			int[] c = cells.get(l.kind);
			for (ViewLayout o : all()) {
				int[] d = cells.get(o.kind);
				if (side % 2 == 0 ? d[0] == c[0] : d[1] == c[1]) {
					m = Math.max(m, own(o, side));
				}
			}
		}
		return m;
	}

	private static double own(ViewLayout l, int side) {
		return switch (side) {
		case 0 -> l.left;
		case 1 -> l.bottom;
		case 2 -> l.right;
		default -> l.top;
		};
	}

	private double extra(ViewLayout l) {
		return extra.getOrDefault(l.kind, 0.0);
	}

	/**
	 * Moves one view of the row or of the column further out where the two come too close.
	 *
	 * @return true when a view was moved (the grid is placed again), false when all are clear
	 */
	private boolean separate(double width, double height) {
		double[] b = bounds();
		for (ViewLayout r : row) {
			for (ViewLayout c : column) {
				double[] a = rect(r);
				double[] d = rect(c);
				if (!(a[0] < d[2] + gap && d[0] < a[2] + gap && a[1] < d[3] + gap && d[1] < a[3] + gap)) {
					continue;
				}
				double dx = cells.get(r.kind)[0] > 0 ? d[2] + gap - a[0] : a[2] + gap - d[0];
				double dy = cells.get(c.kind)[1] > 0 ? a[3] + gap - d[1] : d[3] + gap - a[1];
				boolean wide = b[2] - b[0] + dx <= width;
				boolean tall = b[3] - b[1] + dy <= height;
				if (wide && (!tall || dx <= dy) || !wide && !tall && dx <= dy) {
					extra.merge(r.kind, dx, Double::sum);
				} else {
					extra.merge(c.kind, dy, Double::sum);
				}
				return true;
			}
		}
		return false;
	}

	/** @return a view's rectangle with its annotations, relative to the front view's box {x0, y0, x1, y1} */
	private double[] rect(ViewLayout l) {
		double[] o = at.get(l.kind);
		return new double[] { o[0] - l.left, o[1] - l.bottom, o[0] + l.w + l.right, o[1] + l.h + l.top };
	}

	/** @return the rectangle around all views with their annotations, relative to the front view's box */
	double[] bounds() {
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (ViewLayout l : all()) {
			double[] r = rect(l);
			b[0] = Math.min(b[0], r[0]);
			b[1] = Math.min(b[1], r[1]);
			b[2] = Math.max(b[2], r[2]);
			b[3] = Math.max(b[3], r[3]);
		}
		return b;
	}

	private List<ViewLayout> all() {
		List<ViewLayout> all = new ArrayList<>(row);
		all.add(front);
		all.addAll(column);
		return all;
	}

	/**
	 * @param area  the drawing area {x0, y0, x1, y1}
	 * @param align where the grid goes in the free space, as (x, y) fractions
	 * @return the bottom left of every view's box on the sheet
	 */
	Map<ViewKind, double[]> origins(double[] area, double[] align) {
		double[] b = bounds();
		double x = area[0] + (area[2] - area[0] - (b[2] - b[0])) * align[0] - b[0];
		double y = area[1] + (area[3] - area[1] - (b[3] - b[1])) * align[1] - b[1];
		Map<ViewKind, double[]> origins = new EnumMap<>(ViewKind.class);
		at.forEach((v, o) -> origins.put(v, new double[] { x + o[0], y + o[1] }));
		return origins;
	}
}
