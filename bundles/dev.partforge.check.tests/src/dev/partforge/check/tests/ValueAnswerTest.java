// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.partforge.check.AnswerKind;
import dev.partforge.check.AnswerUnit;
import dev.partforge.check.CheckOutcome;
import dev.partforge.check.EnteredAnswer;
import dev.partforge.check.ExactPart;
import dev.partforge.check.ValueAnswer;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Material;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/** Checking answers by value on generated parts: exact values, tolerance, and the missing-feature hint. */
public final class ValueAnswerTest {

	/** The first generated beginner part (from seed 1 on) that has a single hole, and that hole's index. */
	private static Object[] partWithAHole(Units units) {
		for (long seed = 1; seed < 500; seed++) {
			Recipe r = RecipeGenerator.generate(Difficulty.BEGINNER, seed, units);
			for (int i = 0; i < r.features().size(); i++) {
				if (r.features().get(i) instanceof Hole h && h.pattern() instanceof Pattern.None) {
					return new Object[] { r, i };
				}
			}
		}
		throw new AssertionError("no generated part with a single hole in 500 seeds");
	}

	private static Recipe without(Recipe r, int index) {
		List<Feature> features = new ArrayList<>(r.features());
		features.remove(index);
		return new Recipe(r.name(), r.seed(), r.difficulty(), r.units(), r.generatorVersion(), r.stock(), features);
	}

	/** The exact value is correct; the part modelled without its hole is not, and the hint names the hole. */
	@ParameterizedTest
	@ValueSource(strings = { "MM", "INCH" })
	void aMissingHoleIsNamed(Units units) {
		Object[] found = partWithAHole(units);
		Recipe recipe = (Recipe) found[0];
		Hole hole = (Hole) recipe.features().get((int) found[1]);
		ExactPart part = new ExactPart(recipe, Material.forSeed(recipe.seed()));
		ExactPart modelled = new ExactPart(without(recipe, (int) found[1]), part.material());
		String expectedHint = "looks like a missing hole of \u00D8"
				+ new java.math.BigDecimal(hole.diameter()).setScale(2, java.math.RoundingMode.HALF_EVEN)
						.stripTrailingZeros().toPlainString()
				+ (units == Units.INCH ? " in" : "");

		CheckOutcome volume = new ValueAnswer(modelled.volume(), AnswerUnit.MM3).check(part, 0.5);
		assertFalse(volume.correct());
		assertEquals(Optional.of(expectedHint), volume.hint());
		assertTrue(volume.deviationPercent() > 0, "without the hole the part is heavier");

		CheckOutcome mass = new ValueAnswer(modelled.mass(), AnswerUnit.G).check(part, 0.5);
		assertFalse(mass.correct());
		assertEquals(Optional.of(expectedHint), mass.hint());

		CheckOutcome inches = new ValueAnswer(modelled.volume() / AnswerUnit.IN3.factor(), AnswerUnit.IN3).check(part,
				0.5);
		assertEquals(Optional.of(expectedHint), inches.hint());

		CheckOutcome exact = new ValueAnswer(part.mass(), AnswerUnit.G).check(part, 0.5);
		assertTrue(exact.correct());
		assertEquals(Optional.empty(), exact.hint());
		assertEquals(0, exact.deviationPercent(), 1e-9);
	}

	/** A hole counted twice is "extra"; a value off by nothing a feature explains has no hint. */
	@Test
	void anExtraHoleAndAPlainMistake() {
		Object[] found = partWithAHole(Units.MM);
		Recipe recipe = (Recipe) found[0];
		ExactPart part = new ExactPart(recipe, Material.AL6061);
		double holeVolume = new ExactPart(without(recipe, (int) found[1]), Material.AL6061).volume() - part.volume();
		CheckOutcome extra = new ValueAnswer(part.volume() - holeVolume, AnswerUnit.MM3).check(part, 0.5);
		assertTrue(extra.hint().orElseThrow().startsWith("looks like an extra hole of"), extra.hint().toString());
		CheckOutcome wrong = new ValueAnswer(part.volume() * 1.37, AnswerUnit.MM3).check(part, 0.5);
		assertFalse(wrong.correct());
		assertEquals(37, wrong.deviationPercent(), 1e-9);
	}

	/** Within ±0.5 % by default; the mass follows from the volume and the density. */
	@Test
	void toleranceAndMass() {
		Recipe recipe = RecipeGenerator.generate(Difficulty.INTERMEDIATE, 7, Units.MM);
		ExactPart part = new ExactPart(recipe, Material.S235);
		assertEquals(part.volume() * 7.85 / 1000, part.mass(), 1e-9);
		assertTrue(new ValueAnswer(part.mass() * 1.004, AnswerUnit.G).check(part, ValueAnswer.DEFAULT_TOLERANCE)
				.correct());
		assertFalse(new ValueAnswer(part.mass() * 1.006, AnswerUnit.G).check(part, ValueAnswer.DEFAULT_TOLERANCE)
				.correct());
		assertTrue(new ValueAnswer(part.mass() * 1.006, AnswerUnit.G).check(part, 1.0).correct());
	}

	@Test
	void parsing() {
		assertEquals(new ValueAnswer(123.5, AnswerUnit.G), ValueAnswer.parse("123.5", AnswerKind.MASS, AnswerUnit.G));
		assertEquals(new ValueAnswer(12.5, AnswerUnit.MM3),
				ValueAnswer.parse("12.5mm3", AnswerKind.VOLUME, AnswerUnit.MM3));
		assertEquals(new ValueAnswer(0.75, AnswerUnit.IN3),
				ValueAnswer.parse("0.75 in3", AnswerKind.VOLUME, AnswerUnit.MM3));
		assertEquals(new ValueAnswer(4, AnswerUnit.IN3), ValueAnswer.parse("4in\u00B3", AnswerKind.VOLUME, AnswerUnit.MM3));
		assertEquals(new ValueAnswer(9, AnswerUnit.MM3), ValueAnswer.parse("9", AnswerKind.VOLUME, AnswerUnit.MM3));
		assertEquals(new EnteredAnswer(AnswerKind.VOLUME, 0.75, "in3"),
				ValueAnswer.parse("0.75in3", AnswerKind.VOLUME, AnswerUnit.MM3).entered());
		for (String bad : List.of("", "-5", "1e3", "12,5", "NaN", "Infinity", "5 kg", "12mm3")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> ValueAnswer.parse(bad, bad.equals("12mm3") ? AnswerKind.MASS : AnswerKind.VOLUME,
							AnswerUnit.MM3));
			assertFalse(e.getMessage().contains("\n"), e.getMessage());
		}
		assertThrows(IllegalArgumentException.class,
				() -> ValueAnswer.parse("9".repeat(400), AnswerKind.MASS, AnswerUnit.G));
	}
}
