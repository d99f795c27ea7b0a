// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;

/**
 * A bounded edge from its start vertex (t = 0) to its end vertex (t = 1), in millimetres.
 */
public interface EdgeGeom {

	/** @return the point at fraction t */
	Vec3 point(double t);

	/** @return d point / dt at fraction t (central differences unless a curve knows better) */
	default Vec3 derivative(double t) {
		double h = 1e-6;
		double a = Math.max(0, t - h);
		double b = Math.min(1, t + h);
		return point(b).minus(point(a)).times(1 / (b - a));
	}

	/** @return how many equal pieces a quadrature should split the edge into */
	int pieces();

	/** A straight segment. */
	record Segment(Vec3 from, Vec3 to) implements EdgeGeom {
		@Override
		public Vec3 point(double t) {
			return from.plus(to.minus(from).times(t));
		}

		@Override
		public Vec3 derivative(double t) {
			return to.minus(from);
		}

		@Override
		public int pieces() {
			return 1;
		}
	}

	/**
	 * An arc of an ellipse (a circle when a == b) in the xy plane of a frame, from angle t0 sweeping
	 * by span (negative: clockwise).
	 */
	record Arc(Frame frame, double a, double b, double t0, double span) implements EdgeGeom {
		@Override
		public Vec3 point(double t) {
			double th = t0 + span * t;
			return frame.point(a * Math.cos(th), b * Math.sin(th), 0);
		}

		@Override
		public Vec3 derivative(double t) {
			double th = t0 + span * t;
			return frame.direction(-a * Math.sin(th) * span, b * Math.cos(th) * span, 0);
		}

		@Override
		public int pieces() {
			return Math.max(2, (int) Math.ceil(Math.abs(span) / (Math.PI / 4)));
		}
	}
}
