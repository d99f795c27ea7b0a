// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;

/**
 * What a section adds to the sheet (ISO 128-50, ISO 128-40): the hatching of the cut faces, the cutting-plane line in
 * the parent view (narrow long-dash dotted, wide at its ends, arrows in the viewing direction, a letter at each end)
 * and the label under the section view.
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
		List<Curve2> curves = new ArrayList<>();
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (Curve2 c : s.outline()) {
			Curve2 t = switch (c) {
			case Curve2.Seg g -> new Curve2.Seg(o[0] + l.x(g.x1()), o[1] + l.y(g.y1()), o[0] + l.x(g.x2()), o[1] + l.y(g.y2()));
			case Curve2.Arc a -> new Curve2.Arc(o[0] + l.x(a.cx()), o[1] + l.y(a.cy()), a.r() * l.k, a.a0(), a.sweep());
			};
			curves.add(t);
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
			List<Double> ts = new ArrayList<>(List.of(0.0, 1.0));
			for (Curve2 k : curves) {
				Curve2.cuts(line, k, ts);
			}
			ts.sort(null);
			double[] run = null;
			for (int i = 0; i + 1 < ts.size(); i++) {
				double t0 = ts.get(i);
				double t1 = ts.get(i + 1);
				if ((t1 - t0) * line.length() < Tolerance.PIECE) {
					continue;
				}
				double[] m = line.at((t0 + t1) / 2);
				if (inside(curves, m[0], m[1])) {
					double[] a = line.at(t0);
					double[] b = line.at(t1);
					if (run != null && Math.hypot(run[2] - a[0], run[3] - a[1]) < Tolerance.PIECE) {
						run[2] = b[0];
						run[3] = b[1];
					} else {
						run = new double[] { a[0], a[1], b[0], b[1] };
						out.add(run);
					}
				} else {
					run = null;
				}
			}
		}
		return out;
	}

	private static boolean inside(List<Curve2> curves, double x, double y) {
		int n = 0;
		for (Curve2 c : curves) {
			n += FaceProbe.crossings(c, x, y);
		}
		return (n & 1) == 1;
	}

	/**
	 * The cutting-plane line of a plane seen edge-on as a horizontal line in the parent view, arrows pointing up the
	 * sheet (the section's viewing direction), a letter beyond each arrow. The chain is a {@link CentreLines} line: it
	 * may end up to a dash's gap short of the overhang, inside the wide ends.
	 *
	 * @param l the parent view's layout
	 * @param o its origin on the sheet
	 * @param u the plane's position along the parent view's up axis (model millimetres)
	 * @param out receives the entities
	 */
	static void cuttingPlane(ViewLayout l, double[] o, double u, List<Entity> out) {
		double y = o[1] + l.y(u);
		double left = o[0] - OVERHANG;
		double right = o[0] + l.w + OVERHANG;
		CentreLines.line(left, y, right, y, out); // its chain ends in a long dash, under the wide ends
		for (double[] end : new double[][] { { o[0] - 1 - END, o[0] - 1 }, { o[0] + l.w + 1, o[0] + l.w + 1 + END } }) {
			out.add(new Entity.Line(Layer.CUTTING_PLANE, end[0], y, end[1], y));
			double x = (end[0] + end[1]) / 2;
			out.add(new Entity.Line(Layer.CUTTING_PLANE, x, y, x, y + ARROW - 2.5));
			out.add(new Entity.Polygon(Layer.CUTTING_PLANE, new double[] { x, y + ARROW, x - 0.9, y + ARROW - 3, x + 0.9, y + ARROW - 3 }));
			out.add(new Entity.Text(Layer.TEXT, x, y + ARROW + 1, TEXT, 0, Entity.Align.CENTER, LETTER));
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
