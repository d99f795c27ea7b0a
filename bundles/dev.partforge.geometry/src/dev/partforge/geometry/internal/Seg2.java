// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry.internal;

/** A piece of a closed 2D outline in a host frame's (u, v) plane: a line or a circular arc. */
public sealed interface Seg2 {

	/** @return start (u, v) */
	double[] start();

	/** @return end (u, v) */
	double[] end();

	/**
	 * A straight segment.
	 *
	 * @param u0 start u
	 * @param v0 start v
	 * @param u1 end u
	 * @param v1 end v
	 */
	record LineSeg(double u0, double v0, double u1, double v1) implements Seg2 {
		@Override
		public double[] start() {
			return new double[] { u0, v0 };
		}

		@Override
		public double[] end() {
			return new double[] { u1, v1 };
		}
	}

	/**
	 * A circular arc from angle a0 through the signed sweep (positive = counter-clockwise).
	 *
	 * @param cu    centre u
	 * @param cv    centre v
	 * @param r     radius
	 * @param a0    start angle (radians)
	 * @param sweep signed sweep (radians), |sweep| &lt; 2 pi
	 */
	record ArcSeg(double cu, double cv, double r, double a0, double sweep) implements Seg2 {
		@Override
		public double[] start() {
			return new double[] { cu + r * Math.cos(a0), cv + r * Math.sin(a0) };
		}

		@Override
		public double[] end() {
			return new double[] { cu + r * Math.cos(a0 + sweep), cv + r * Math.sin(a0 + sweep) };
		}
	}
}
