// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import org.junit.jupiter.api.Test;

import dev.partforge.tests.common.JqwikProperties;

/** Runs this fragment's jqwik properties from JUnit Jupiter (see {@link JqwikProperties}). */
final class JqwikPropertiesTest {

	@Test
	void commandLineFuzzing() {
		JqwikProperties.run(CliFuzzProperties.class, 1);
	}
}
