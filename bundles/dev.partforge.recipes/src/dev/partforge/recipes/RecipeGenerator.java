// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.partforge.recipes.internal.SplitMix64;
import dev.partforge.recipes.internal.StockShape;

/**
 * Seeded recipe generator. The same (difficulty, seed, units) gives the same recipe on every JVM:
 * one {@link SplitMix64} stream, no hash-ordered collections, no floating point in decisions
 * except comparisons of clean values. Candidates are proposed and kept only when the whole recipe
 * still passes {@link RecipeValidator}, so every generated recipe is valid. A recipe whose
 * {@link DifficultyScore} is below its level's {@link #minimumScore} (a plate with one hole is not worth practising)
 * is drawn again from a sub-seed derived from the stream seed, so the result stays a function of
 * (difficulty, seed, units).
 *
 * <p>Clean numbers: sizes and positions are whole or half millimetres, or multiples of 1/16 inch.
 */
public final class RecipeGenerator {

	/**
	 * Version written into recipes; bump when the output for a seed changes. 2: concave profile corners
	 * are treated too (changes which candidates fit next to them). 3: features only on side faces a
	 * drawing view can show (the inner walls of a U-profile face each other and are no longer proposed). 4: a minimum
	 * difficulty score per level (seeds whose recipe scored below it give another recipe; all others are unchanged).
	 */
	public static final int VERSION = 4;
	/** Draws from derived sub-seeds before the best-scoring draw is kept. */
	private static final int REDRAWS = 64;
	/** Odd constant (the golden ratio in 64 bits) that spaces the sub-seeds of one stream seed. */
	private static final long SUB_SEED_STEP = 0x9E3779B97F4A7C15L;
	private static final int ATTEMPTS = 400;
	/** Multiplier of the user's seed in {@link #streamSeed}. */
	private static final long SEED_MULTIPLIER = 31;
	/** Offsets of each level in {@link #streamSeed}; fixed values, independent of the enum's order. */
	private static final long BEGINNER_OFFSET = 0;
	private static final long INTERMEDIATE_OFFSET = 1;
	private static final long EXPERT_OFFSET = 2;

	private RecipeGenerator() {
	}

	/**
	 * @param difficulty level
	 * @param seed       any long
	 * @param units      units of the recipe's lengths
	 * @return a valid recipe
	 */
	public static Recipe generate(Difficulty difficulty, long seed, Units units) {
		long stream = streamSeed(difficulty, seed);
		Recipe best = draw(difficulty, seed, units, stream);
		int bestScore = DifficultyScore.of(best);
		for (int k = 1; k <= REDRAWS && bestScore < minimumScore(difficulty); k++) {
			Recipe next = draw(difficulty, seed, units, stream + k * SUB_SEED_STEP);
			int score = DifficultyScore.of(next);
			if (score > bestScore) {
				best = next;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * The least {@link DifficultyScore} of a generated recipe of a level: 6 for beginner parts (two simple features, or
	 * one richer feature on a richer stock, rather than a plate with one hole), 20 intermediate, 45 expert.
	 *
	 * @param difficulty level
	 * @return the minimum score
	 */
	public static int minimumScore(Difficulty difficulty) {
		return switch (difficulty) {
		case BEGINNER -> 6;
		case INTERMEDIATE -> 20;
		case EXPERT -> 45;
		};
	}

	/** One draw of a recipe from a random stream; the name and seed are the user's. */
	private static Recipe draw(Difficulty difficulty, long seed, Units units, long stream) {
		SplitMix64 rng = new SplitMix64(stream);
		Clean q = new Clean(units);
		Stock stock = StockPlan.stock(difficulty, rng, q);
		String name = String.format(Locale.ROOT, "%s %s #%d", label(difficulty), stock.kind().id(), seed);
		Recipe r = new Recipe(name, seed, difficulty, units, VERSION, stock, List.of());
		StockShape shape = new StockShape(stock.scaled(units.millimetres()));
		FeaturePlan plan = new FeaturePlan(difficulty, rng, q, shape);
		int target = switch (difficulty) {
		case BEGINNER -> rng.between(1, 3);
		case INTERMEDIATE -> rng.between(4, 5);
		case EXPERT -> rng.between(6, 9);
		};
		List<FeaturePlan.Need> needs = new ArrayList<>(plan.needs());
		for (int i = 0; i < ATTEMPTS && r.features().size() < target; i++) {
			FeaturePlan.Need need = needs.isEmpty() || i > ATTEMPTS / 2 ? FeaturePlan.Need.ANY : needs.getFirst();
			Feature f = plan.propose(need);
			try {
				Recipe next = r.with(f);
				RecipeValidator.validate(next);
				r = next;
				needs.remove(need);
			} catch (InvalidRecipeException e) {
				// rejected candidate: propose another one (the generator never emits an invalid recipe)
				continue;
			}
		}
		RecipeValidator.validate(r);
		return r;
	}

	/**
	 * Returns the seed of the random stream a recipe is generated from: {@code seed * 31 + offset}, with the
	 * offsets 0 (beginner), 1 (intermediate) and 2 (expert). Every stored part depends on these values; changing
	 * them is a generator change ({@link #VERSION}).
	 *
	 * @param difficulty level
	 * @param seed       the user's seed
	 * @return the stream seed (wraps around like {@code long} arithmetic)
	 */
	public static long streamSeed(Difficulty difficulty, long seed) {
		long offset = switch (difficulty) {
		case BEGINNER -> BEGINNER_OFFSET;
		case INTERMEDIATE -> INTERMEDIATE_OFFSET;
		case EXPERT -> EXPERT_OFFSET;
		};
		return seed * SEED_MULTIPLIER + offset;
	}

	private static String label(Difficulty d) {
		return d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
	}

	/** Rounds millimetre values to clean values in the recipe's units. */
	static final class Clean {
		private final Units units;

		Clean(Units units) {
			this.units = units;
		}

		/** @return a size: half millimetres or sixteenths of an inch (at least one step) */
		double size(double mm) {
			return units == Units.MM ? Math.max(0.5, Math.rint(mm * 2) / 2) : Math.max(1, Math.rint(mm / 25.4 * 16)) / 16;
		}

		/** @return a position: whole millimetres or eighths of an inch */
		double pos(double mm) {
			return units == Units.MM ? Math.rint(mm) : Math.rint(mm / 25.4 * 8) / 8;
		}

		/** @return millimetres of a value in recipe units */
		double mm(double v) {
			return v * units.millimetres();
		}
	}
}
