// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.metrics.Metrics;
import dev.partforge.practice.MonitoringPreferences;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.TableHandle;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.monitor.MonitorChartsAccess;

/**
 * The Storage Monitor view shows the figures of real operations on the real store and metrics service: the table,
 * the charts, the storage usage, and the warnings when free space is low or the quota is 90 % used.
 */
@ExtendWith(ScreenshotOnFailure.class)
class StorageMonitorUITest {

	private static final String LOW_SPACE = "partforge.store.lowSpaceMiB";

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);
	private final PartLibrary library = Components.service(PartLibrary.class);
	private final Metrics metrics = Components.service(Metrics.class);

	private long count(String kind) {
		return metrics.snapshot().timing(kind).map(t -> t.count()).orElse(0L);
	}

	private static long shownCount(TableHandle table, String kind) {
		int row = table.indexOf(0, kind);
		return row < 0 ? -1 : Long.parseLong(table.cell(row, 1));
	}

	@Test
	void showsTheFiguresOfRealOperations() {
		long backups = count("store.backup");
		long generated = count("generate");
		library.generate(Difficulty.BEGINNER, OptionalLong.of(41_001), Units.MM);
		library.generate(Difficulty.EXPERT, OptionalLong.of(41_002), Units.MM);
		store.backup();
		store.backup();

		ViewHandle view = bot.showView(PartForgeUi.STORAGE_MONITOR_VIEW);
		view.button("Refresh").click();
		TableHandle table = view.table();
		// the view shows what the service counts (the workbench may back up at start, so at least the two backups)
		bot.waitFor("the backups are counted", () -> shownCount(table, "store.backup") >= backups + 2
				&& shownCount(table, "store.backup") == count("store.backup"));
		bot.waitFor("the generated parts are counted", () -> shownCount(table, "generate") >= generated + 2
				&& shownCount(table, "generate") == count("generate"));
		assertTrue(shownCount(table, "store.commit") > 0);
		bot.waitFor("the view's own job is timed", () -> table.indexOf(0, "ui.job: Reading the metrics") >= 0);
		int backupRow = table.indexOf(0, "store.backup");
		assertTrue(Double.parseDouble(table.cell(backupRow, 2)) > 0, "p50 of a backup: " + table.cell(backupRow, 2));

		MonitorChartsAccess charts = new MonitorChartsAccess(bot.ui(), view);
		bot.waitFor("the timings chart has a bar per operation kind",
				() -> charts.values(1, "p50 ms").length == table.rowCount());
		assertTrue(charts.values(0, "Database").length > 0 && charts.values(0, "Database")[0] > 0,
				"the database size is drawn");
		bot.waitFor("the error-rate chart has a bar per operation kind",
				() -> charts.values(2, "Error rate").length == table.rowCount());
		assertTrue(view.labels().stream().anyMatch(l -> l.startsWith("Figures since ") && l.contains("Database ")),
				view.labels().toString());
		assertEquals("", view.labelWithId("storageMonitor.warning").text());
		bot.screenshot(TestOutput.dir("screenshots").resolve("StorageMonitorUITest.png"));
	}

	@Test
	void warnsWhenFreeSpaceRunsLow() {
		ViewHandle view = bot.showView(PartForgeUi.STORAGE_MONITOR_VIEW);
		System.setProperty(LOW_SPACE, Long.toString(Long.MAX_VALUE / (1024 * 1024 * 1024)));
		try {
			view.button("Refresh").click();
			bot.waitFor("the low-space warning is shown",
					() -> view.labelWithId("storageMonitor.warning").text().startsWith("Only "));
			assertTrue(view.labelWithId("storageMonitor.warning").text().contains("MiB are free"));
			bot.screenshot(TestOutput.dir("screenshots").resolve("StorageMonitorUITest-lowSpace.png"));
		} finally {
			System.clearProperty(LOW_SPACE);
		}
		view.button("Refresh").click();
		bot.waitFor("the warning goes when there is space again",
				() -> view.labelWithId("storageMonitor.warning").text().isEmpty());
	}

	@Test
	void warnsWhenTheQuotaIsNinetyPercentUsed() {
		ViewHandle view = bot.showView(PartForgeUi.STORAGE_MONITOR_VIEW);
		MonitoringPreferences.putQuotaMB(store, 0.1); // the test store's database alone is larger than 0.09 MiB
		try {
			view.button("Refresh").click();
			bot.waitFor("the quota warning is shown", () -> view.labelWithId("storageMonitor.warning").text()
					.startsWith("The database and backups use "));
			assertTrue(view.labelWithId("storageMonitor.warning").text().contains("of the quota of 0.1 MiB"),
					view.labelWithId("storageMonitor.warning").text());
			assertTrue(view.labels().stream().anyMatch(l -> l.contains("Quota for database and backups: 0.1 MiB")),
					view.labels().toString());
			bot.screenshot(TestOutput.dir("screenshots").resolve("StorageMonitorUITest-quota.png"));
		} finally {
			MonitoringPreferences.putQuotaMB(store, 0);
		}
		view.button("Refresh").click();
		bot.waitFor("the warning goes without a quota",
				() -> view.labelWithId("storageMonitor.warning").text().isEmpty());
	}
}
