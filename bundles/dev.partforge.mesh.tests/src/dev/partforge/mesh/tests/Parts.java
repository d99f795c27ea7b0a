// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.tests;

import java.util.List;

import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/** Hand-made recipes for the mesh tests. */
final class Parts {

	private Parts() {
	}

	static Recipe recipe(Stock stock, Feature... features) {
		return new Recipe("mesh-test", 0, Difficulty.INTERMEDIATE, Units.MM, 1, stock, List.of(features));
	}

	static Stock block(double w, double l, double h) {
		return new Stock(StockKind.BLOCK, w, l, h, 0, 0, CornerTreatment.NONE, 0);
	}
}
