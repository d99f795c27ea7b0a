// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.recipes.AnalyticMassProperties;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/** {@code generate} and {@code export} through the real dispatcher, store and exporters. */
class GenerateExportCommandsTest {

	@TempDir
	Path dir;

	@Test
	void generatePrintsTheFactsAndStoresThePart() {
		CliRun.run(dir, "parts", "delete", "E-31"); // the test store outlives a run without clean
		CliRun r = CliRun.run(dir, "generate", "--difficulty", "Expert", "--seed", "31", "--json");
		assertEquals(0, r.exitCode(), r.err());
		double volume = AnalyticMassProperties.of(RecipeGenerator.generate(Difficulty.EXPERT, 31, Units.MM)).volume();
		String json = r.out().trim();
		assertTrue(json.startsWith("{\"id\":\"E-31\",\"name\":"), json);
		assertTrue(json.contains("\"difficulty\":\"expert\""), json);
		assertTrue(json.contains("\"seed\":31"), json);
		assertTrue(json.contains("\"volume\":" + volume), json + " vs " + volume);
		assertTrue(json.contains("\"difficultyScore\":") && json.contains("\"area\":") && json.contains("\"bbox\":"),
				json);
		CliRun again = CliRun.run(dir, "generate", "--difficulty", "expert", "--seed", "31", "--json");
		assertEquals(json, again.out().trim(), "the same seed must give the same part");
		assertTrue(CliRun.run(dir, "parts", "get", "E-31").out().contains("E-31"));
	}

	@Test
	void badGenerateInputIsOneLineAndStoresNothing() {
		for (List<String> args : List.of(List.of("--difficulty", "hard"), List.of("--difficulty", "expert", "--seed", "x"),
				List.of("--difficulty", "expert", "--seed", "-5"), List.of("--seed", "5"),
				List.of("--difficulty", "expert", "--units", "cubits"))) {
			String[] argv = java.util.stream.Stream.concat(java.util.stream.Stream.of("generate"), args.stream())
					.toArray(String[]::new);
			CliRun r = CliRun.run(dir, argv);
			assertEquals(2, r.exitCode(), args + ": " + r.err());
			assertEquals(1, r.err().lines().count(), r.err());
			assertTrue(r.err().startsWith("partforge: generate: "), r.err());
		}
		assertEquals(1, CliRun.run(dir, "parts", "get", "E--5").exitCode());
	}

	@Test
	void exportsStepForOnePartAndForASet() throws Exception {
		CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "5");
		CliRun.run(dir, "generate", "--difficulty", "intermediate", "--seed", "6", "--units", "inch");
		Path one = dir.resolve("one.step");
		CliRun r = CliRun.run(dir, "export", "--part", "B-5", "--format", "step", "--out", one.toString());
		assertEquals(0, r.exitCode(), r.err());
		String text = Files.readString(one, StandardCharsets.US_ASCII);
		assertTrue(text.startsWith("ISO-10303-21;"), text.substring(0, 40));
		assertTrue(text.contains("PRODUCT('B-5'"), "product id is the part id");
		Path set = dir.resolve("set.step");
		r = CliRun.run(dir, "export", "--set", "B-5,I-6-IN", "--format", "STEP", "--out", set.toString(), "--units",
				"inch", "--schema", "ap242");
		assertEquals(0, r.exitCode(), r.err());
		String setText = Files.readString(set, StandardCharsets.US_ASCII);
		assertTrue(setText.contains("NEXT_ASSEMBLY_USAGE_OCCURRENCE"), "a set is an assembly");
		assertTrue(setText.contains("CONVERSION_BASED_UNIT('INCH'"), "inch units");
	}

	@Test
	void aPartIsExportedInItsOwnUnitsUnlessUnitsAreGiven() throws Exception {
		CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "15", "--units", "inch");
		CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "16");
		Path inch = dir.resolve("inch.step");
		CliRun r = CliRun.run(dir, "export", "--part", "B-15-IN", "--format", "step", "--out", inch.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(Files.readString(inch, StandardCharsets.US_ASCII).contains("CONVERSION_BASED_UNIT('INCH'"),
				"an inch part stays in inches without --units");
		Path mm = dir.resolve("mm.step");
		r = CliRun.run(dir, "export", "--part", "B-16", "--format", "step", "--out", mm.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertFalse(Files.readString(mm, StandardCharsets.US_ASCII).contains("CONVERSION_BASED_UNIT('INCH'"),
				"a millimetre part stays in millimetres");
		Path chosen = dir.resolve("chosen.step");
		r = CliRun.run(dir, "export", "--part", "B-15-IN", "--format", "step", "--out", chosen.toString(), "--units",
				"mm");
		assertEquals(0, r.exitCode(), r.err());
		assertFalse(Files.readString(chosen, StandardCharsets.US_ASCII).contains("CONVERSION_BASED_UNIT('INCH'"),
				"--units mm overrides the part's inches");
	}

	@Test
	void failedExportsWriteNothing() throws Exception {
		CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "8");
		Path target = dir.resolve("x.step");
		CliRun unknownPart = CliRun.run(dir, "export", "--part", "NOPE", "--format", "step", "--out", target.toString());
		assertEquals(1, unknownPart.exitCode());
		assertEquals("partforge: export: no part with id 'NOPE' (see partforge parts list)\n", unknownPart.err());
		CliRun unknownFormat = CliRun.run(dir, "export", "--part", "B-8", "--format", "obj", "--out", target.toString());
		assertEquals(2, unknownFormat.exitCode());
		assertTrue(unknownFormat.err().contains("unknown format 'obj' (installed: "), unknownFormat.err());
		Path missing = dir.resolve("no/such/folder/x.step");
		CliRun badPath = CliRun.run(dir, "export", "--part", "B-8", "--format", "step", "--out", missing.toString());
		assertEquals(1, badPath.exitCode());
		assertTrue(badPath.err().contains("does not exist"), badPath.err());
		assertFalse(Files.exists(target));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList(), "temporary file left");
		}
	}
}
