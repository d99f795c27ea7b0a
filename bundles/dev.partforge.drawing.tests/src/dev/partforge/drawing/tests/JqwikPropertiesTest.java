// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

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
 * Runs this fragment's jqwik properties from JUnit Jupiter (Tycho's OSGi runtime registers only the
 * Jupiter, Vintage and Suite engines; same bridge as in dev.partforge.recipes.tests).
 */
final class JqwikPropertiesTest {

	@Test
	void drawingProperties() {
		Thread t = Thread.currentThread();
		ClassLoader before = t.getContextClassLoader();
		t.setContextClassLoader(JqwikTestEngine.class.getClassLoader());
		try {
			Launcher launcher = LauncherFactory
					.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false).addTestEngines(new JqwikTestEngine()).build());
			SummaryGeneratingListener listener = new SummaryGeneratingListener();
			launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(DrawingProperties.class)).build(),
					listener);
			TestExecutionSummary s = listener.getSummary();
			StringWriter report = new StringWriter();
			s.printFailuresTo(new PrintWriter(report), 30);
			assertEquals(2, s.getTestsFoundCount(), "jqwik properties found");
			assertTrue(s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() == 2, report.toString());
		} finally {
			t.setContextClassLoader(before);
		}
	}
}
