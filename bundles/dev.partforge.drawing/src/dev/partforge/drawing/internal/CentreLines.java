// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;

/**
 * Centre lines that end in a long dash (ISO 128-20): an exporter starts the long-dash dotted pattern at a line's first
 * end, so a line whose length ends in a gap or on the dot would show a stray dot after its last long dash, and one that
 * ends just after a new long dash begins shows a dot and a stub. Such a line is shortened at both ends, equally, until
 * its pattern ends with a whole long dash; it keeps its middle, so a centre mark still crosses at the centre.
 */
final class CentreLines {
	private static final double[] PATTERN = Layer.CENTER.dashPattern();
	private static final double DASH = PATTERN[0];
	private static final double PERIOD = PATTERN[0] + PATTERN[1] + PATTERN[2] + PATTERN[3];
	/** The least length of a line's last long dash (shorter, it reads as a dot). */
	static final double LEAST_END = 2;
	/** Points per curve where a section's box and a centre line's reach into it are sampled. */
	private static final int SAMPLES = 16;
	/** How far a centre line must reach into a section's box to be drawn there (sheet millimetres). */
	private static final double INTO = 1e-3;

	private CentreLines() {
	}

	/** Adds a centre line from (x1, y1) to (x2, y2), shortened as the class comment says. */
	static void line(double x1, double y1, double x2, double y2, List<Entity> out) {
		double len = Math.hypot(x2 - x1, y2 - y1);
		double rest = len % PERIOD;
		if (len <= DASH || rest >= LEAST_END && rest <= DASH) {
			out.add(new Entity.Line(Layer.CENTER, x1, y1, x2, y2));
			return;
		}
		// end where the previous long dash ends: in this period's, or (a stub of a dash) in the period before
		double cut = (rest > DASH ? rest - DASH : rest + PERIOD - DASH) / 2 / len;
		double dx = (x2 - x1) * cut;
		double dy = (y2 - y1) * cut;
		out.add(new Entity.Line(Layer.CENTER, x1 + dx, y1 + dy, x2 - dx, y2 - dy));
	}

	/**
	 * Adds the parts of a centre line that lie outside a section's cut faces (a centre line does not cross hatched
	 * material) and reach into the section's box (the overhang of a feature's axis that the section does not show is
	 * left out), each shortened as {@link #line} does; parts shorter than {@link #LEAST_END} would read as dots and are
	 * left out too.
	 *
	 * @param cut the section's outline on the sheet, or empty for a view without a section
	 */
	static void outside(double x1, double y1, double x2, double y2, List<Curve2> cut, List<Entity> out) {
		if (cut.isEmpty()) {
			line(x1, y1, x2, y2, out);
			return;
		}
		Curve2.Seg s = new Curve2.Seg(x1, y1, x2, y2);
		for (double[] span : kept(s, cut)) {
			double[] a = s.at(span[0]);
			double[] b = s.at(span[1]);
			line(a[0], a[1], b[0], b[1], out);
		}
	}

	/**
	 * Adds a centre circle (a pitch circle), without the arcs that lie on a section's cut faces or outside its box.
	 *
	 * @param cut the section's outline on the sheet, or empty for a view without a section
	 */
	static void circle(double cx, double cy, double r, List<Curve2> cut, List<Entity> out) {
		if (cut.isEmpty()) {
			out.add(new Entity.Arc(Layer.CENTER, cx, cy, r, 0, 360));
			return;
		}
		Curve2.Arc c = new Curve2.Arc(cx, cy, r, 0, 2 * Math.PI);
		for (double[] span : kept(c, cut)) {
			Curve2.Arc a = c.sub(span[0], span[1]);
			out.add(new Entity.Arc(Layer.CENTER, cx, cy, r, Math.toDegrees(a.a0()), Math.toDegrees(a.sweep())));
		}
	}

	/** @return the spans of a centre line or circle off the cut faces, inside the section's box, at least LEAST_END long */
	private static List<double[]> kept(Curve2 c, List<Curve2> cut) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (Curve2 k : cut) {
			for (int i = 0; i <= SAMPLES; i++) {
				double[] p = k.at((double) i / SAMPLES);
				box = new double[] { Math.min(box[0], p[0]), Math.min(box[1], p[1]), Math.max(box[2], p[0]), Math.max(box[3], p[1]) };
			}
		}
		List<double[]> kept = new ArrayList<>();
		for (double[] span : Curve2.insideSpans(c, cut, (x, y) -> !SectionMarks.inside(cut, x, y))) {
			if ((span[1] - span[0]) * c.length() < LEAST_END) {
				continue;
			}
			for (int i = 0; i <= SAMPLES; i++) {
				double[] p = c.at(span[0] + (span[1] - span[0]) * i / SAMPLES);
				if (p[0] > box[0] + INTO && p[0] < box[2] - INTO && p[1] > box[1] + INTO && p[1] < box[3] - INTO) {
					kept.add(span);
					break;
				}
			}
		}
		return kept;
	}
}
