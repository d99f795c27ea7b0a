// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.List;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;

/**
 * Hidden edges too short for the dashed linetype (ISO 128-20 rules for short lines): an exporter starts the pattern
 * with a full dash, so an edge shorter than two dashes and a gap would show no gap or only a cut-off one. Such an edge
 * is drawn as explicit dashes instead, each shorter than the pattern's dash (so it draws solid), the dashes at both
 * ends and at least one gap between them; longer edges keep the linetype.
 */
final class ShortDashes {
	private static final double DASH = Layer.HIDDEN.dashPattern()[0];
	private static final double GAP = Layer.HIDDEN.dashPattern()[1];
	/** Edges shorter than this are drawn as explicit dashes. */
	static final double LIMIT = 2 * DASH + GAP;

	private ShortDashes() {
	}

	/** @return number of dashes for an edge of length len on paper (at least two), gap and dash lengths */
	private static double[] pattern(double len) {
		int n = Math.max(2, (int) Math.floor((len + GAP) / (DASH + GAP)));
		double gap = Math.min(GAP, len / (2 * n - 1));
		double dash = (len - (n - 1) * gap) / n;
		return new double[] { n, gap, dash };
	}

	/** Adds a hidden line from (x1, y1) to (x2, y2). */
	static void line(double x1, double y1, double x2, double y2, List<Entity> out) {
		double len = Math.hypot(x2 - x1, y2 - y1);
		if (len >= LIMIT || len == 0) {
			out.add(new Entity.Line(Layer.HIDDEN, x1, y1, x2, y2));
			return;
		}
		double[] p = pattern(len);
		double ux = (x2 - x1) / len;
		double uy = (y2 - y1) / len;
		for (int i = 0; i < (int) p[0]; i++) {
			double a = i * (p[1] + p[2]);
			double b = a + p[2];
			out.add(new Entity.Line(Layer.HIDDEN, x1 + ux * a, y1 + uy * a, x1 + ux * b, y1 + uy * b));
		}
	}

	/** Adds a hidden arc (angles in degrees, sweep counter-clockwise). */
	static void arc(double cx, double cy, double r, double startDeg, double sweepDeg, List<Entity> out) {
		double len = Math.toRadians(sweepDeg) * r;
		if (len >= LIMIT || len == 0) {
			out.add(new Entity.Arc(Layer.HIDDEN, cx, cy, r, startDeg, sweepDeg));
			return;
		}
		double[] p = pattern(len);
		double perMm = sweepDeg / len;
		for (int i = 0; i < (int) p[0]; i++) {
			out.add(new Entity.Arc(Layer.HIDDEN, cx, cy, r, startDeg + i * (p[1] + p[2]) * perMm, p[2] * perMm));
		}
	}
}
