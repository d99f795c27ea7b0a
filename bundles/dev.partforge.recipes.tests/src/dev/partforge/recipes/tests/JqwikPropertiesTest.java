// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import org.junit.jupiter.api.Test;

import dev.partforge.tests.common.JqwikProperties;

/**
 * Runs this fragment's jqwik properties from JUnit Jupiter (see {@link JqwikProperties}). In a plain class-path build
 * the properties also run directly.
 */
final class JqwikPropertiesTest {

	@Test
	void generatedSolidProperties() {
		JqwikProperties.run(GeneratedSolidProperties.class, 1);
	}

	@Test
	void codecProperties() {
		JqwikProperties.run(RecipeCodecProperties.class, 2);
	}

	@Test
	void codecFuzzing() {
		JqwikProperties.run(RecipeCodecFuzzProperties.class, 2);
	}
}
