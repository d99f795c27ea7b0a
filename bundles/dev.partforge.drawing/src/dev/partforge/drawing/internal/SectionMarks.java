// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.geometry.Vec3;

/**
 * What a section adds to the sheet (ISO 128-50, ISO 128-40): the hatching of the cut faces, the cutting-plane line in
 * the parent view, where the plane is seen edge-on (narrow long-dash dotted, wide at its ends, arrows in the viewing
 * direction, a letter at each end) and the label under the section view.
 */
final class SectionMarks {
	/** The section's letter (one section per drawing). */
	static final String LETTER = "A";
	/**
	 * Height of the letters and the label: the dimension text's, so that a letter fits between the part and the first
	 * dimension lane (10 mm out, its text from about 5.5 mm).
	 */
	static final double TEXT = Lanes.TEXT;
	/** How far the cutting-plane line runs past the part's box on each side. */
	static final double OVERHANG = 6;
	/** Length of each wide end of the cutting-plane line (outside the part's box, from 1 mm off it). */
	private static final double END = 4;
	/** Distance from an arrow to its letter where the letter stands beside it (not beyond its tip). */
	private static final double BESIDE = 1.2;
	/** Arrow length from the cutting-plane line to its tip. */
	static final double ARROW = 6;
	/**
	 * How far below the view's box the label's top stays when the view has no bottom lanes: clear of the centre lines,
	 * which run 3 mm past the part.
	 */
	static final double LABEL_CLEAR = 4.5;
	/** Room under the label's baseline. */
	static final double LABEL_BASE = 1;
	/** Hatch angle (degrees). */
	static final double ANGLE = 45;

	private SectionMarks() {
	}

	/**
	 * The hatching, with a spacing that suits the size of the cut faces on paper: an eighth of the smaller side of the
	 * section's box, rounded to 0.5 mm, from 1 to 3 mm (a quarter of it where that leaves fewer than three lines).
	 *
	 * @param s  the section
	 * @param l  the section view's layout (its scale)
	 * @param o  the view's origin on the sheet
	 * @return the hatch entity in sheet millimetres
	 */
	static Entity.Hatch hatch(Section s, ViewLayout l, double[] o) {
		List<Curve2> curves = onSheet(s, l, o);
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (Curve2 t : curves) {
			for (int i = 0; i <= 8; i++) {
				double[] p = t.at(i / 8.0);
				box[0] = Math.min(box[0], p[0]);
				box[1] = Math.min(box[1], p[1]);
				box[2] = Math.max(box[2], p[0]);
				box[3] = Math.max(box[3], p[1]);
			}
		}
		double small = Math.min(box[2] - box[0], box[3] - box[1]);
		double spacing = Math.clamp(Math.round(small / 8 * 2) / 2.0, 1, 3);
		if (spacing > small / 3) {
			spacing = small / 4; // a section a few millimetres small on paper (a large part at 1:20 or less) still shows lines
		}
		List<double[]> loops = new ArrayList<>();
		for (double[] loop : s.loops()) {
			double[] q = loop.clone();
			for (int i = 0; i < q.length; i += 3) {
				q[i] = o[0] + l.x(q[i]);
				q[i + 1] = o[1] + l.y(q[i + 1]);
			}
			loops.add(q);
		}
		return new Entity.Hatch(Layer.HATCH, loops, ANGLE, spacing, lines(curves, box, spacing));
	}

	/**
	 * @param s the section
	 * @param l the section view's layout
	 * @param o the view's origin on the sheet
	 * @return the section's outline in sheet millimetres
	 */
	static List<Curve2> onSheet(Section s, ViewLayout l, double[] o) {
		List<Curve2> curves = new ArrayList<>();
		for (Curve2 c : s.outline()) {
			curves.add(switch (c) {
			case Curve2.Seg g -> new Curve2.Seg(o[0] + l.x(g.x1()), o[1] + l.y(g.y1()), o[0] + l.x(g.x2()), o[1] + l.y(g.y2()));
			case Curve2.Arc a -> new Curve2.Arc(o[0] + l.x(a.cx()), o[1] + l.y(a.cy()), a.r() * l.k, a.a0(), a.sweep());
			});
		}
		return curves;
	}

	/** The 45° lines x - y = c, c a multiple of spacing·√2, clipped to the region inside the curves. */
	private static List<double[]> lines(List<Curve2> curves, double[] box, double spacing) {
		List<double[]> out = new ArrayList<>();
		double step = spacing * Math.sqrt(2);
		for (double c = Math.ceil((box[0] - box[3]) / step) * step; c <= box[2] - box[1]; c += step) {
			double x0 = Math.max(box[0], box[1] + c);
			double x1 = Math.min(box[2], box[3] + c);
			if (x1 - x0 < Tolerance.PIECE) {
				continue;
			}
			Curve2.Seg line = new Curve2.Seg(x0, x0 - c, x1, x1 - c);
			for (double[] span : Curve2.insideSpans(line, curves, (x, y) -> inside(curves, x, y))) {
				double[] a = line.at(span[0]);
				double[] b = line.at(span[1]);
				out.add(new double[] { a[0], a[1], b[0], b[1] });
			}
		}
		return out;
	}

	/** @return true when the point lies inside the curves (parity), on a cut face when they are a section's outline */
	static boolean inside(List<Curve2> curves, double x, double y) {
		int n = 0;
		for (Curve2 c : curves) {
			n += FaceProbe.crossings(c, x, y);
		}
		return (n & 1) == 1;
	}

	/**
	 * Makes room in the parent view's margins for the cutting-plane line (its overhang past the part) with its arrows and
	 * letters.
	 *
	 * @param s the section
	 * @param l the parent view's layout ({@link Section#parent()})
	 */
	static void reserve(Section s, ViewLayout l) {
		Edge e = Edge.of(s, l);
		double past = OVERHANG + 1;
		if (e.horizontal()) {
			double at = l.y(e.at());
			if (e.sign() > 0) {
				l.reserve(past, past, at + ARROW + 1 + TEXT + 1 - l.h, 0);
			} else {
				l.reserve(past, past, 0, ARROW + 1 - at);
			}
		} else {
			double at = l.x(e.at());
			l.reserve(e.sign() < 0 ? ARROW + 1 - at : 0, e.sign() > 0 ? at + ARROW + 1 - l.w : 0, past, past);
		}
	}

	/**
	 * The cutting-plane line of the section's plane, seen edge-on in the parent view as a horizontal or vertical line,
	 * arrows pointing in the section's viewing direction, a letter beyond each arrow. The chain is a {@link CentreLines}
	 * line: it may end up to a dash's gap short of the overhang, inside the wide ends.
	 *
	 * @param s   the section
	 * @param l   the parent view's layout ({@link Section#parent()})
	 * @param o   its origin on the sheet
	 * @param out receives the entities
	 */
	static void cuttingPlane(Section s, ViewLayout l, double[] o, List<Entity> out) {
		Edge e = Edge.of(s, l);
		double g = e.sign();
		double w = TextMetrics.width(LETTER, TEXT);
		if (e.horizontal()) {
			double y = o[1] + l.y(e.at());
			CentreLines.line(o[0] - OVERHANG, y, o[0] + l.w + OVERHANG, y, out); // its chain ends in a long dash, under the wide ends
			for (double[] end : new double[][] { { o[0] - 1 - END, o[0] - 1 }, { o[0] + l.w + 1, o[0] + l.w + 1 + END } }) {
				out.add(new Entity.Line(Layer.CUTTING_PLANE, end[0], y, end[1], y));
				boolean left = end[0] < o[0];
				if (g > 0) {
					double x = (end[0] + end[1]) / 2;
					arrow(x, y, 0, 1, out);
					out.add(new Entity.Text(Layer.TEXT, x, y + ARROW + 1, TEXT, 0, Entity.Align.CENTER, LETTER));
				} else {
					// from the wide end's outer end, the letter beside the arrow towards the part: beyond its tip the letter
					// could sit on the bottom lane's text, further out on the side lanes' text
					double x = left ? end[0] : end[1];
					arrow(x, y, 0, -1, out);
					out.add(new Entity.Text(Layer.TEXT, left ? x + BESIDE : x - BESIDE, y - ARROW + 0.5, TEXT, 0,
							left ? Entity.Align.LEFT : Entity.Align.RIGHT, LETTER));
				}
			}
			return;
		}
		double x = o[0] + l.x(e.at());
		CentreLines.line(x, o[1] - OVERHANG, x, o[1] + l.h + OVERHANG, out);
		for (double[] end : new double[][] { { o[1] - 1 - END, o[1] - 1 }, { o[1] + l.h + 1, o[1] + l.h + 1 + END } }) {
			out.add(new Entity.Line(Layer.CUTTING_PLANE, x, end[0], x, end[1]));
			// from the wide end's outer end, the letter beside the arrow towards the part (beyond its tip it could sit on a
			// side lane's text, further out on the top or bottom lane's)
			boolean below = end[0] < o[1];
			double y = below ? end[0] : end[1];
			arrow(x, y, g, 0, out);
			out.add(new Entity.Text(Layer.TEXT, x + g * (w / 2 + 1), below ? y + BESIDE : y - BESIDE - TEXT, TEXT, 0, Entity.Align.CENTER,
					LETTER));
		}
	}

	/** An arrow of the cutting-plane line from (x, y) in the direction (dx, dy) (a unit axis direction). */
	private static void arrow(double x, double y, double dx, double dy, List<Entity> out) {
		out.add(new Entity.Line(Layer.CUTTING_PLANE, x, y, x + dx * (ARROW - 2.5), y + dy * (ARROW - 2.5)));
		double bx = x + dx * (ARROW - 3);
		double by = y + dy * (ARROW - 3);
		out.add(new Entity.Polygon(Layer.CUTTING_PLANE,
				new double[] { x + dx * ARROW, y + dy * ARROW, bx - dy * 0.9, by - dx * 0.9, bx + dy * 0.9, by + dx * 0.9 }));
	}

	/**
	 * The section plane seen edge-on in the parent view.
	 *
	 * @param horizontal true when it is a horizontal line (the plane's normal along the parent view's up axis)
	 * @param at         its position along the parent view's up axis (horizontal) or right axis (model millimetres)
	 * @param sign       the direction the arrows point along the other axis: +1 up or right, -1 down or left
	 */
	private record Edge(boolean horizontal, double at, double sign) {
		static Edge of(Section s, ViewLayout parent) {
			Vec3 fwd = s.view().forward();
			double up = fwd.dot(parent.kind.up());
			double right = fwd.dot(parent.kind.right());
			if (Math.abs(Math.abs(up) - 1) < Tolerance.DIRECTION) {
				return new Edge(true, s.depth() * up, Math.signum(up));
			}
			if (Math.abs(Math.abs(right) - 1) < Tolerance.DIRECTION) {
				return new Edge(false, s.depth() * right, Math.signum(right));
			}
			throw new IllegalStateException("the " + s.view() + " section's plane is not seen edge-on in the " + parent.kind + " view");
		}
	}

	/**
	 * The label "A-A" under the section view, centred, in the room reserved below its lanes.
	 *
	 * @param l   the section view's layout
	 * @param o   its origin on the sheet
	 * @param out receives the label
	 */
	static void label(ViewLayout l, double[] o, List<Entity> out) {
		out.add(new Entity.Text(Layer.TEXT, o[0] + l.w / 2, o[1] - l.bottom + LABEL_BASE, TEXT, 0, Entity.Align.CENTER,
				LETTER + "-" + LETTER));
	}
}
