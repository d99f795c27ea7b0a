// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.store.PartStore;
import dev.partforge.store.StoreInfo;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;

/** The Storage view: what it shows matches the store; "Verify" and "Back up now" run and report. */
@ExtendWith(ScreenshotOnFailure.class)
class StorageViewUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);

	@Test
	void showsTheStoreAndVerifiesAndBacksUp() {
		StoreInfo info = store.info();
		ViewHandle view = bot.showView(PartForgeUi.STORAGE_VIEW);
		bot.waitFor("the location is shown", () -> info.location().toString().equals(view.text(0).getText()));
		bot.waitFor("the schema version is shown",
				() -> view.labels().contains(Integer.toString(info.schemaVersion())));

		view.button("Verify").click();
		bot.waitFor("verify reports", () -> view.text(1).getText().startsWith("Verified: no problems"));

		view.button("Back up now").click();
		bot.waitFor("the backup is reported", () -> view.text(1).getText().startsWith("Backup written: "));
		Path backup = Path.of(view.text(1).getText().substring("Backup written: ".length()).strip());
		assertTrue(Files.isRegularFile(backup), backup + " exists");
		assertTrue(store.info().lastBackup().isPresent());
		bot.waitFor("the last backup is shown", () -> !view.labels().contains("never"));
		bot.screenshot(TestOutput.dir("screenshots").resolve("StorageViewUITest-backedUp.png"));
		assertEquals(info.schemaVersion(), store.info().schemaVersion());
	}
}
