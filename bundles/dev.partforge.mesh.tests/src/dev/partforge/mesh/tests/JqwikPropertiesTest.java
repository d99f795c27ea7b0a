// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.tests;

import org.junit.jupiter.api.Test;

import dev.partforge.tests.common.JqwikProperties;

/**
 * Runs this fragment's jqwik properties. Each property's tries come from the system property
 * {@code partforge.meshTries} (default 150; the build's {@code thorough} profile raises it), handed to jqwik as its
 * default number of tries.
 */
final class JqwikPropertiesTest {

	private static final String TRIES = "jqwik.tries.default";

	@Test
	void tessellationProperties() {
		String before = System.getProperty(TRIES);
		System.setProperty(TRIES, Integer.toString(Integer.getInteger("partforge.meshTries", 150)));
		try {
			JqwikProperties.run(TessellationProperties.class, 2);
		} finally {
			if (before == null) {
				System.clearProperty(TRIES);
			} else {
				System.setProperty(TRIES, before);
			}
		}
	}
}
