// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.ui.tests.pages.PartsViewPage;

/** Deleting a part asks first: Cancel keeps it, OK removes it from the store and the Parts view. */
@ExtendWith(ScreenshotOnFailure.class)
class DeletePartUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);

	@Test
	void deleteAsksAndRemovesThePart() {
		StoredPart part = Components.service(PartLibrary.class).generate(Difficulty.EXPERT, OptionalLong.of(50_505),
				Units.MM);
		String id = part.getId();
		PartsViewPage parts = new PartsViewPage(bot);

		parts.select(id);
		bot.menu("Part", "Delete Part...");
		ShellHandle confirm = bot.shell("Delete Parts");
		assertTrue(confirm.labels().stream().anyMatch(l -> l.contains(part.getRecipe().getName())),
				"the question names the part: " + confirm.labels());
		confirm.button("Cancel").click();
		confirm.waitUntilClosed();
		assertTrue(store.getPart(id).isPresent(), "Cancel deleted the part");

		parts.select(id);
		bot.menu("Part", "Delete Part...");
		ShellHandle again = bot.shell("Delete Parts");
		bot.screenshot(TestOutput.dir("screenshots").resolve("DeletePartUITest-confirm.png"));
		again.button("OK").click();
		again.waitUntilClosed();
		bot.waitFor(id + " is deleted from the store", () -> store.getPart(id).isEmpty());
		bot.waitFor(id + " is gone from the Parts view", () -> !parts.shownIds().contains(id));
	}
}
