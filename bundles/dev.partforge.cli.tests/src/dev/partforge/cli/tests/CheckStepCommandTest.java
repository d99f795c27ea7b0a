// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --step FILE} through the real dispatcher, STEP writer and reader, and store. */
class CheckStepCommandTest {

	@TempDir
	Path dir;

	private CliRun run(int exit, String... args) {
		CliRun r = CliRun.run(dir, args);
		assertEquals(exit, r.exitCode(), String.join(" ", args) + ": " + r.out() + r.err());
		return r;
	}

	@Test
	void theExactPartsStepFilePassesAnotherPartsFailsABadFileIsNotRecorded() throws Exception {
		run(0, "generate", "--difficulty", "intermediate", "--seed", "812");
		run(0, "generate", "--difficulty", "intermediate", "--seed", "813");
		Path right = dir.resolve("right.step");
		Path wrong = dir.resolve("wrong.step");
		run(0, "export", "--part", "I-812", "--format", "step", "--units", "inch", "--out", right.toString());
		run(0, "export", "--part", "I-813", "--format", "step", "--out", wrong.toString());
		String before = run(0, "records", "list", "--part", "I-812", "--json").out();

		CliRun ok = run(0, "check", "--part", "I-812", "--step", right.toString(), "--time", "600");
		assertTrue(ok.out().matches("(?s)correct: [+-]0\\.00 % from the exact [0-9.]+ mm3 \\(tolerance .*"), ok.out());
		CliRun bad = run(1, "check", "--part", "I-812", "--step", wrong.toString(), "--json");
		assertTrue(bad.out().contains("\"result\":\"INCORRECT\"") && bad.out().contains("\"answerKind\":\"STEP\"")
				&& bad.out().contains("\"hint\":"), bad.out());

		Path empty = dir.resolve("empty.step");
		Files.writeString(empty, "");
		CliRun refused = run(1, "check", "--part", "I-812", "--step", empty.toString());
		assertEquals("partforge: check: empty.step: the file is empty", refused.err().strip());
		String records = run(0, "records", "list", "--part", "I-812", "--json").out();
		assertEquals(2, records.split("\"answerKind\":\"STEP\"").length - 1 - (before.split("\"answerKind\":\"STEP\"").length - 1),
				"two STEP attempts recorded, the bad file none: " + records);
	}
}
