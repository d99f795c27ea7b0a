// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.cli.CliException;
import dev.partforge.plugins.internal.Feature;
import dev.partforge.plugins.internal.Installation;

/** {@link Installation} against a real p2 agent, profile, planner and engine, with update sites on disk. */
class InstallationTest {

	@TempDir
	Path dir;

	private P2Sandbox p2;
	private Installation installation;

	@BeforeEach
	void setUp() throws Exception {
		p2 = new P2Sandbox(dir);
		installation = new Installation(p2.agent(), P2Sandbox.PROFILE);
	}

	@AfterEach
	void tearDown() {
		p2.close();
	}

	@Test
	void installsListsAndUninstallsAFeature() throws Exception {
		URI site = p2.site("site", P2Sandbox.feature("x.svg.feature", "1.0.0"));
		assertEquals(List.of(), installation.installed());

		assertEquals(List.of("installed x.svg.feature 1.0.0"),
				installation.install(site, List.of("x.svg.feature"), new NullProgressMonitor()));
		assertEquals(List.of(new Feature("x.svg.feature", "1.0.0", "Feature x.svg.feature", true)),
				installation.installed());

		assertEquals(List.of("uninstalled x.svg.feature 1.0.0"),
				installation.uninstall(List.of("x.svg.feature"), new NullProgressMonitor()));
		assertEquals(List.of(), installation.installed());
	}

	@Test
	void listsWhatASiteOffersAndWhatIsInstalled() throws Exception {
		URI site = p2.site("site", P2Sandbox.feature("x.a.feature", "1.0.0"), P2Sandbox.feature("x.b.feature", "1.0.0"),
				P2Sandbox.feature("x.b.feature", "1.2.0"));
		installation.install(site, List.of("x.a.feature"), new NullProgressMonitor());

		assertEquals(List.of(new Feature("x.a.feature", "1.0.0", "Feature x.a.feature", true),
				new Feature("x.b.feature", "1.2.0", "Feature x.b.feature", false)),
				installation.available(site, new NullProgressMonitor()));
	}

	@Test
	void anUnknownFeatureFailsAndChangesNothing() throws Exception {
		URI site = p2.site("site", P2Sandbox.feature("x.svg.feature", "1.0.0"));
		CliException e = assertThrows(CliException.class,
				() -> installation.install(site, List.of("x.svg.feature", "x.nope.feature"), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("no feature x.nope.feature on " + site), e.getMessage());
		assertEquals(List.of(), installation.installed());
	}

	@Test
	void anUnreachableSiteFailsWithOneLine() {
		URI missing = p2.missingSite();
		CliException e = assertThrows(CliException.class,
				() -> installation.install(missing, List.of("x.svg.feature"), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("cannot read the update site " + missing + ": "), e.getMessage());
		assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
	}

	@Test
	void aConflictFailsAndLeavesTheInstallationAsItWas() throws Exception {
		URI site = p2.site("site", P2Sandbox.feature("x.a.feature", "1.0.0"),
				P2Sandbox.feature("x.broken.feature", "1.0.0", "x.missing.bundle"));
		installation.install(site, List.of("x.a.feature"), new NullProgressMonitor());
		List<Feature> before = installation.installed();

		CliException e = assertThrows(CliException.class,
				() -> installation.install(site, List.of("x.broken.feature"), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("cannot install x.broken.feature: "), e.getMessage());
		assertTrue(e.getMessage().contains("x.missing.bundle"), e.getMessage());
		assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
		assertEquals(before, installation.installed());
	}

	@Test
	void installingWhatIsInstalledFails() throws Exception {
		URI site = p2.site("site", P2Sandbox.feature("x.svg.feature", "1.0.0"));
		installation.install(site, List.of("x.svg.feature"), new NullProgressMonitor());
		CliException e = assertThrows(CliException.class,
				() -> installation.install(site, List.of("x.svg.feature"), new NullProgressMonitor()));
		assertEquals("feature x.svg.feature 1.0.0 is already installed", e.getMessage());
	}

	@Test
	void uninstallingWhatIsNotInstalledFails() {
		CliException e = assertThrows(CliException.class,
				() -> installation.uninstall(List.of("x.svg.feature"), new NullProgressMonitor()));
		assertEquals("feature x.svg.feature is not installed (see partforge plugins list)", e.getMessage());
	}

	@Test
	void updateMovesToTheNewestVersionOnce() throws Exception {
		installation.install(p2.site("old", P2Sandbox.feature("x.svg.feature", "1.0.0")), List.of("x.svg.feature"),
				new NullProgressMonitor());
		URI newer = p2.site("new", P2Sandbox.feature("x.svg.feature", "1.1.0"));

		assertEquals(List.of("updated x.svg.feature 1.1.0"),
				installation.update(Optional.of(newer), new NullProgressMonitor()));
		assertEquals("1.1.0", installation.installed().get(0).version());
		assertEquals(List.of(), installation.update(Optional.of(newer), new NullProgressMonitor()));
	}

	@Test
	void withoutAProfileEveryCommandSaysSo() {
		Installation none = new Installation(p2.agent(), "NoSuchProfile");
		CliException e = assertThrows(CliException.class, none::installed);
		assertTrue(e.getMessage().startsWith("this PartForge has no p2 profile"), e.getMessage());
	}
}
