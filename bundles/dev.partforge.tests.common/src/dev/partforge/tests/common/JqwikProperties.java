// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import net.jqwik.engine.JqwikTestEngine;

/**
 * Runs a class of jqwik properties from a Jupiter test. Tycho's OSGi test runtime registers only the Jupiter, Vintage
 * and Suite engines, so jqwik properties would not be found there; this starts the jqwik engine itself and fails
 * unless exactly the expected number of properties was found and every one passed.
 */
public final class JqwikProperties {

	private JqwikProperties() {
	}

	/**
	 * Runs the properties of a class and asserts they all passed.
	 *
	 * @param properties         the class with {@code @Property} methods
	 * @param expectedProperties how many properties it declares
	 */
	public static void run(Class<?> properties, int expectedProperties) {
		Thread t = Thread.currentThread();
		ClassLoader before = t.getContextClassLoader();
		t.setContextClassLoader(JqwikTestEngine.class.getClassLoader());
		try {
			Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
					.addTestEngines(new JqwikTestEngine()).build());
			SummaryGeneratingListener listener = new SummaryGeneratingListener();
			launcher.execute(LauncherDiscoveryRequestBuilder.request()
					.selectors(DiscoverySelectors.selectClass(properties)).build(), listener);
			TestExecutionSummary s = listener.getSummary();
			StringWriter report = new StringWriter();
			s.printFailuresTo(new PrintWriter(report), 30);
			assertEquals(expectedProperties, s.getTestsFoundCount(),
					"jqwik properties found in " + properties.getSimpleName());
			assertTrue(s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() == expectedProperties,
					report.toString());
		} finally {
			t.setContextClassLoader(before);
		}
	}
}
