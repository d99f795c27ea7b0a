// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import static dev.partforge.recipes.RecipeValidator.MIN_WALL;
import static dev.partforge.recipes.RecipeValidator.fmt;

import dev.partforge.recipes.internal.StockShape;

/** Stock rules (millimetres). */
final class StockChecks {

	private StockChecks() {
	}

	static StockShape check(Stock s) {
		if (s == null || s.kind() == null) {
			throw new InvalidRecipeException("the recipe has no stock: add a block, round or profile stock");
		}
		positive("stock width", s.width());
		positive("stock length", s.length());
		positive("stock height", s.height());
		if (s.height() < 2 * MIN_WALL || s.width() < 4 * MIN_WALL || s.length() < 4 * MIN_WALL) {
			throw new InvalidRecipeException("the stock is too small: width and length must be at least " + fmt(4 * MIN_WALL)
					+ " mm and height at least " + fmt(2 * MIN_WALL) + " mm");
		}
		switch (s.kind()) {
		case BLOCK -> {
		}
		case ROUND -> {
			if (s.width() != s.length()) {
				throw new InvalidRecipeException("round stock needs width = length = diameter (got " + fmt(s.width()) + " and " + fmt(s.length()) + ")");
			}
			if (s.corner() != CornerTreatment.NONE) {
				throw new InvalidRecipeException("round stock has no corners to fillet or chamfer: set corner treatment to NONE");
			}
		}
		case L -> legs(s, s.a(), s.length(), s.b(), s.width(), "leg thickness a (in y)", "leg thickness b (in x)");
		case T -> legs(s, s.a(), s.width(), s.b(), s.length(), "stem width a", "flange thickness b");
		case U -> legs(s, 2 * s.a(), s.width(), s.b(), s.length(), "twice the wall thickness a", "base thickness b");
		case STEPPED -> legs(s, 2 * s.a(), s.width(), 2 * s.b(), s.length(), "twice the step run a", "twice the step rise b");
		}
		if (s.corner() == null || s.cornerSize() < 0 || (s.corner() == CornerTreatment.NONE) != (s.cornerSize() == 0)) {
			throw new InvalidRecipeException("corner treatment and corner size disagree: use NONE with size 0, or FILLET/CHAMFER with a size above 0");
		}
		StockShape shape = new StockShape(s);
		for (int k = 0; k < shape.sides(); k++) {
			double left = shape.edgeLength(k) - shape.treatment(k) - shape.treatment((k + 1) % shape.sides());
			if (left < 1 - 1e-9) {
				throw new InvalidRecipeException("corner size " + fmt(s.cornerSize()) + " mm leaves less than 1 mm of straight edge on side "
						+ k + ": make the corners smaller");
			}
		}
		return shape;
	}

	private static void legs(Stock s, double a, double overallA, double b, double overallB, String la, String lb) {
		if (!(a > 0) || a > overallA - MIN_WALL || !(b > 0) || b > overallB - MIN_WALL || s.a() < MIN_WALL || s.b() < MIN_WALL) {
			throw new InvalidRecipeException(s.kind().id() + ": " + la + " and " + lb + " must be at least " + fmt(MIN_WALL)
					+ " mm and leave at least " + fmt(MIN_WALL) + " mm of the overall size");
		}
	}

	static void positive(String what, double v) {
		if (!(v > 0) || !Double.isFinite(v)) {
			throw new InvalidRecipeException(what + " must be a positive length (got " + v + ")");
		}
	}
}
