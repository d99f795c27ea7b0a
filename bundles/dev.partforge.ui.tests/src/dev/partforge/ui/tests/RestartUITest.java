// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
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
import dev.partforge.ui.internal.timer.PracticeSession;
import dev.partforge.ui.tests.pages.PartsViewPage;
import dev.partforge.ui.tests.pages.TimerViewPage;

/**
 * Issue test 4, inside one workbench: with a timer running, the session state is on disk in the instance area (under
 * the data directory for the product), the views are closed and the session service is recreated from that state,
 * as the next launch would; the part and the running timer come back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RestartUITest {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void thePartAndTheRunningTimerComeBack() throws Exception {
		StoredPart part = Components.service(PartLibrary.class).generate(Difficulty.BEGINNER, OptionalLong.of(40_404),
				Units.MM);
		String name = part.getRecipe().getName();
		new PartsViewPage(bot).open(part.getId());
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer runs", () -> "Running".equals(timer.state()) && timer.part().contains(name));
		bot.waitFor("three seconds on the clock", () -> TimerViewPage.parse(timer.time()).toSeconds() >= 3);

		Path prefs = Path.of(Platform.getInstanceLocation().getURL().toURI())
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/dev.partforge.store.prefs");
		String saved = Files.readString(prefs);
		assertTrue(saved.contains("timer.part=" + part.getId()), prefs + ":\n" + saved);

		PracticeSession before = session();
		Duration shown = TimerViewPage.parse(timer.time());
		long shownAt = System.nanoTime();
		timer.view().close();
		Components.restart(PracticeSession.class, PracticeSession.class.getName());

		TimerViewPage after = new TimerViewPage(bot);
		assertNotSame(before, session(), "the session service was not recreated");
		bot.waitFor("the part comes back, its timer running", () -> after.part().contains(name)
				&& "Running".equals(after.state()));
		// the clock runs on from where it was (whole seconds, refreshed every second), not from zero
		long expected = shown.toMillis() + (System.nanoTime() - shownAt) / 1_000_000;
		long now = TimerViewPage.parse(after.time()).toMillis();
		assertTrue(now >= expected - 2_500 && now <= expected + 1_500,
				"the clock shows " + now + " ms, " + expected + " ms expected");
		bot.screenshot(TestOutput.dir("screenshots").resolve("RestartUITest-restored.png"));
	}

	private PracticeSession session() {
		return bot.ui().call(() -> PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(PracticeSession.class));
	}
}
