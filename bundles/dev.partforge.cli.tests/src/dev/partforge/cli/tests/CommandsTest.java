// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import dev.partforge.cli.CliCommand;
import dev.partforge.tests.common.Components;

/** The CLI inside the OSGi runtime: real DS components, real bundles. */
class CommandsTest {

	@TempDir
	Path data;

	@Test
	void everyPartForgeComponentIsActiveOrActivatable() {
		List<String> states = Components.partForgeComponentStates();
		assertTrue(states.stream().anyMatch(s -> s.startsWith("dev.partforge.cli.internal.commands.DoctorCommand=")),
				"doctor component missing: " + states);
		for (String s : states) {
			assertTrue(s.endsWith("=ACTIVE") || s.endsWith("=SATISFIED"), "component not usable: " + s);
		}
	}

	@Test
	void versionPrintsTheBuildsVersion() {
		Version v = FrameworkUtil.getBundle(CliCommand.class).getVersion();
		CliRun r = CliRun.run(data, "version");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().startsWith("PartForge " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro()
				+ " (build " + v.getQualifier() + ")"), r.out());
		assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
		assertTrue(r.out().contains("OSGi framework org.eclipse.osgi"), r.out());
		CliRun json = CliRun.run(data, "version", "--json");
		assertTrue(json.out().contains("\"buildId\":\"" + v.getQualifier() + "\""), json.out());
	}

	@Test
	void doctorReportsEveryCheckOk() {
		CliRun r = CliRun.run(data, "doctor");
		assertEquals(0, r.exitCode(), r.out() + r.err());
		assertFalse(r.out().contains("FAIL"), r.out());
		assertTrue(r.out().contains("OK    java: "), r.out());
		assertTrue(r.out().contains("OK    data directory: " + data + " is writable"), r.out());
		assertTrue(r.out().contains("OK    bundle dev.partforge.cli: "), r.out());
		assertTrue(r.out().contains("OK    component dev.partforge.cli.internal.commands.VersionCommand: active"),
				r.out());
	}

	@Test
	void doctorFailsOnAnUnwritableDataDirectory() throws Exception {
		Path file = Files.writeString(data.resolve("not-a-dir"), "x");
		CliRun r = CliRun.run(file, "doctor");
		assertEquals(1, r.exitCode(), r.out());
		assertTrue(r.out().contains("FAIL  data directory: cannot create the data directory " + file), r.out());
	}

	@Test
	void bundlesAreAllResolved() {
		for (Bundle b : FrameworkUtil.getBundle(CliCommand.class).getBundleContext().getBundles()) {
			assertTrue(b.getState() != Bundle.INSTALLED, "unresolved bundle " + b.getSymbolicName());
		}
	}

	@Test
	void helpListsCommandsAndBadInputGetsOneLine() {
		CliRun help = CliRun.run(data, "--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().contains("  doctor "), help.out());
		assertTrue(help.out().contains("  version "), help.out());
		CliRun unknown = CliRun.run(data, "frobnicate");
		assertEquals(2, unknown.exitCode());
		assertEquals("partforge: unknown command 'frobnicate' (try partforge --help)\n", unknown.err());
		CliRun badOption = CliRun.run(data, "version", "--colour");
		assertEquals(2, badOption.exitCode());
		assertEquals("partforge: version: unknown option --colour (see partforge version --help)\n", badOption.err());
		CliRun missing = CliRun.run(data);
		assertEquals(2, missing.exitCode());
	}

	@Test
	void everyCommandWithSubCommandsNamesThemWhenOneIsMissingOrUnknown() {
		for (String[] c : new String[][] { { "parts", "add, list, get, bookmark, unbookmark, delete" },
				{ "records", "add, list" }, { "store", "info, backup, verify, migrate, restore" },
				{ "prefs", "get, set" }, { "import", "recipe" } }) {
			CliRun missing = CliRun.run(data, c[0]);
			assertEquals(2, missing.exitCode(), missing.err());
			assertEquals("partforge: " + c[0] + ": missing subcommand (" + c[1] + ")\n", missing.err());
			CliRun unknown = CliRun.run(data, c[0], "frob");
			assertEquals(2, unknown.exitCode(), unknown.err());
			String words = c[1].contains(", ") ? c[1].substring(0, c[1].lastIndexOf(", ")) + " or "
					+ c[1].substring(c[1].lastIndexOf(", ") + 2) : c[1];
			assertEquals("partforge: " + c[0] + ": unknown subcommand 'frob', expected " + words + "\n", unknown.err());
		}
	}
}
