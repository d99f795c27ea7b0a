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
}
