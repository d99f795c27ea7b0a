// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.recipes.Boss;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Countersink;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Slot;

/** Per-instance shape facts of features, in host face coordinates (w along the outward normal). */
public final class FeatureShapes {

	private FeatureShapes() {
	}

	/** @return true for hole-like features and bosses (round footprint) */
	public static boolean round(Feature f) {
		return !(f instanceof Pocket || f instanceof Slot);
	}

	/** @return true when the feature cuts through to the opposite face */
	public static boolean through(Feature f) {
		return switch (f) {
		case Hole h -> h.through();
		case Counterbore c -> c.through();
		case Countersink c -> c.through();
		default -> false;
		};
	}

	/** @return half extents (along u, along v) of the footprint */
	public static double[] halfSize(Feature f) {
		return switch (f) {
		case Hole h -> sq(h.diameter() / 2);
		case Counterbore c -> sq(c.cbDiameter() / 2);
		case Countersink c -> sq(c.csDiameter() / 2);
		case Boss b -> sq(b.diameter() / 2);
		case Pocket p -> new double[] { p.length() / 2, p.width() / 2 };
		case Slot s -> new double[] { s.length() / 2, s.width() / 2 };
		};
	}

	private static double[] sq(double r) {
		return new double[] { r, r };
	}

	/** @return w range {low, high}: below 0 for cuts (to -thickness when through), above 0 for bosses */
	public static double[] wRange(Feature f, double thickness) {
		return switch (f) {
		case Boss b -> new double[] { 0, b.height() };
		case Pocket p -> new double[] { -p.depth(), 0 };
		case Slot s -> new double[] { -s.depth(), 0 };
		default -> new double[] { through(f) ? -thickness : -depthOf(f), 0 };
		};
	}

	private static double depthOf(Feature f) {
		return switch (f) {
		case Hole h -> h.depth();
		case Counterbore c -> c.depth();
		case Countersink c -> c.depth();
		default -> 0;
		};
	}

	/**
	 * The stations (w, radius) of a hole-like cut from the opening down; equal w means a ring.
	 *
	 * @param thickness material thickness used for through holes
	 */
	public static List<double[]> radialProfile(Feature f, double thickness) {
		double bottom = wRange(f, thickness)[0];
		List<double[]> st = new ArrayList<>();
		switch (f) {
		case Hole h -> {
			st.add(new double[] { 0, h.diameter() / 2 });
			st.add(new double[] { bottom, h.diameter() / 2 });
		}
		case Counterbore c -> {
			st.add(new double[] { 0, c.cbDiameter() / 2 });
			st.add(new double[] { -c.cbDepth(), c.cbDiameter() / 2 });
			st.add(new double[] { -c.cbDepth(), c.diameter() / 2 });
			st.add(new double[] { bottom, c.diameter() / 2 });
		}
		case Countersink c -> {
			st.add(new double[] { 0, c.csDiameter() / 2 });
			st.add(new double[] { -c.coneDepth(), c.diameter() / 2 });
			st.add(new double[] { bottom, c.diameter() / 2 });
		}
		default -> throw new IllegalArgumentException("not a hole: " + f.kind());
		}
		return st;
	}
}
