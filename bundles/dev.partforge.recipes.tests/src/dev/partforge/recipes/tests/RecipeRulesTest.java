// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partforge.recipes.Boss;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.DifficultyScore;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeCodec;
import dev.partforge.recipes.RecipeElement;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.RecipeValidator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/** Difficulty levels, clean numbers and validation messages. */
final class RecipeRulesTest {

	private static final Stock BLOCK = new Stock(StockKind.BLOCK, 80, 60, 20, 0, 0, CornerTreatment.FILLET, 5);
	private static final Pattern NONE = new Pattern.None();

	private static Recipe block(Feature... features) {
		return new Recipe("hand-made", 0, Difficulty.INTERMEDIATE, Units.MM, 1, BLOCK, List.of(features));
	}

	@Test
	void levelsAreClearlyDifferent() {
		int n = 200;
		int[][] scores = new int[3][n];
		for (Difficulty d : Difficulty.values()) {
			for (int s = 0; s < n; s++) {
				scores[d.ordinal()][s] = DifficultyScore.of(RecipeGenerator.generate(d, s, s % 2 == 0 ? Units.MM : Units.INCH));
			}
			Arrays.sort(scores[d.ordinal()]);
		}
		assertTrue(scores[0][n - 1] < scores[1][0], "every intermediate part scores above every beginner part");
		assertTrue(scores[1][n / 2] + 10 < scores[2][n / 2], "expert median well above intermediate median");
		assertTrue(scores[0][n - 1] < scores[2][0], "every expert part scores above every beginner part");
	}

	@Test
	void dimensionsAreCleanNumbers() {
		for (Units u : Units.values()) {
			double step = u == Units.MM ? 0.5 : 1.0 / 16;
			for (Difficulty d : Difficulty.values()) {
				for (int s = 0; s < 100; s++) {
					Recipe r = RecipeGenerator.generate(d, s, u);
					List<RecipeElement> all = new java.util.ArrayList<>(RecipeCodec.encodeFeatures(r));
					all.add(RecipeCodec.encodeStock(r));
					for (RecipeElement e : all) {
						for (Map.Entry<String, Double> p : e.params().entrySet()) {
							if (p.getKey().equals("step")) {
								continue;
							}
							double k = p.getValue() / step;
							assertEquals(Math.rint(k), k, 0, r.name() + " " + e.kind() + "." + p.getKey() + "=" + p.getValue() + " is not clean");
						}
					}
				}
			}
		}
	}

	private static void rejected(Recipe r, String... fragments) {
		InvalidRecipeException e = assertThrows(InvalidRecipeException.class, () -> RecipeValidator.validate(r));
		for (String f : fragments) {
			assertTrue(e.getMessage().contains(f), "'" + e.getMessage() + "' should mention '" + f + "'");
		}
		assertThrows(InvalidRecipeException.class, () -> SolidBuilder.build(r), "the builder refuses what the validator rejects");
	}

	@Test
	void validRecipeBuilds() {
		Recipe r = block(new Hole("TOP", 20, 20, 6, 0, true, new Pattern.Linear(3, 12, 0)), new Pocket("SIDE0", 40, 10, 16, 8, 2, 4, NONE),
				new Boss("TOP", 60, 40, 10, 5, NONE));
		RecipeValidator.validate(r);
		assertEquals(3, SolidBuilder.build(r).shell().faces().stream().filter(f -> f.inner().size() > 0).count());
	}

	@Test
	void featureOutsideTheStockIsRejected() {
		rejected(block(new Hole("TOP", 3, 30, 6, 0, true, NONE)), "feature 1 (hole on TOP)", "not inside the stock", "minimum wall of 2 mm");
	}

	@Test
	void blindHoleTooDeepLeavesNoFloor() {
		rejected(block(new Hole("TOP", 40, 30, 6, 19, false, NONE)), "not inside the stock");
	}

	@Test
	void featuresTooCloseAreRejected() {
		rejected(block(new Hole("TOP", 30, 30, 6, 0, true, NONE), new Hole("TOP", 37, 30, 6, 0, true, NONE)), "feature 2 (hole on TOP)",
				"1 mm from feature 1", "2 mm apart");
	}

	@Test
	void patternInstancesAreCheckedToo() {
		rejected(block(new Hole("TOP", 20, 30, 6, 0, true, new Pattern.Linear(4, 20, 0))), "instance 4", "not inside the stock");
	}

	@Test
	void featureOnTheFilletIsRejected() {
		rejected(block(new Hole("SIDE0", 5, 10, 4, 5, false, NONE)), "not inside the stock", "corner treatment");
	}

	@Test
	void featureRunningOffItsHostFaceIsRejected() {
		Stock l = new Stock(StockKind.L, 80, 60, 30, 20, 20, CornerTreatment.NONE, 0);
		rejected(new Recipe("l", 0, Difficulty.EXPERT, Units.MM, 1, l, List.of(new Hole("SIDE2", 59, 15, 4, 5, false, NONE))),
				"does not fit on face SIDE2", "keep u between 4 and 56 mm");
	}

	@Test
	void featureOnAnInnerWallOfAUProfileIsRejected() {
		Stock u = new Stock(StockKind.U, 80, 60, 30, 20, 20, CornerTreatment.NONE, 0);
		rejected(new Recipe("u", 0, Difficulty.EXPERT, Units.MM, 1, u, List.of(new Hole("SIDE3", 20, 15, 5, 5, false, NONE))),
				"SIDE3 faces another wall of the", "no drawing view shows it");
		rejected(new Recipe("u", 0, Difficulty.EXPERT, Units.MM, 1, u, List.of(new Hole("SIDE5", 20, 15, 5, 5, false, NONE))),
				"SIDE5 faces another wall");
	}

	@Test
	void zeroThicknessIsRejected() {
		rejected(block(new Counterbore("TOP", 40, 30, 6, 8, false, 10, 7.5, NONE)), "counterbore depth 7.5 mm leaves less than 1 mm");
		rejected(block(new Hole("TOP", 40, 30, 0, 0, true, NONE)), "hole diameter must be at least 1 mm");
		rejected(block(new Pocket("TOP", 40, 30, 10, 8, 5, 3, NONE)), "corner radius");
	}

	@Test
	void unsupportedCombinationsAreRejected() {
		rejected(block(new Boss("SIDE1", 30, 10, 8, 4, NONE)), "bosses are only supported on the TOP face");
		rejected(block(new Hole("SIDE9", 30, 10, 4, 4, false, NONE)), "unknown host face 'SIDE9'", "SIDE0..SIDE3");
		Stock l = new Stock(StockKind.L, 80, 60, 30, 20, 20, CornerTreatment.NONE, 0);
		rejected(new Recipe("l", 0, Difficulty.EXPERT, Units.MM, 1, l, List.of(new Hole("SIDE1", 10, 15, 5, 0, true, NONE))),
				"through holes in side faces are only supported on block stock");
		rejected(new Recipe("l", 0, Difficulty.EXPERT, Units.MM, 1, new Stock(StockKind.L, 80, 60, 30, 59, 20, CornerTreatment.NONE, 0),
				List.of()), "l-profile", "leave at least 2 mm");
	}

	@Test
	void inchRecipesAreValidatedInMillimetres() {
		Recipe inch = new Recipe("inch", 0, Difficulty.BEGINNER, Units.INCH, 1, new Stock(StockKind.BLOCK, 3, 2, 0.75, 0, 0, CornerTreatment.NONE, 0),
				List.of(new Hole("TOP", 0.125, 1, 0.25, 0, true, NONE)));
		rejected(inch, "not inside the stock");
	}

	@Test
	void codecRejectsUnknownKindsAndMissingParameters() {
		Recipe r = RecipeGenerator.generate(Difficulty.BEGINNER, 4, Units.MM);
		RecipeElement stock = RecipeCodec.encodeStock(r);
		RecipeElement bad = new RecipeElement("knurl", "TOP", new LinkedHashMap<>(Map.of("u", 1.0, "v", 1.0, "pattern", 0.0)));
		InvalidRecipeException e = assertThrows(InvalidRecipeException.class, () -> RecipeCodec.decode("x", 1, Difficulty.BEGINNER, Units.MM, 1,
				stock, List.of(bad)));
		assertTrue(e.getMessage().contains("unknown feature kind 'knurl'"), e.getMessage());
		LinkedHashMap<String, Double> p = RecipeCodec.encodeFeatures(r).getFirst().params();
		p.remove("diameter");
		RecipeElement missing = new RecipeElement(RecipeCodec.encodeFeatures(r).getFirst().kind(), "TOP", p);
		e = assertThrows(InvalidRecipeException.class, () -> RecipeCodec.decode("x", 1, Difficulty.BEGINNER, Units.MM, 1, stock, List.of(missing)));
		assertTrue(e.getMessage().contains("missing parameter 'diameter'"), e.getMessage());
	}

	@Test
	void elementsAreDefensiveCopies() {
		LinkedHashMap<String, Double> p = new LinkedHashMap<>();
		p.put("u", 1.0);
		RecipeElement e = new RecipeElement("hole", "TOP", p);
		p.put("v", 2.0);
		e.params().put("w", 3.0);
		assertEquals(List.of("u"), List.copyOf(e.params().keySet()));
	}
}
