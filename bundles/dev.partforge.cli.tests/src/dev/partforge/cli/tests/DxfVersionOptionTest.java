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

/** {@code export --dxf-version r12|r2013} through the real dispatcher, store and DXF exporter. */
class DxfVersionOptionTest {

	@TempDir
	Path dir;

	@Test
	void writesTheChosenRelease() throws Exception {
		CliRun.run(dir, "generate", "--difficulty", "intermediate", "--seed", "12");
		Path r12 = dir.resolve("r12.dxf");
		CliRun r = CliRun.run(dir, "export", "--part", "I-12", "--format", "dxf", "--dxf-version", "r12", "--out", r12.toString());
		assertEquals(0, r.exitCode(), r.err());
		String old = Files.readString(r12, StandardCharsets.ISO_8859_1);
		assertTrue(old.contains("$ACADVER\n  1\nAC1009\n"), old.substring(0, 200));
		assertFalse(old.contains("\n  0\nDIMENSION\n"), "dimensions exploded in R12");
		Path r2013 = dir.resolve("r2013.dxf");
		r = CliRun.run(dir, "export", "--part", "I-12", "--format", "dxf", "--dxf-version", "R2013", "--out", r2013.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(Files.readString(r2013, StandardCharsets.UTF_8).contains("$ACADVER\n  1\nAC1027\n"));
		Path plain = dir.resolve("plain.dxf");
		r = CliRun.run(dir, "export", "--part", "I-12", "--format", "dxf", "--out", plain.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(Files.readString(plain, StandardCharsets.UTF_8).contains("AC1027"), "R2013 by default");
	}

	@Test
	void anUnknownReleaseIsAUsageError() {
		CliRun.run(dir, "generate", "--difficulty", "intermediate", "--seed", "12");
		Path target = dir.resolve("x.dxf");
		CliRun r = CliRun.run(dir, "export", "--part", "I-12", "--format", "dxf", "--dxf-version", "r14", "--out", target.toString());
		assertEquals(2, r.exitCode(), r.err());
		assertEquals(1, r.err().lines().count(), r.err());
		assertTrue(r.err().startsWith("partforge: export: --dxf-version"), r.err());
		assertFalse(Files.exists(target));
	}
}
