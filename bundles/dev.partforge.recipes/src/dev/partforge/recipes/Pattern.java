// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.ArrayList;
import java.util.List;

/** Repetition of a feature in its host face's (u, v) coordinates. */
public sealed interface Pattern {

	/** @return the (u, v) of every instance, the feature's own placement first */
	List<double[]> instances(double u, double v);

	/** @return the same pattern with lengths multiplied by k */
	Pattern scaled(double k);

	/** A single instance. */
	record None() implements Pattern {
		@Override
		public List<double[]> instances(double u, double v) {
			return List.of(new double[] { u, v });
		}

		@Override
		public Pattern scaled(double k) {
			return this;
		}
	}

	/**
	 * count instances, each offset by (du, dv) from the previous.
	 *
	 * @param count number of instances (2..12)
	 * @param du    step in u
	 * @param dv    step in v
	 */
	record Linear(int count, double du, double dv) implements Pattern {
		@Override
		public List<double[]> instances(double u, double v) {
			List<double[]> r = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				r.add(new double[] { u + i * du, v + i * dv });
			}
			return r;
		}

		@Override
		public Pattern scaled(double k) {
			return new Linear(count, du * k, dv * k);
		}
	}

	/**
	 * count instances rotated about (cu, cv) by multiples of stepDegrees (counter-clockwise).
	 *
	 * @param count       number of instances (2..12)
	 * @param cu          centre u
	 * @param cv          centre v
	 * @param stepDegrees angle between instances, count x step &lt;= 360
	 */
	record Circular(int count, double cu, double cv, double stepDegrees) implements Pattern {
		@Override
		public List<double[]> instances(double u, double v) {
			List<double[]> r = new ArrayList<>();
			double du = u - cu;
			double dv = v - cv;
			for (int i = 0; i < count; i++) {
				double a = StrictMath.toRadians(i * stepDegrees);
				double c = StrictMath.cos(a);
				double s = StrictMath.sin(a);
				r.add(new double[] { cu + c * du - s * dv, cv + s * du + c * dv });
			}
			return r;
		}

		@Override
		public Pattern scaled(double k) {
			return new Circular(count, cu * k, cv * k, stepDegrees);
		}
	}
}
