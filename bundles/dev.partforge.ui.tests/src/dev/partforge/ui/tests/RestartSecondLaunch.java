// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.model.StoredPart;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.tests.pages.TimerViewPage;

/**
 * Issue test 4, second launch (surefire execution {@code restart-second-launch}, a new JVM over the data directory
 * and instance area that {@link RestartFirstLaunch} left): the stored part, its drawing and its running timer come
 * back, and the clock covers the first launch's time plus the time between the launches (wall-clock time went on).
 */
@ExtendWith(ScreenshotOnFailure.class)
class RestartSecondLaunch {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void thePartAndItsRunningTimerComeBack() throws IOException {
		Properties first = new Properties();
		try (InputStream in = Files.newInputStream(RestartFirstLaunch.handover())) {
			first.load(in);
		}
		String id = first.getProperty("part");
		assertEquals("B-" + RestartFirstLaunch.SEED, id, "the part of the first launch");
		StoredPart part = Components.service(PartStore.class).getPart(id).orElseThrow(
				() -> new AssertionError("the part " + id + " of the first launch is not in the store"));
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer shows the part of the first launch",
				() -> timer.part().contains(part.getRecipe().getName()) && "Running".equals(timer.state()));

		Duration shown = TimerViewPage.parse(timer.time());
		long gap = System.currentTimeMillis() - Long.parseLong(first.getProperty("atEpochMillis"));
		long expected = Long.parseLong(first.getProperty("shownMillis")) + gap;
		// the clock shows whole seconds, refreshed every second: up to two seconds below the true time
		assertTrue(shown.toMillis() >= expected - 2_500 && shown.toMillis() <= expected + 1_500, "the clock shows "
				+ shown + ", the first launch left it at " + first.getProperty("shownMillis") + " ms " + gap
				+ " ms ago");

		List<String> editors = bot.ui().call(() -> Arrays
				.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences())
				.map(IEditorReference::getTitle).toList());
		assertTrue(editors.contains(part.getId()), "the drawing of " + part.getId() + " is not open again: " + editors);
		bot.screenshot(TestOutput.dir("screenshots").resolve("restart-2-restored.png"));
	}
}
