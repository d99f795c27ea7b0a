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
 * {@code --no-iso} on {@code export} and {@code worksheet} through the real dispatcher, store and DXF exporter: the
 * isometric view (its label is a DXF TEXT "ISOMETRIC VIEW") is drawn by default and left out with the flag.
 */
class IsoOptionTest {
	private static final String LABEL = "ISOMETRIC VIEW";

	@TempDir
	Path dir;

	@Test
	void exportDrawsTheIsometricViewUnlessSwitchedOff() throws Exception {
		CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "5");
		Path with = dir.resolve("with.dxf");
		CliRun r = CliRun.run(dir, "export", "--part", "B-5", "--format", "dxf", "--out", with.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(Files.readString(with, StandardCharsets.UTF_8).contains(LABEL), "isometric view by default");
		Path without = dir.resolve("without.dxf");
		r = CliRun.run(dir, "export", "--part", "B-5", "--format", "dxf", "--no-iso", "--out", without.toString());
		assertEquals(0, r.exitCode(), r.err());
		String dxf = Files.readString(without, StandardCharsets.UTF_8);
		assertFalse(dxf.contains("ISOMETRIC"), "no isometric view with --no-iso");
		assertTrue(dxf.contains("\nOUTLINE\n"), "the other views are drawn");
	}

	@Test
	void worksheetLeavesTheIsometricViewOut() throws Exception {
		Path out = dir.resolve("sheet");
		CliRun r = CliRun.run(dir, "worksheet", "--difficulty", "beginner", "--count", "2", "--seed", "40", "--formats", "dxf",
				"--no-iso", "--out", out.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertFalse(Files.readString(out.resolve("01-B-40.dxf"), StandardCharsets.UTF_8).contains("ISOMETRIC"));
		Path on = dir.resolve("on");
		r = CliRun.run(dir, "worksheet", "--difficulty", "beginner", "--count", "2", "--seed", "40", "--formats", "dxf", "--out",
				on.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(Files.readString(on.resolve("01-B-40.dxf"), StandardCharsets.UTF_8).contains(LABEL));
	}
}
