// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.StoreReload;

/**
 * Issue 13: the Progress view reads every record again only when records change. A change of parts (a part opened,
 * which sets its last-viewed time, or renamed) reads the part names alone: with 10⁶ records, reading them all again
 * each time a part was opened held the UI thread in G1 pauses. It reads the records as columns with the newest 1,000
 * as objects, never all of them as objects (at 10⁶ records that took 0.15x the CPU time and 0.22x the memory,
 * {@code benchmarks/ui} ProgressLoadBenchmark).
 */
@ExtendWith(ScreenshotOnFailure.class)
class ProgressReloadUITest {

	/** What the view reads when records change: every record's columns and the newest records. */
	private static final String RECORDS = "store.query.history";
	/** Records read as objects. */
	private static final String RECORD_OBJECTS = "store.query.records";
	private static final int PART_COLUMN = 1;

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);
	private final PartLibrary library = Components.service(PartLibrary.class);
	private final Metrics metrics = Components.service(Metrics.class);

	private long recordQueries() {
		return queries(RECORDS);
	}

	private long queries(String operation) {
		return metrics.snapshot().timing(operation).map(t -> t.count()).orElse(0L);
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

		addAttempt(id, 62_000);
		// newest first; the table may already list its limit of attempts (other tests add theirs to the same library)
		bot.waitFor("the new attempt is listed first", () -> Labels.time(62_000).equals(attempts.cell(0, "Time")));
		settle();
		assertEquals(before + 1, recordQueries(), "the records read once after a new record");
	}

	/**
	 * With more attempts than the table lists, it lists the newest {@code ProgressView.TABLE_LIMIT} and says so; the
	 * records are read as columns, not as objects.
	 */
	@Test
	void moreAttemptsThanTheTableListsAreCountedAndTheNewestListed() throws InterruptedException {
		String id = library.generate(Difficulty.INTERMEDIATE, OptionalLong.of(613_002), Units.MM).getId();
		ViewHandle progress = bot.showView(PartForgeUi.PROGRESS_VIEW);
		settle();
		int before = store.attemptHistory(0).size();
		long objectReads = queries(RECORD_OBJECTS);
		List<UserRecord> old = new ArrayList<>();
		Instant first = Instant.parse("2020-01-06T08:00:00Z"); // before every attempt of the other tests: they stay newest
		for (int i = 0; i < 1_500; i++) {
			UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
			r.setPartId(id);
			r.setDate(Date.from(first.plus(i, ChronoUnit.HOURS)));
			r.setTimeSpent(60_000 + i);
			r.setCompleted(i % 2 == 0);
			old.add(r);
		}
		store.addRecords(old);
		String total = "the newest 1000 of " + (before + 1_500) + " attempts listed";
		bot.waitFor(total, () -> progress.labels().stream().anyMatch(l -> l.contains(total)));
		assertEquals(1_000, progress.table().rowCount());
		settle();
		assertEquals(objectReads, queries(RECORD_OBJECTS), "no record read as an object but the newest");
	}
}
