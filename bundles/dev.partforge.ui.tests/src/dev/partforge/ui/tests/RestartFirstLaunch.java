// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Properties;

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
import dev.partforge.ui.tests.pages.PartsViewPage;
import dev.partforge.ui.tests.pages.TimerViewPage;

/**
 * Issue test 4, first launch (surefire execution {@code restart-first-launch}): opens a part and leaves its timer
 * running when the workbench closes. {@link RestartSecondLaunch} runs in the next launch of the workbench, a new JVM
 * over the same data directory and instance area; this launch tells it the part and when the clock showed how much
 * ({@link #handover()}).
 */
@ExtendWith(ScreenshotOnFailure.class)
class RestartFirstLaunch {

	/** The part both launches use. */
	static final long SEED = 50_505;
	/** Seconds on the clock before this launch ends: more than a timer restarted from zero could show too early. */
	static final int SECONDS = 3;

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void leavesATimerRunningOnAnOpenPart() throws IOException {
		StoredPart part = Components.service(PartLibrary.class).generate(Difficulty.BEGINNER, OptionalLong.of(SEED),
				Units.MM);
		new PartsViewPage(bot).open(part.getId());
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer runs", () -> "Running".equals(timer.state())
				&& timer.part().contains(part.getRecipe().getName()));
		bot.waitFor(SECONDS + " seconds on the clock", () -> TimerViewPage.parse(timer.time()).toSeconds() >= SECONDS);
		Duration shown = TimerViewPage.parse(timer.time());
		long at = System.currentTimeMillis();
		Properties handover = new Properties();
		handover.setProperty("part", part.getId());
		handover.setProperty("shownMillis", Long.toString(shown.toMillis()));
		handover.setProperty("atEpochMillis", Long.toString(at));
		try (OutputStream out = Files.newOutputStream(handover())) {
			handover.store(out, "written by RestartFirstLaunch, read by RestartSecondLaunch");
		}
		bot.screenshot(TestOutput.dir("screenshots").resolve("restart-1-before-exit.png"));
	}

	/** @return where the first launch leaves what the second launch checks against */
	static Path handover() {
		return TestOutput.dir("restart").resolve("first-launch.properties");
	}
}
