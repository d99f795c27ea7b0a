// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

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
}
