// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the checked-in migration fixtures. Runs only when asked to:
 * {@code -Dpartforge.writeFixtures=<path of dev.partforge.store.cdo.tests/fixtures>}. Old versions never change, so
 * this is needed only when a fixture for a new old version is added.
 */
public final class FixtureWriterTest {

	/** @throws Exception on failure */
	@Test
	@EnabledIfSystemProperty(named = "partforge.writeFixtures", matches = ".+")
	public void writeFixtures() throws Exception {
		Path dir = Path.of(System.getProperty("partforge.writeFixtures"));
		Fixtures.write(1, dir.resolve("store-v1.cdo.xml"));
		Fixtures.write(2, dir.resolve("store-v2.cdo.xml"));
	}
}
