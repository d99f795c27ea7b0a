// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.store.PartStore;
import dev.partforge.store.cdo.internal.StoreProcess;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.TableHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.tests.pages.PartsViewPage;

/**
 * Issue 9 item 1 in the GUI: the workbench under test hosts the store of its data directory; a separate JVM (the
 * store process of the store tests) opens the same directory, becomes a client of the workbench and adds a part and
 * a record; the Parts and Progress views show them without any user action.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GuiCliUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);

	@Test
	void partsAndProgressShowWhatAnotherProcessAdds() throws Exception {
		Path root = store.info().location();
		String id = "guicli-" + System.nanoTime();
		String name = "Part " + id;
		PartsViewPage parts = new PartsViewPage(bot);
		TableHandle progress = bot.showView(PartForgeUi.PROGRESS_VIEW).table();
		assertFalse(parts.shownIds().contains(id));

		try (StoreProcess other = StoreProcess.start(root, "guicli")) {
			other.await("ready client of " + ProcessHandle.current().pid(), 120);
			other.call("part " + id, "ok part");
			other.call("record " + id + " 5000", "ok record");

			parts.waitForPart(id);
			bot.waitFor("the other process's record is listed in Progress",
					() -> progress.rowCount() > 0 && name.equals(progress.cell(0, "Part")));
			bot.screenshot(TestOutput.dir("screenshots").resolve("GuiCliUITest-progress.png"));
			other.call("quit", "bye");
		}
	}
}
