// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;

/**
 * Compares a user's model with the exact part by placement-independent quantities: volume,
 * surface area, the three principal moments of inertia and the extents along the principal axes.
 * Each must agree within the relative tolerance. An extent is compared only along a principal axis
 * whose moment is distinct (more than 0.1 % of the largest moment from the others): along equal
 * moments the axes are not unique, so neither are the extents.
 */
public final class StepCheck {

	/** The default relative tolerance, 0.5 %. */
	public static final double DEFAULT_TOLERANCE = 0.005;

	private static final String[] AXES = { "1st", "2nd", "3rd" };

	private StepCheck() {
	}

	/**
	 * Reads a user's STEP file and compares it with an exact part: what {@code partforge check --step} and the
	 * Timer view's Check STEP file... button call.
	 *
	 * @param exact     the exact part's solid
	 * @param file      the user's STEP file
	 * @param tolerance the relative tolerance (0.005 = 0.5 %)
	 * @return every comparison and the verdict
	 * @throws StepReadException with a one-line reason when the file cannot be checked
	 */
	public static StepCheckResult check(Solid exact, Path file, double tolerance)
			throws StepReadException {
		ModelProperties model = StepModelReader.read(file).properties();
		return compare(ModelProperties.of(exact), model, tolerance);
	}

	/**
	 * @param exact     the exact part's properties
	 * @param model     the user's model's properties
	 * @param tolerance the relative tolerance (0.005 = 0.5 %), at least 0
	 * @return every comparison and the verdict
	 */
	public static StepCheckResult compare(ModelProperties exact, ModelProperties model, double tolerance) {
		if (!(tolerance >= 0) || tolerance >= 1) {
			throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance);
		}
		List<StepCheckResult.Quantity> q = new ArrayList<>();
		q.add(quantity("volume", "mm\u00b3", exact.volume(), model.volume(), tolerance));
		q.add(quantity("surface area", "mm\u00b2", exact.area(), model.area(), tolerance));
		double[] em = array(exact.principalMoments());
		double[] mm = array(model.principalMoments());
		for (int i = 0; i < 3; i++) {
			q.add(quantity(AXES[i] + " principal moment of inertia", "mm\u2075", em[i], mm[i], tolerance));
		}
		double[] ee = array(exact.extents());
		double[] me = array(model.extents());
		for (int i = 0; i < 3; i++) {
			if (distinct(em, i)) {
				q.add(quantity("extent along the " + AXES[i] + " principal axis", "mm", ee[i], me[i], tolerance));
			}
		}
		return new StepCheckResult(q, tolerance);
	}

	private static boolean distinct(double[] m, int i) {
		for (int j = 0; j < 3; j++) {
			if (j != i && Math.abs(m[i] - m[j]) <= 1e-3 * m[2]) {
				return false;
			}
		}
		return true;
	}

	private static StepCheckResult.Quantity quantity(String name, String unit, double expected, double actual, double tol) {
		double rel = (actual - expected) / expected;
		return new StepCheckResult.Quantity(name, unit, expected, actual, rel, Math.abs(rel) <= tol);
	}

	private static double[] array(Vec3 v) {
		return new double[] { v.x(), v.y(), v.z() };
	}
}
