// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.tests.pages.TimerViewPage;

/**
 * Issue test 4, second launch (surefire execution {@code restart-second-launch}, a new JVM over the data directory
 * and instance area that {@link RestartFirstLaunch} left): the part's drawing and its running timer come back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RestartSecondLaunch {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void thePartAndItsRunningTimerComeBack() {
		StoredPart part = Components.service(PartLibrary.class).generate(Difficulty.BEGINNER,
				OptionalLong.of(RestartFirstLaunch.SEED), Units.MM);
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer shows the part of the first launch",
				() -> timer.part().contains(part.getRecipe().getName()));
		bot.waitFor("the timer runs on from the first launch", () -> "Running".equals(timer.state())
				&& TimerViewPage.parse(timer.time()).toSeconds() >= 1);
		List<String> editors = bot.ui().call(() -> Arrays
				.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences())
				.map(IEditorReference::getTitle).toList());
		assertTrue(editors.contains(part.getId()), "the drawing of " + part.getId() + " is not open again: " + editors);
		bot.screenshot(TestOutput.dir("screenshots").resolve("restart-2-restored.png"));
	}
}
