// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.TableHandle;
import dev.partforge.ui.tests.pages.PartsViewPage;

/** Issue test 2: bookmark two parts, filter by bookmarked: exactly those two. */
@ExtendWith(ScreenshotOnFailure.class)
class BookmarkFilterUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);
	private final PartLibrary library = Components.service(PartLibrary.class);
	private PartsViewPage parts;

	@BeforeEach
	void noBookmarksAndSomeParts() {
		for (StoredPart p : store.listParts(PartQuery.ALL.withBookmarked(true))) {
			p.setBookmarked(false);
			store.putPart(p);
		}
		library.generate(Difficulty.BEGINNER, OptionalLong.of(20_001), Units.MM);
		library.generate(Difficulty.INTERMEDIATE, OptionalLong.of(20_002), Units.MM);
		library.generate(Difficulty.EXPERT, OptionalLong.of(20_003), Units.MM);
		library.generate(Difficulty.BEGINNER, OptionalLong.of(20_004), Units.INCH);
		parts = new PartsViewPage(bot);
	}

	@AfterEach
	void showAllAgain() {
		if (parts.view().checkBox("Bookmarked only").isSelected()) {
			parts.view().checkBox("Bookmarked only").click();
		}
	}

	@Test
	void bookmarkTwoPartsAndFilterByBookmarked() {
		bookmark("I-20002");
		bookmark("B-20004-IN");
		TableHandle table = parts.table();
		bot.waitFor("the Bookmarked column shows the bookmark",
				() -> "Yes".equals(table.cell(parts.waitForPart("B-20004-IN"), "Bookmarked")));

		parts.view().checkBox("Bookmarked only").click();
		bot.waitFor("only bookmarked parts are shown", () -> table.rowCount() == 2);
		assertEquals(Set.of("I-20002", "B-20004-IN"), Set.copyOf(parts.shownIds()));
		assertEquals("Yes", table.cell(0, "Bookmarked"));
		assertEquals("Yes", table.cell(1, "Bookmarked"));
		assertEquals(Set.of("Intermediate", "Beginner"), Set.of(table.cell(0, "Difficulty"), table.cell(1, "Difficulty")));
		bot.screenshot(TestOutput.dir("screenshots").resolve("BookmarkFilterUITest-filtered.png"));
	}

	private void bookmark(String partId) {
		parts.select(partId);
		bot.menu("Part", "Toggle Bookmark");
		bot.waitFor(partId + " is bookmarked in the store", () -> store.getPart(partId).orElseThrow().isBookmarked());
	}
}
