// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import recipe} through the real dispatcher, importer and store: all or nothing, existing parts untouched. */
class ImportCommandTest {

	@TempDir
	Path dir;

	private static Path fixture(String name) {
		for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
			Path c = p.resolve("bundles/dev.partforge.recipes.web.tests/fixtures/" + name);
			if (Files.isRegularFile(c)) {
				return c;
			}
		}
		throw new IllegalStateException("fixture not found: " + name);
	}

	@Test
	void importsARecipeOnceAndNeverReplacesAPart() {
		CliRun.run(dir, "parts", "delete", "web-cb-plate-12"); // the test store outlives a run without clean
		CliRun r = CliRun.run(dir, "import", "recipe", fixture("counterbored-plate.json").toString(), "--json");
		assertEquals(0, r.exitCode(), r.err());
		String json = r.out().trim();
		assertTrue(json.startsWith("{\"id\":\"web-cb-plate-12\",\"name\":\"Counterbored plate\""), json);
		assertTrue(json.contains("\"difficulty\":\"expert\"") && json.contains("\"seed\":12"), json);
		double volume = 100 * 60 * 12 - Math.PI * (16 * 12 + (49 - 16) * 4) - Math.PI * 9 * 8;
		double stored = Double.parseDouble(json.replaceAll(".*\"volume\":([0-9.E+-]+).*", "$1"));
		assertEquals(volume, stored, 1e-9 * volume, json);
		String before = CliRun.run(dir, "parts", "get", "web-cb-plate-12", "--json").out();

		CliRun again = CliRun.run(dir, "import", "recipe", fixture("counterbored-plate.json").toString());
		assertEquals(1, again.exitCode(), again.err());
		assertEquals("partforge: import recipe: a part with id web-cb-plate-12 exists already; nothing was imported "
				+ "(existing parts are never changed)", again.err().strip());
		assertEquals(before, CliRun.run(dir, "parts", "get", "web-cb-plate-12", "--json").out());
	}

	@Test
	void aRecipeThatCannotBeExactIsRefusedLineByLine() {
		CliRun r = CliRun.run(dir, "import", "recipe", fixture("torus-cut.json").toString());
		assertEquals(1, r.exitCode(), r.err());
		assertEquals("partforge: import recipe torus-cut.json: primitive 'groove' (torus): cannot be represented exactly: "
				+ "PartForge parts have no toroidal faces\npartforge: import recipe: nothing was imported from "
				+ fixture("torus-cut.json").toAbsolutePath().normalize(), r.err().strip());
		assertEquals(1, CliRun.run(dir, "parts", "get", "web-torus-5").exitCode());
	}

	@Test
	void badUsageAndMissingFiles() throws Exception {
		CliRun r = CliRun.run(dir, "import");
		assertEquals(2, r.exitCode());
		assertEquals("partforge: import: missing subcommand (recipe)", r.err().strip());
		r = CliRun.run(dir, "import", "recipe", dir.resolve("none.json").toString());
		assertEquals(1, r.exitCode());
		assertEquals("partforge: import recipe: " + dir.resolve("none.json") + " is not a file", r.err().strip());
		Path binary = dir.resolve("binary.json");
		Files.write(binary, new byte[] { '{', (byte) 0xff, (byte) 0xfe, '}' });
		r = CliRun.run(dir, "import", "recipe", binary.toString());
		assertEquals(1, r.exitCode());
		assertEquals("partforge: import recipe: " + binary + " is not UTF-8 text, so it is no part recipe", r.err().strip());
	}
}
