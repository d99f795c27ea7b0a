// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.plugins.internal.PluginsCommand;
import dev.partforge.plugins.internal.UpdateSites;

/** How {@code --repo} is read, and the usage errors of {@code partforge plugins}. */
class UpdateSitesAndUsageTest {

	@TempDir
	Path dir;

	@Test
	void repositoryLocations() throws Exception {
		assertEquals(URI.create("file:/srv/site/"), UpdateSites.parse("file:/srv/site/"));
		assertEquals(URI.create("https://example.org/partforge/"), UpdateSites.parse("https://example.org/partforge/"));
		assertEquals(dir.toUri(), UpdateSites.parse(dir.toString()));
		assertEquals(URI.create("jar:" + dir.resolve("site.zip").toUri() + "!/"),
				UpdateSites.parse(dir.resolve("site.zip").toString()));
	}

	@Test
	void usageErrors() {
		assertUsage("plugins: missing subcommand (list, install, uninstall, update)");
		assertUsage("plugins: unknown subcommand 'remove', expected list, install, uninstall or update", "remove");
		assertUsage("plugins install: missing --repo", "install", "x.feature");
		assertUsage("plugins install: missing FEATURE (see partforge plugins list)", "install", "--repo", "file:/x");
		assertUsage("plugins uninstall: missing FEATURE (see partforge plugins list)", "uninstall");
		assertUsage("plugins list: missing --repo", "list", "--available");
		assertUsage("plugins list: --repo needs --available", "list", "--repo", "file:/x");
		assertUsage("plugins: --repo must be a file:, http: or https: URI or a folder, got 'file:/a b'", "install",
				"--repo", "file:/a b", "x.feature");
	}

	private void assertUsage(String message, String... args) {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
		CliContext context = new CliContext(stream, stream, new NullProgressMonitor(), dir);
		CliException e = assertThrows(CliException.class, () -> new PluginsCommand().run(context, List.of(args)));
		assertEquals(message, e.getMessage());
		assertEquals(CliException.USAGE, e.exitCode());
	}
}
