// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.tests.common.ReadOnlyDirectory;

/**
 * A data directory that cannot be written (a read-only bind mount as root, no write permission otherwise): version
 * and help still answer, doctor names the problem, every other command prints one line naming the directory.
 */
class ReadOnlyDataDirectoryTest {

	@TempDir
	Path tmp;

	@Test
	void versionHelpAndDoctorAnswerOtherCommandsNameTheDirectory() throws Exception {
		Path data = Files.createDirectories(tmp.resolve("data"));
		Files.createDirectories(data.resolve("store/db"));
		try (ReadOnlyDirectory ro = ReadOnlyDirectory.of(data)) {
			assertEquals(0, CliRun.run(data, "version").exitCode());
			assertEquals(0, CliRun.run(data, "--help").exitCode());
			assertEquals(0, CliRun.run(data, "parts", "--help").exitCode());
			CliRun doctor = CliRun.run(data, "doctor");
			assertEquals(1, doctor.exitCode(), doctor.out());
			assertTrue(doctor.out().contains("FAIL  data directory: the data directory " + data + " is not writable ("),
					doctor.out());
			assertTrue(doctor.out().contains("FAIL  store: " + data.resolve("store/db") + " cannot be opened"),
					doctor.out());
			for (String[] command : new String[][] { { "parts", "list" }, { "records", "add", "--part", "B-1", "--time",
					"3" }, { "generate", "--difficulty", "beginner" }, { "store", "info" }, { "prefs", "get", "x" },
					{ "stats" }, { "export", "--part", "B-1", "--format", "step", "--out", tmp.resolve("o.step")
							.toString() } }) {
				CliRun r = CliRun.run(data, command);
				assertEquals(1, r.exitCode(), String.join(" ", command) + ": " + r.err());
				assertEquals("", r.out());
				assertEquals("partforge: the data directory " + data + " is not writable", r.err().strip()
						.replaceAll(" \\(.*", ""), String.join(" ", command));
				assertEquals(1, r.err().strip().lines().count(), r.err());
			}
		}
	}

	@Test
	void aDataDirectoryThatCannotBeCreatedIsNamed() throws Exception {
		Path file = Files.writeString(tmp.resolve("plain-file"), "x");
		CliRun r = CliRun.run(file.resolve("data"), "parts", "list");
		assertEquals(1, r.exitCode());
		assertTrue(r.err().startsWith("partforge: cannot create the data directory " + file.resolve("data")),
				r.err());
		assertEquals(0, CliRun.run(file.resolve("data"), "version").exitCode());
	}
}
