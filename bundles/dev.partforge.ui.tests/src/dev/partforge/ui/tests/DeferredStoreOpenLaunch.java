// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.ui.internal.services.StoreMonitor;
import dev.partforge.ui.internal.services.StoreMonitor.State;
import dev.partforge.ui.tests.pages.GeneratePartDialog;
import dev.partforge.ui.tests.pages.PartsViewPage;

/**
 * Issue 13, the start of the workbench (surefire execution {@code deferred-store-open}, its own launch): the window is
 * shown and usable before the store is open, the views say that the library is opening, a command that needs the
 * store waits for it in its Job, and the views fill once it is open. This launch holds the store's first open until
 * the test creates the file named by {@value StoreMonitor#TEST_OPEN_GATE}, so "before" lasts as long as the test
 * needs on any machine.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DeferredStoreOpenLaunch {

	private static final String OPENING = "Opening the library\u2026";

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void theWindowIsUsableBeforeTheStoreOpensAndTheViewsFillAfterwards() throws Exception {
		String gateName = System.getProperty(StoreMonitor.TEST_OPEN_GATE);
		assertNotNull(gateName, "this test runs in its own launch (surefire execution deferred-store-open), which sets "
				+ StoreMonitor.TEST_OPEN_GATE);
		Path gate = Path.of(gateName);
		StoreMonitor monitor = Components.service(StoreMonitor.class);
		try {
			assertFalse(Files.exists(gate), "an earlier run left the gate file " + gate);
			assertFalse(monitor.settled(), "the store was opened before the test let it");
			assertEquals(State.MIGRATING, monitor.condition().state());

			PartsViewPage parts = new PartsViewPage(bot);
			assertTrue(parts.view().labels().contains(OPENING), "" + parts.view().labels());
			assertEquals(List.of(), parts.shownIds());

			bot.menu("Help", "About PartForge");
			ShellHandle about = bot.shell("About PartForge");
			about.button("OK").click();
			about.waitUntilClosed();

			long seed = 100_000 + System.currentTimeMillis() % 800_000;
			GeneratePartDialog.generate(bot, "Beginner", seed);
			bot.screenshot(TestOutput.dir("screenshots").resolve("deferred-open-before.png"));
			assertFalse(monitor.settled(), "the store opened before the test let it");
			assertTrue(parts.view().labels().contains(OPENING), "" + parts.view().labels());

			Files.createFile(gate);
			bot.waitFor("the store is open", () -> monitor.condition().state() == State.OPEN);
			bot.waitFor("the part generated while the store was opening is listed",
					() -> parts.shownIds().stream().anyMatch(id -> id.contains("-" + seed)));
			bot.waitFor("the Parts view counts its parts",
					() -> parts.view().labels().stream().anyMatch(l -> l.matches("\\d+ of \\d+ parts")));
			bot.screenshot(TestOutput.dir("screenshots").resolve("deferred-open-after.png"));
		} finally {
			Files.deleteIfExists(gate);
		}
	}
}
