// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sections auto|none} and the stored {@code drawing.sections} through the real dispatcher, store and DXF
 * exporter: intermediate part 12 has a counterbore in its top face, so its drawing carries section A-A (a HATCH).
 */
class SectionsOptionTest {

	@TempDir
	Path dir;

	private boolean hatched(String... options) throws Exception {
		Path out = dir.resolve("part.dxf");
		String[] args = new String[7 + options.length];
		System.arraycopy(new String[] { "export", "--part", "I-12", "--format", "dxf", "--out", out.toString() }, 0, args, 0, 7);
		System.arraycopy(options, 0, args, 7, options.length);
		CliRun r = CliRun.run(dir, args);
		assertEquals(0, r.exitCode(), r.err());
		return Files.readString(out, StandardCharsets.UTF_8).contains("\n  0\nHATCH\n");
	}

	@Test
	void autoByDefaultNoneOnRequestAndAsAStoredSetting() throws Exception {
		CliRun.run(dir, "generate", "--difficulty", "intermediate", "--seed", "12");
		assertTrue(hatched(), "a section by default");
		assertFalse(hatched("--sections", "none"));
		assertTrue(hatched("--sections", "AUTO"));
		assertEquals(0, CliRun.run(dir, "prefs", "set", "drawing.sections", "none").exitCode());
		assertFalse(hatched(), "the stored setting");
		assertTrue(hatched("--sections", "auto"), "the option wins for one export");
	}

	@Test
	void anUnknownValueIsAUsageError() {
		CliRun.run(dir, "generate", "--difficulty", "intermediate", "--seed", "12");
		Path target = dir.resolve("x.pdf");
		CliRun r = CliRun.run(dir, "export", "--part", "I-12", "--format", "pdf", "--sections", "some", "--out", target.toString());
		assertEquals(2, r.exitCode(), r.err());
		assertEquals(1, r.err().lines().count(), r.err());
		assertTrue(r.err().startsWith("partforge: export: --sections must be auto or none, got 'some'"), r.err());
		assertFalse(Files.exists(target));
	}
}
