// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import org.junit.jupiter.api.Test;

import dev.partforge.tests.common.JqwikProperties;

/** Runs this fragment's jqwik properties from JUnit Jupiter (see {@link JqwikProperties}). */
final class JqwikPropertiesTest {

	@Test
	void drawingProperties() {
		JqwikProperties.run(DrawingProperties.class, 2);
	}

	@Test
	void isoViewProperties() {
		JqwikProperties.run(IsoViewProperties.class, 2);
	}

	@Test
	void sectionProperties() {
		JqwikProperties.run(SectionProperties.class, 1);
	}
}
