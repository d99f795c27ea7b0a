// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import net.jqwik.engine.JqwikTestEngine;

/**
 * Runs this fragment's jqwik properties from JUnit Jupiter. Tycho's OSGi test runtime only
 * registers the Jupiter, Vintage and Suite engines, so the jqwik engine is launched here explicitly,
 * with the engine bundle's class loader as context loader (jqwik finds its facades via
 * ServiceLoader). In a plain class-path build the properties also run directly.
 */
final class JqwikPropertiesTest {

	@Test
	void generatedSolidProperties() {
		run(GeneratedSolidProperties.class, 1);
	}

	@Test
	void codecProperties() {
		run(RecipeCodecProperties.class, 2);
	}

	private static void run(Class<?> properties, int expectedProperties) {
		Thread t = Thread.currentThread();
		ClassLoader before = t.getContextClassLoader();
		t.setContextClassLoader(JqwikTestEngine.class.getClassLoader());
		try {
			Launcher launcher = LauncherFactory
					.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false).addTestEngines(new JqwikTestEngine()).build());
			SummaryGeneratingListener listener = new SummaryGeneratingListener();
			launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(properties)).build(), listener);
			TestExecutionSummary s = listener.getSummary();
			StringWriter report = new StringWriter();
			s.printFailuresTo(new PrintWriter(report), 30);
			assertEquals(expectedProperties, s.getTestsFoundCount(), "jqwik properties found in " + properties.getSimpleName());
			assertTrue(s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() == expectedProperties, report.toString());
		} finally {
			t.setContextClassLoader(before);
		}
	}
}
