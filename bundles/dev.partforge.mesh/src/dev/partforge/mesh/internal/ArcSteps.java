// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import dev.partforge.geometry.Circle;
import dev.partforge.geometry.Edge;

/** How many chords an edge gets for a chord and an angle tolerance. */
public final class ArcSteps {

	/** The largest angular step of an arc: a quarter turn, so a half circle never degenerates to one chord. */
	public static final double MAX_STEP = Math.PI / 2;

	private ArcSteps() {
	}

	/**
	 * @param e     an edge
	 * @param chord largest distance between the arc and a chord, mm
	 * @param angle largest angular step, radians
	 * @return the number of chords: 1 for a line, otherwise enough equal steps to meet both tolerances
	 */
	public static int of(Edge e, double chord, double angle) {
		if (!(e.curve() instanceof Circle c)) {
			return 1;
		}
		return (int) Math.max(1, Math.ceil(e.extent() / step(c.radius(), chord, angle) - 1e-9));
	}

	/**
	 * @return the largest angular step whose chord stays within {@code chord} of a circle of radius r (sagitta
	 *         r (1 - cos(step / 2))), capped by {@code angle} and {@link #MAX_STEP}
	 */
	public static double step(double r, double chord, double angle) {
		double byChord = chord >= r ? Math.PI : 2 * Math.acos(1 - chord / r);
		return Math.min(MAX_STEP, Math.min(angle, byChord));
	}
}
