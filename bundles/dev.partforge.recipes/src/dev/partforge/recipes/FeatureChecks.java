// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import static dev.partforge.recipes.RecipeValidator.MIN_SIZE;
import static dev.partforge.recipes.RecipeValidator.fmt;

import dev.partforge.recipes.internal.FeatureShapes;
import dev.partforge.recipes.internal.StockShape;

/** Per-feature parameter rules (millimetres), independent of placement. */
final class FeatureChecks {

	private FeatureChecks() {
	}

	static void check(Feature f, StockShape shape, String label) {
		int k;
		try {
			k = shape.faceIndex(f.face());
		} catch (InvalidRecipeException e) {
			throw new InvalidRecipeException(label + ": " + e.getMessage());
		}
		if (k >= 0 && !shape.exposed(k)) {
			throw new InvalidRecipeException(label + ": " + f.face() + " faces another wall of the " + shape.stock().kind().id()
					+ " profile, so no drawing view shows it; put the feature on an outer face");
		}
		if (!Double.isFinite(f.u()) || !Double.isFinite(f.v())) {
			throw new InvalidRecipeException(label + ": position must be finite numbers");
		}
		double thick = shape.throughThickness(f.face());
		if (FeatureShapes.through(f) && Double.isNaN(thick)) {
			throw new InvalidRecipeException(label + ": through holes in side faces are only supported on block stock; make it blind");
		}
		switch (f) {
		case Hole h -> hole(label, h.diameter(), h.depth(), h.through());
		case Counterbore c -> {
			hole(label, c.diameter(), c.depth(), c.through());
			size(label, "counterbore depth", c.cbDepth(), 0.5);
			if (c.cbDiameter() < c.diameter() + 1) {
				throw new InvalidRecipeException(label + ": counterbore diameter must exceed the hole diameter by at least 1 mm");
			}
			floor(label, c.cbDepth(), c.through() ? thick : c.depth(), "counterbore depth");
		}
		case Countersink c -> {
			hole(label, c.diameter(), c.depth(), c.through());
			if (c.csDiameter() < c.diameter() + 1) {
				throw new InvalidRecipeException(label + ": countersink diameter must exceed the hole diameter by at least 1 mm");
			}
			floor(label, c.coneDepth(), c.through() ? thick : c.depth(), "countersink cone depth");
		}
		case Pocket p -> {
			size(label, "pocket length", p.length(), 2 * MIN_SIZE);
			size(label, "pocket width", p.width(), 2 * MIN_SIZE);
			size(label, "pocket depth", p.depth(), 0.5);
			if (p.cornerRadius() < 0 || p.cornerRadius() > Math.min(p.length(), p.width()) / 2) {
				throw new InvalidRecipeException(label + ": corner radius must be between 0 and half the smaller pocket side");
			}
		}
		case Slot s -> {
			size(label, "slot width", s.width(), MIN_SIZE);
			size(label, "slot depth", s.depth(), 0.5);
			if (!(s.length() > s.width())) {
				throw new InvalidRecipeException(label + ": slot length must be larger than its width (use a hole otherwise)");
			}
		}
		case Boss b -> {
			if (!"TOP".equals(b.face())) {
				throw new InvalidRecipeException(label + ": bosses are only supported on the TOP face");
			}
			size(label, "boss diameter", b.diameter(), 2 * MIN_SIZE);
			size(label, "boss height", b.height(), 0.5);
		}
		}
		pattern(f, label);
	}

	private static void hole(String label, double d, double depth, boolean through) {
		size(label, "hole diameter", d, MIN_SIZE);
		if (through ? depth != 0 : !(depth >= 0.5)) {
			throw new InvalidRecipeException(label + (through ? ": a through hole has depth 0 (it ends at the opposite face)"
					: ": a blind hole needs a depth of at least 0.5 mm"));
		}
	}

	private static void floor(String label, double part, double total, String what) {
		if (part > total - 1 + 1e-9) {
			throw new InvalidRecipeException(label + ": " + what + " " + fmt(part) + " mm leaves less than 1 mm of the hole below it (total "
					+ fmt(total) + " mm)");
		}
	}

	private static void size(String label, String what, double v, double min) {
		if (!(v >= min - 1e-9) || !Double.isFinite(v)) {
			throw new InvalidRecipeException(label + ": " + what + " must be at least " + fmt(min) + " mm (got " + v + ")");
		}
	}

	private static void pattern(Feature f, String label) {
		switch (f.pattern()) {
		case Pattern.None n -> {
		}
		case Pattern.Linear l -> {
			count(label, l.count());
			if (Math.hypot(l.du(), l.dv()) < MIN_SIZE) {
				throw new InvalidRecipeException(label + ": linear pattern step must be at least " + fmt(MIN_SIZE) + " mm");
			}
		}
		case Pattern.Circular c -> {
			count(label, c.count());
			if (!FeatureShapes.round(f)) {
				throw new InvalidRecipeException(label + ": circular patterns are only supported for holes and bosses");
			}
			if (!(c.stepDegrees() > 0) || (c.count() - 1) * c.stepDegrees() >= 360 - 1e-9) {
				throw new InvalidRecipeException(label + ": circular pattern step must be positive and (count - 1) x step below 360 degrees");
			}
		}
		case null -> throw new InvalidRecipeException(label + ": missing pattern (use none)");
		}
	}

	private static void count(String label, int n) {
		if (n < 2 || n > 12) {
			throw new InvalidRecipeException(label + ": pattern count must be between 2 and 12 (got " + n + ")");
		}
	}
}
