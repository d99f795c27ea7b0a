// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.check.step.StepModelReader;
import dev.partforge.check.step.StepReadException;
import dev.partforge.export.step.internal.StepOptions;
import dev.partforge.export.step.internal.StepPart;
import dev.partforge.export.step.internal.StepWriter;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/** Files that cannot be checked give one clear line each. */
final class BadFilesTest {

	@TempDir
	Path dir;

	private static String good() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StepWriter.write(List.of(StepPart.of(RecipeGenerator.generate(Difficulty.INTERMEDIATE, 5, Units.MM))),
				new StepOptions(StepOptions.Schema.AP214, StepOptions.LengthUnit.MM, "p.step", "2026-01-01T00:00:00"), out);
		return out.toString(StandardCharsets.US_ASCII);
	}

	private static String message(String text) {
		StepReadException e = assertThrows(StepReadException.class, () -> StepModelReader.read(text));
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
		return e.getMessage();
	}

	@Test
	void emptyAndMissingFiles() throws Exception {
		assertEquals("the file is empty", message(""));
		assertEquals("the file is empty", message("  \n"));
		Path none = dir.resolve("none.step");
		StepReadException e = assertThrows(StepReadException.class, () -> StepModelReader.read(none));
		assertTrue(e.getMessage().startsWith("cannot read " + none), e.getMessage());
		Files.writeString(dir.resolve("x.step"), "solid cube\nfacet normal 0 0 1\n");
		assertTrue(assertThrows(StepReadException.class, () -> StepModelReader.read(dir.resolve("x.step"))).getMessage()
				.startsWith("not a STEP file"));
	}

	@Test
	void truncatedFilesSayTheyAreTruncated() throws Exception {
		String text = good();
		for (double at : new double[] { 0.05, 0.3, 0.5, 0.9, 0.999 }) {
			String m = message(text.substring(0, (int) (text.length() * at)));
			assertTrue(m.contains("truncated?"), at + ": " + m);
		}
	}

	@Test
	void anotherSchemaIsNamed() throws Exception {
		String ifc = good().replaceFirst("FILE_SCHEMA\\(\\('[^']*'\\)\\)", "FILE_SCHEMA(('IFC2X3'))");
		assertEquals("unsupported STEP schema IFC2X3: PartForge reads AP203, AP214 and AP242 files", message(ifc));
		String ap203 = good().replaceFirst("FILE_SCHEMA\\(\\('[^']*'\\)\\)", "FILE_SCHEMA(('CONFIG_CONTROL_DESIGN'))");
		assertEquals("AP203", assertDoesNotThrow(ap203));
	}

	private static String assertDoesNotThrow(String text) throws StepReadException {
		return StepModelReader.read(text).protocol();
	}

	@Test
	void unsupportedEntitiesAreNamed() throws Exception {
		String revolved = good().replaceFirst("CYLINDRICAL_SURFACE\\('[^']*',", "SURFACE_OF_REVOLUTION('',");
		String m = message(revolved);
		assertTrue(m.matches("unsupported STEP entity SURFACE_OF_REVOLUTION #\\d+ in ADVANCED_FACE #\\d+: PartForge reads .*"), m);
		String noSolid = good().replace("MANIFOLD_SOLID_BREP(", "SHELL_BASED_SURFACE_MODEL(");
		assertEquals("the file holds no solid (MANIFOLD_SOLID_BREP), only SHELL_BASED_SURFACE_MODEL #" + id(noSolid, "SHELL_BASED_SURFACE_MODEL")
				+ "; export the part as a solid", message(noSolid));
	}

	private static String id(String text, String type) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("#(\\d+)\\s*=\\s*" + type).matcher(text);
		assertTrue(m.find());
		return m.group(1);
	}
}
