// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/**
 * A plate 100 x 60 x 20 mm with a through hole, a blind hole and a counterbored hole in its top:
 * the exact PartForge recipe and the same part as OpenCASCADE primitives and booleans.
 */
final class HolePlate {

	private HolePlate() {
	}

	static Recipe recipe() {
		List<Feature> f = List.of(new Hole("TOP", 20, 15, 8, 0, true, new Pattern.None()),
				new Hole("TOP", 80, 15, 8, 12, false, new Pattern.None()),
				new Counterbore("TOP", 50, 40, 10, 0, true, 18, 6, new Pattern.None()));
		return new Recipe("Hole plate", 1, Difficulty.BEGINNER, Units.MM, RecipeGenerator.VERSION,
				new Stock(StockKind.BLOCK, 100, 60, 20, 0, 0, CornerTreatment.NONE, 0), f);
	}

	/**
	 * @param missing the index of the cylinder left out (-1: none)
	 * @return DRAW commands building the part as shape "part", moved and turned arbitrarily
	 */
	static String occ(int missing) {
		List<String> tools = new ArrayList<>();
		tools.add("pcylinder t0 4 30; ttranslate t0 20 15 -5");
		tools.add("pcylinder t1 4 17; ttranslate t1 80 15 8");
		tools.add("pcylinder t2 5 30; ttranslate t2 50 40 -5");
		tools.add("pcylinder t3 9 11; ttranslate t3 50 40 14");
		StringBuilder sb = new StringBuilder("box part 0 0 0 100 60 20\n");
		for (int i = 0; i < tools.size(); i++) {
			if (i != missing) {
				sb.append(tools.get(i)).append('\n').append(String.format(Locale.ROOT, "bcut part part t%d%n", i));
			}
		}
		sb.append("trotate part 3 -7 11 1 2 3 33.3\ntrotate part 0 0 0 -1 0.4 0.2 71\nttranslate part 251.5 -40.25 75\n");
		return sb.toString();
	}
}
