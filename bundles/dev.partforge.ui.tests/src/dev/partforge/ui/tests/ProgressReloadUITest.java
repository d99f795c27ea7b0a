// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.metrics.Metrics;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.TableHandle;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.StoreReload;

/**
 * Issue 13: the Progress view reads every record again only when records change. A change of parts (a part opened,
 * which sets its last-viewed time, or renamed) reads the part names alone: with 10⁶ records, reading them all again
 * each time a part was opened held the UI thread in G1 pauses.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ProgressReloadUITest {

	private static final String RECORDS = "store.query.records";
	private static final int PART_COLUMN = 1;

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);
	private final PartLibrary library = Components.service(PartLibrary.class);
	private final Metrics metrics = Components.service(Metrics.class);

	private long recordQueries() {
		return metrics.snapshot().timing(RECORDS).map(t -> t.count()).orElse(0L);
	}

	private void addAttempt(String partId, long millis) {
		UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
		r.setPartId(partId);
		r.setDate(new Date());
		r.setTimeSpent(millis);
		r.setCompleted(true);
		store.addRecord(r);
	}

	/** Waits well past the reloads' coalescing delay, for a reload that would follow the one awaited. */
	private void settle() throws InterruptedException {
		bot.ui().flush();
		Thread.sleep(10 * StoreReload.COALESCE_MILLIS);
		bot.ui().flush();
	}

	@Test
	void aChangedPartReadsTheNamesAloneAndNewRecordsReadTheRecords() throws InterruptedException {
		String id = library.generate(Difficulty.BEGINNER, OptionalLong.of(613_001), Units.MM).getId();
		addAttempt(id, 61_000);
		ViewHandle progress = bot.showView(PartForgeUi.PROGRESS_VIEW);
		TableHandle attempts = progress.table();
		String name = store.getPart(id).orElseThrow().getRecipe().getName();
		bot.waitFor("the attempt is listed under its part's name", () -> attempts.indexOf(PART_COLUMN, name) >= 0);
		settle(); // the view's first load, or a reload for the part generated
		long before = recordQueries();

		StoredPart part = store.getPart(id).orElseThrow();
		part.setLastViewed(new Date());
		part.getRecipe().setName(name + " renamed");
		store.putParts(List.of(part));
		bot.waitFor("the attempt is listed under the new name", () -> attempts.indexOf(PART_COLUMN, name + " renamed") >= 0);
		settle();
		assertEquals(before, recordQueries(), "records read again after a change of a part");

		int rows = attempts.rowCount();
		addAttempt(id, 62_000);
		bot.waitFor("the new attempt is listed", () -> attempts.rowCount() == rows + 1);
		assertEquals(before + 1, recordQueries(), "the records read once after a new record");
	}
}
