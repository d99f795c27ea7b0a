// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Units;

/** Unit conversion of recipes for drawings in the units a user asks for. */
public final class Recipes {

	private Recipes() {
	}

	/**
	 * @param r     a recipe
	 * @param units the wanted units
	 * @return the same part with every length in those units (the recipe itself when they agree)
	 */
	public static Recipe inUnits(Recipe r, Units units) {
		if (r.units() == units) {
			return r;
		}
		Recipe mm = r.inMillimetres();
		if (units == Units.MM) {
			return mm;
		}
		double k = 1 / units.millimetres();
		return new Recipe(mm.name(), mm.seed(), mm.difficulty(), units, mm.generatorVersion(), mm.stock().scaled(k),
				mm.features().stream().map(f -> f.scaled(k)).toList());
	}
}
