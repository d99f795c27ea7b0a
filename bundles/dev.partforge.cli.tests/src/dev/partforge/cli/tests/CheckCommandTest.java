// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partforge.core.DataDirectory;
import dev.partforge.recipes.AnalyticMassProperties;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Material;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * {@code partforge check} on generated parts in the real store: a correct mass, a volume in mm³ and in³, the hint for a
 * part modelled without its hole, the attempt recorded with what was entered, and bad input refused without a record.
 */
class CheckCommandTest {

	private static Path data;

	@BeforeAll
	static void findDataDirectory() {
		data = DataDirectory.get();
	}

	private static CliRun run(int exitCode, String... args) {
		CliRun r = CliRun.run(data, args);
		assertEquals(exitCode, r.exitCode(), String.join(" ", args) + " -> " + r.out() + r.err());
		return r;
	}

	private static String plain(double v) {
		return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
	}

	/** A beginner seed whose part has a single hole, and that hole's index. */
	private static long[] seedWithAHole() {
		for (long seed = 100; seed < 600; seed++) {
			Recipe r = RecipeGenerator.generate(Difficulty.BEGINNER, seed, Units.MM);
			for (int i = 0; i < r.features().size(); i++) {
				if (r.features().get(i) instanceof Hole h && h.pattern() instanceof Pattern.None) {
					return new long[] { seed, i };
				}
			}
		}
		throw new AssertionError("no beginner part with a single hole");
	}

	@Test
	void checksAndRecordsAnswers() {
		long[] found = seedWithAHole();
		long seed = found[0];
		String id = "B-" + seed;
		assertTrue(run(0, "generate", "--difficulty", "beginner", "--seed", Long.toString(seed)).out().startsWith(id));
		Recipe recipe = RecipeGenerator.generate(Difficulty.BEGINNER, seed, Units.MM);
		double volume = AnalyticMassProperties.of(recipe).volume();
		Material material = Material.forSeed(seed);
		assertTrue(run(0, "parts", "get", id, "--json").out().contains("\"material\":\"" + material.id() + "\""),
				"a new part stores its material");

		CliRun mass = run(0, "check", "--part", id, "--mass", plain(material.massGrams(volume)), "--time", "95");
		assertTrue(mass.out().startsWith("correct: ") && mass.out().contains(material.describe()), mass.out());

		String json = run(0, "check", "--part", id, "--volume", plain(volume * 1.004) + "mm3", "--json").out();
		assertTrue(json.contains("\"result\":\"CORRECT\"") && json.contains("\"answerUnit\":\"mm3\"")
				&& json.contains("\"tolerance\":0.5"), json);
		run(0, "check", "--part", id, "--volume", plain(volume / (25.4 * 25.4 * 25.4)) + "in3");

		List<Feature> withoutHole = new ArrayList<>(recipe.features());
		Hole hole = (Hole) withoutHole.remove((int) found[1]);
		double modelled = AnalyticMassProperties.of(new Recipe(recipe.name(), seed, recipe.difficulty(), Units.MM,
				recipe.generatorVersion(), recipe.stock(), withoutHole)).volume();
		CliRun wrong = run(1, "check", "--part", id, "--volume", plain(modelled));
		String diameter = new java.math.BigDecimal(hole.diameter()).setScale(2, java.math.RoundingMode.HALF_EVEN)
				.stripTrailingZeros().toPlainString();
		assertTrue(wrong.out().startsWith("incorrect: +")
				&& wrong.out().contains("looks like a missing hole of \u00D8" + diameter), wrong.out());
		assertEquals("", wrong.err(), "a wrong answer is a result, not an error");

		String records = run(0, "records", "list", "--part", id, "--json").out();
		assertEquals(4, records.split("\"answerKind\"").length - 1, records);
		assertTrue(records.contains("\"answerKind\":\"MASS\"") && records.contains("\"answerUnit\":\"g\"")
				&& records.contains("\"answerUnit\":\"in3\"") && records.contains("\"result\":\"INCORRECT\"")
				&& records.contains("\"timeSpent\":95000"), records);

		for (String[] bad : List.of(new String[] { "--mass", "-3" }, new String[] { "--mass", "1e3" },
				new String[] { "--volume", "5kg" }, new String[] { "--volume", "5", "--mass", "5" },
				new String[] { "--time", "5" })) {
			List<String> args = new ArrayList<>(List.of("check", "--part", id));
			args.addAll(List.of(bad));
			CliRun r = run(2, args.toArray(String[]::new));
			assertTrue(r.err().startsWith("partforge: check") && r.err().strip().lines().count() == 1, r.err());
		}
		CliRun missing = run(1, "check", "--part", "NO-SUCH-PART", "--mass", "5");
		assertTrue(missing.err().startsWith("partforge: ") && missing.err().contains("NO-SUCH-PART"), missing.err());
		assertEquals(records, run(0, "records", "list", "--part", id, "--json").out(), "bad input added records");
	}

	@Test
	void theToleranceIsAPreference() {
		String id = "I-77";
		assertTrue(run(0, "generate", "--difficulty", "intermediate", "--seed", "77").out().startsWith(id));
		double volume = AnalyticMassProperties.of(RecipeGenerator.generate(Difficulty.INTERMEDIATE, 77, Units.MM))
				.volume();
		String twoPercentOff = plain(volume * 1.02);
		run(1, "check", "--part", id, "--volume", twoPercentOff);
		run(0, "prefs", "set", "check.tolerance", "2.5");
		try {
			assertTrue(run(0, "check", "--part", id, "--volume", twoPercentOff).out()
					.contains(String.format(Locale.ROOT, "tolerance \u00B1%s %%", "2.5")));
		} finally {
			run(0, "prefs", "set", "check.tolerance", "0.5");
		}
	}
}
