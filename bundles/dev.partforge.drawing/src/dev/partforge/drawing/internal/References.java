// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Vec3;

/**
 * The reference arrow method (ISO 128-30) for views moved off the projection grid when the drawing does not fit a
 * chosen paper otherwise: each moved view is named by a capital letter (B, C, ...; A is the section's) placed above
 * it, and an arrow with the same letter beside a view on the grid shows the viewing direction. The arrow goes in the
 * first view of the grid (front, top, side) that shows the direction in its plane, one whose arrow runs up or down
 * the sheet (or, as the caller asks, across it) preferred, outside that view's dimensions and callouts; never under a
 * section view, where the section's label goes.
 */
final class References {
	/** Height of the letters: the section letters' and the dimension text's. */
	static final double TEXT = Lanes.TEXT;
	/** Length of the arrow with its head. */
	private static final double SHAFT = 8;
	/** Length of the arrowhead. */
	private static final double HEAD = 3;
	/** The room an arrow with its letter takes beyond a view's annotations: clearances, letter and arrow. */
	static final double ROOM = 3 + TextMetrics.width("W", TEXT) + SHAFT;
	/** The room a letter takes above a moved view. */
	static final double LABEL = TEXT + 2;

	/**
	 * A moved view and its arrow.
	 *
	 * @param view   the moved view
	 * @param parent the view on the grid that carries the arrow
	 * @param dx     the arrow's direction on the sheet, x (-1, 0, 1)
	 * @param dy     the arrow's direction on the sheet, y (-1, 0, 1)
	 * @param letter the view's letter
	 */
	record Ref(ViewKind view, ViewKind parent, int dx, int dy, String letter) {
	}

	private References() {
	}

	/**
	 * @param views the views of the drawing, those that stay on the grid first
	 * @param moved the views moved off the grid
	 * @param labelled the view with a label under it (a section view), or null
	 * @param upright  true to prefer arrows that run up or down the sheet, false across it
	 * @return a reference for each moved view, lettered from B in the order of {@code views}, or null when no view on
	 *         the grid can carry a moved view's arrow
	 */
	static List<Ref> plan(Collection<ViewKind> views, Set<ViewKind> moved, ViewKind labelled, boolean upright) {
		List<Ref> out = new ArrayList<>();
		char letter = 'B';
		for (ViewKind v : views) {
			if (!moved.contains(v)) {
				continue;
			}
			Ref best = null;
			for (ViewKind p : views) {
				if (moved.contains(p) || Math.abs(v.forward().dot(p.forward())) > 1e-9) {
					continue;
				}
				Vec3 f = v.forward();
				Ref r = new Ref(v, p, (int) Math.round(f.dot(p.right())), (int) Math.round(f.dot(p.up())), String.valueOf(letter));
				if (p == labelled && r.dy() > 0) {
					continue;
				}
				if (best == null || (best.dy() == 0) == upright && (r.dy() == 0) != upright) {
					best = r;
				}
			}
			if (best == null) {
				return null;
			}
			out.add(best);
			letter++;
		}
		return out;
	}

	/** Makes room for the arrow beside its parent view and for the letter above the moved view. */
	static void reserve(Ref r, Map<ViewKind, ViewLayout> ls) {
		ViewLayout p = ls.get(r.parent());
		if (r.dx() < 0) {
			p.grow(2, ROOM);
		} else if (r.dx() > 0) {
			p.grow(0, ROOM);
		} else if (r.dy() < 0) {
			p.grow(3, ROOM);
		} else {
			p.grow(1, ROOM);
		}
		ls.get(r.view()).grow(3, LABEL);
	}

	/** Draws the arrow with its letter at the outer edge of the room reserved for it, and the letter above the view. */
	static void draw(Ref r, Map<ViewKind, ViewLayout> ls, Map<ViewKind, double[]> origins, List<Entity> out) {
		ViewLayout p = ls.get(r.parent());
		double[] o = origins.get(r.parent());
		double lw = TextMetrics.width(r.letter(), TEXT);
		double cx = o[0] + p.w / 2;
		double cy = o[1] + p.h / 2;
		double tail;
		if (r.dx() != 0) {
			double outer = r.dx() < 0 ? o[0] + p.w + p.right : o[0] - p.left;
			double in = -r.dx();
			out.add(new Entity.Text(Layer.TEXT, outer - in * (1 + lw / 2), cy - TEXT / 2, TEXT, 0, Entity.Align.CENTER, r.letter()));
			tail = outer - in * (2 + lw);
			arrow(tail, cy, r.dx(), 0, out);
		} else {
			double outer = r.dy() < 0 ? o[1] + p.h + p.top : o[1] - p.bottom;
			double in = -r.dy();
			double base = r.dy() < 0 ? outer - 1 - TEXT : outer + 1;
			out.add(new Entity.Text(Layer.TEXT, cx, base, TEXT, 0, Entity.Align.CENTER, r.letter()));
			tail = outer - in * (2 + TEXT);
			arrow(cx, tail, 0, r.dy(), out);
		}
		ViewLayout v = ls.get(r.view());
		double[] ov = origins.get(r.view());
		out.add(new Entity.Text(Layer.TEXT, ov[0] + v.w / 2, ov[1] + v.h + v.top - LABEL + 1, TEXT, 0, Entity.Align.CENTER, r.letter()));
	}

	/** A narrow arrow of {@link #SHAFT} from its tail along (dx, dy), with a filled head. */
	private static void arrow(double x, double y, int dx, int dy, List<Entity> out) {
		double tx = x + dx * SHAFT;
		double ty = y + dy * SHAFT;
		out.add(new Entity.Line(Layer.DIMENSIONS, x, y, tx - dx * HEAD, ty - dy * HEAD));
		double bx = tx - dx * HEAD;
		double by = ty - dy * HEAD;
		double hw = 0.9;
		out.add(new Entity.Polygon(Layer.DIMENSIONS, new double[] { tx, ty, bx - dy * hw, by + dx * hw, bx + dy * hw, by - dx * hw }));
	}
}
