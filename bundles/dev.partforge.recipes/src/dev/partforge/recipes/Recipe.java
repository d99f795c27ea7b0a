// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.ArrayList;
import java.util.List;

/**
 * A part recipe: stock plus ordered features, all lengths in {@link #units()}.
 *
 * @param name             part name
 * @param seed             generator seed
 * @param difficulty       practice level
 * @param units            unit of every length in the recipe
 * @param generatorVersion version of the generator that made it (golden tests pin it)
 * @param stock            raw material
 * @param features         features in order
 */
public record Recipe(String name, long seed, Difficulty difficulty, Units units, int generatorVersion, Stock stock,
		List<Feature> features) {

	/** Copies the feature list. */
	public Recipe {
		features = List.copyOf(features);
	}

	/** @return the same recipe converted to millimetres (what solids and validation use) */
	public Recipe inMillimetres() {
		double k = units.millimetres();
		if (k == 1) {
			return this;
		}
		return new Recipe(name, seed, difficulty, Units.MM, generatorVersion, stock.scaled(k),
				features.stream().map(f -> f.scaled(k)).toList());
	}

	/** @return a copy with one more feature */
	public Recipe with(Feature f) {
		List<Feature> l = new ArrayList<>(features);
		l.add(f);
		return new Recipe(name, seed, difficulty, units, generatorVersion, stock, l);
	}
}
