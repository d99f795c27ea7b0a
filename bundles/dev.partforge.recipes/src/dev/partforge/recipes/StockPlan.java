// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import dev.partforge.recipes.internal.SplitMix64;

/** Stock choice per difficulty (values in millimetres before rounding to clean units). */
final class StockPlan {

	private StockPlan() {
	}

	static Stock stock(Difficulty d, SplitMix64 rng, RecipeGenerator.Clean q) {
		StockKind kind = switch (d) {
		case BEGINNER -> rng.chance(70) ? StockKind.BLOCK : StockKind.ROUND;
		case INTERMEDIATE -> rng.chance(50) ? StockKind.BLOCK : rng.chance(40) ? StockKind.ROUND : StockKind.L;
		case EXPERT -> new StockKind[] { StockKind.BLOCK, StockKind.L, StockKind.T, StockKind.U, StockKind.STEPPED }[rng.nextInt(5)];
		};
		CornerTreatment corner = CornerTreatment.NONE;
		if (kind != StockKind.ROUND && d != Difficulty.BEGINNER && (d == Difficulty.EXPERT || rng.chance(60))) {
			corner = rng.chance(50) ? CornerTreatment.FILLET : CornerTreatment.CHAMFER;
		}
		double c = corner == CornerTreatment.NONE ? 0 : q.size(rng.between(3, 6));
		return switch (kind) {
		case BLOCK -> {
			double h = d == Difficulty.BEGINNER ? 5 * rng.between(2, 6) : 5 * rng.between(4, 10);
			yield new Stock(kind, q.size(10 * rng.between(6, 14)), q.size(10 * rng.between(4, 10)), q.size(h), 0, 0, corner, c);
		}
		case ROUND -> {
			double dia = q.size(10 * rng.between(6, 14));
			yield new Stock(kind, dia, dia, q.size(2 * rng.between(5, 12)), 0, 0, corner, 0);
		}
		case L -> new Stock(kind, q.size(10 * rng.between(8, 14)), q.size(10 * rng.between(6, 12)), q.size(5 * rng.between(5, 10)),
				q.size(rng.between(14, 26)), q.size(rng.between(14, 26)), corner, c);
		case T -> new Stock(kind, q.size(10 * rng.between(9, 15)), q.size(10 * rng.between(6, 11)), q.size(5 * rng.between(5, 10)),
				q.size(2 * rng.between(13, 20)), q.size(rng.between(16, 24)), corner, c);
		case U -> new Stock(kind, q.size(10 * rng.between(9, 15)), q.size(10 * rng.between(5, 9)), q.size(5 * rng.between(5, 10)),
				q.size(rng.between(14, 22)), q.size(rng.between(14, 22)), corner, c);
		case STEPPED -> {
			int len = 10 * rng.between(7, 12);
			yield new Stock(kind, q.size(10 * rng.between(9, 15)), q.size(len), q.size(5 * rng.between(5, 10)), q.size(rng.between(20, 30)),
					q.size(rng.between(14, len / 3 - 2)), corner, c);
		}
		};
	}
}
