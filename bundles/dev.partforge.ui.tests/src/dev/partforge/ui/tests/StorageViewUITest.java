// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreInfo;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.tests.pages.PartsViewPage;

/**
 * The Storage view: what it shows matches the store; "Verify", "Back up now" and "Restore..." run and report.
 */
@ExtendWith(ScreenshotOnFailure.class)
class StorageViewUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);
	private final PartLibrary library = Components.service(PartLibrary.class);

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

	@Test
	void restoresTheChosenBackup() {
		// the test store outlives runs: the later part must not be in the backup, whatever an earlier run left
		store.deletePart(library.generate(Difficulty.BEGINNER, OptionalLong.of(31_002), Units.MM).getId());
		String kept = library.generate(Difficulty.BEGINNER, OptionalLong.of(31_001), Units.MM).getId();
		Path backup = store.backup();
		String later = library.generate(Difficulty.BEGINNER, OptionalLong.of(31_002), Units.MM).getId();
		assertTrue(store.getPart(later).isPresent());
		ViewHandle view = bot.showView(PartForgeUi.STORAGE_VIEW);

		view.button("Restore...").click();
		ShellHandle dialog = bot.shell("Restore a Backup");
		bot.waitFor("the newest backup is listed first",
				() -> dialog.table().rowCount() > 0 && dialog.table().cell(0, 1).equals(backup.getFileName().toString()));
		dialog.button("Restore").click();
		dialog.waitUntilClosed();
		bot.waitFor("the restore is reported", () -> view.text(1).getText().startsWith("Restored " + backup.getFileName()));
		assertTrue(view.text(1).getText().contains("kept in"), view.text(1).getText());
		assertTrue(store.getPart(kept).isPresent());
		assertFalse(store.getPart(later).isPresent(), "the part added after the backup is gone with the restore");
		PartsViewPage parts = new PartsViewPage(bot);
		bot.waitFor("the Parts view follows the restore",
				() -> parts.shownIds().contains(kept) && !parts.shownIds().contains(later));
		bot.screenshot(TestOutput.dir("screenshots").resolve("StorageViewUITest-restored.png"));
	}
}
