// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.tests.pages.PartsViewPage;
import dev.partforge.ui.tests.pages.TimerViewPage;

/**
 * The README's picture of the Practice perspective, made from real data: a dozen generated parts, attempts over the
 * last days, a part open in the timer. Saved as {@code target/screenshots/practice-perspective.png}.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PracticePerspectiveScreenshotUITest {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void practicePerspectiveWithRealParts() throws Exception {
		PartLibrary library = Components.service(PartLibrary.class);
		PartStore store = Components.service(PartStore.class);
		List<StoredPart> parts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			parts.add(library.generate(Difficulty.values()[i % 3], OptionalLong.of(7_000 + i * 37L),
					i % 4 == 3 ? Units.INCH : Units.MM));
		}
		List<UserRecord> records = new ArrayList<>();
		Instant now = Instant.now();
		for (int day = 9; day >= 1; day--) {
			StoredPart p = parts.get(day % parts.size());
			UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
			r.setPartId(p.getId());
			r.setDate(Date.from(now.minus(Duration.ofDays(day))));
			r.setTimeSpent((4 + (day * 7L) % 11) * 60_000 * (1 + p.getRecipe().getDifficulty().getValue()));
			r.setCompleted(day % 4 != 0);
			records.add(r);
		}
		store.addRecords(records);
		StoredPart bookmarked = parts.get(4);
		bookmarked.setBookmarked(true);
		store.putPart(bookmarked);

		bot.showView(PartForgeUi.PROGRESS_VIEW);
		PartsViewPage partsView = new PartsViewPage(bot);
		partsView.open(parts.get(1).getId());
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer runs", () -> "Running".equals(timer.state()));
		bot.waitFor("the clock shows seconds", () -> TimerViewPage.parse(timer.time()).toSeconds() >= 2);
		bot.waitFor("the parts are listed", () -> partsView.table().rowCount() >= 12);
		Path shot = bot.screenshot(TestOutput.dir("screenshots").resolve("practice-perspective.png"));
		assertTrue(Files.size(shot) > 20_000, "screenshot too small to show the perspective: " + Files.size(shot));
	}
}
