// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.internal.FeatureShapes;
import dev.partforge.recipes.internal.StockShape;

/**
 * Checks the rules that make a recipe buildable without a boolean kernel ("features never
 * interact"): sane stock, every feature instance inside the stock with at least {@link #MIN_WALL}
 * of material around it (except where it opens), every pair of instances at least
 * {@link #CLEARANCE} apart (axis-aligned boxes, so the test is conservative), and no zero or
 * negative thickness. A failing recipe is rejected with the reason; nothing is ever adjusted.
 */
public final class RecipeValidator {

	/** Minimum material thickness, mm. */
	public static final double MIN_WALL = 2;
	/** Minimum distance between two feature instances, mm. */
	public static final double CLEARANCE = 2;
	/** Smallest diameter, width or step that a feature may have, mm. */
	public static final double MIN_SIZE = 1;
	private static final double EPS = 1e-9;

	private RecipeValidator() {
	}

	/**
	 * @param recipe a recipe in any units
	 * @throws InvalidRecipeException with the first broken rule and how to fix it
	 */
	public static void validate(Recipe recipe) {
		Recipe r = recipe.inMillimetres();
		StockShape shape = StockChecks.check(r.stock());
		List<double[]> boxes = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < r.features().size(); i++) {
			Feature f = r.features().get(i);
			FeatureChecks.check(f, shape, "feature " + (i + 1) + " (" + f.kind() + " on " + f.face() + ")");
			List<double[]> at = f.pattern().instances(f.u(), f.v());
			for (int j = 0; j < at.size(); j++) {
				String label = "feature " + (i + 1) + " (" + f.kind() + " on " + f.face() + (at.size() > 1 ? ", instance " + (j + 1) : "") + ")";
				double[] box = placeInstance(f, shape, at.get(j)[0], at.get(j)[1], label);
				for (int k = 0; k < boxes.size(); k++) {
					double gap = gap(boxes.get(k), box);
					if (gap < CLEARANCE - EPS) {
						throw new InvalidRecipeException(label + " is " + fmt(Math.max(gap, 0)) + " mm from " + labels.get(k)
								+ "; features must stay " + fmt(CLEARANCE) + " mm apart: move or shrink one of them");
					}
				}
				boxes.add(box);
				labels.add(label);
			}
		}
	}

	private static double[] placeInstance(Feature f, StockShape shape, double u, double v, String label) {
		Frame fr = shape.frame(f.face());
		int k = shape.faceIndex(f.face());
		double thickness = k < 0 || FeatureShapes.through(f) ? shape.throughThickness(f.face()) : Double.NaN;
		double[] h = FeatureShapes.halfSize(f);
		double[] w = FeatureShapes.wRange(f, thickness);
		boolean boss = f instanceof Boss;
		double lowW = boss ? 0 : FeatureShapes.through(f) ? w[0] : w[0] - MIN_WALL;
		double[] grown = world(fr, u - h[0] - MIN_WALL, v - h[1] - MIN_WALL, boss ? 0 : lowW, u + h[0] + MIN_WALL, v + h[1] + MIN_WALL,
				0);
		boolean zOk = grown[2] >= -EPS && grown[5] <= shape.stock().height() + EPS;
		if (!zOk || !shape.containsRect(grown[0], grown[1], grown[3], grown[4])) {
			throw new InvalidRecipeException(label + " at (" + fmt(u) + ", " + fmt(v) + ") is not inside the stock with the minimum wall of "
					+ fmt(MIN_WALL) + " mm (check its position, size and depth against the stock and its corner treatment)");
		}
		if (k >= 0) {
			double a0 = shape.treatment(k);
			double a1 = shape.edgeLength(k) - shape.treatment((k + 1) % shape.sides());
			if (u - h[0] - MIN_WALL < a0 - EPS || u + h[0] + MIN_WALL > a1 + EPS) {
				throw new InvalidRecipeException(label + " does not fit on face " + f.face() + ": keep u between " + fmt(a0 + h[0] + MIN_WALL)
						+ " and " + fmt(a1 - h[0] - MIN_WALL) + " mm");
			}
		}
		return world(fr, u - h[0], v - h[1], w[0], u + h[0], v + h[1], w[1]);
	}

	private static double[] world(Frame fr, double u0, double v0, double w0, double u1, double v1, double w1) {
		double[] b = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
				Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (double u : new double[] { u0, u1 }) {
			for (double v : new double[] { v0, v1 }) {
				for (double w : new double[] { w0, w1 }) {
					Vec3 p = fr.point(u, v, w);
					for (int i = 0; i < 3; i++) {
						b[i] = Math.min(b[i], p.get(i));
						b[i + 3] = Math.max(b[i + 3], p.get(i));
					}
				}
			}
		}
		return b;
	}

	/** @return the largest axis separation between two boxes (negative when they overlap) */
	private static double gap(double[] a, double[] b) {
		double g = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < 3; i++) {
			g = Math.max(g, Math.max(a[i] - b[i + 3], b[i] - a[i + 3]));
		}
		return g;
	}

	static String fmt(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
	}
}
