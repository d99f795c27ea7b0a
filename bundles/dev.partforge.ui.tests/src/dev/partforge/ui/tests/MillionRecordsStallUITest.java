// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.TableHandle;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.tests.pages.PartsViewPage;

/**
 * Issue 13's stall measurement at 10,000 parts and 10⁶ records: the workbench runs over a library filled beforehand
 * (`benchmarks/ui`, `-Dbench.args=10000,100,0`, see benchmarks/README.md) and the {@link UiStallProbe} measures the
 * UI thread's longest round trip while the Parts view lists the parts, the Progress view loads and charts every
 * record, the Storage Monitor shows its figures and a part's drawing opens; for each phase the report
 * ({@code target/stall/MillionRecordsStallUITest.txt}) gives the longest round trip and the UI thread's stack
 * sampled during it, and the UI thread's longest stretch inside the store (sampled every 5 ms), which the test asserts
 * to be at most 100 ms: the "nothing in the UI thread waits on the store for more than 100 ms". Not in the default test run (filling
 * the library takes minutes): enabled by {@code -Dpartforge.stall=true} with
 * {@code -Dpartforge.uiData=<the filled data directory>}.
 */
@EnabledIfSystemProperty(named = "partforge.stall", matches = "true")
@ExtendWith(ScreenshotOnFailure.class)
class MillionRecordsStallUITest {

	private static final int PARTS = 10_000;
	private static final int RECORDS = 1_000_000;
	private static final Duration LOADING = Duration.ofMinutes(10);
	private static final String DRAWING_EDITOR = "dev.partforge.ui.drawing.editor";
	/** The Progress view's note on how many attempts it loaded (messages.properties, Progress_newestShown). */
	private static final Pattern LISTED = Pattern.compile("the newest \\d+ of (\\d+) attempts listed");

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void theUiThreadNeverWaitsOnTheStore() throws Exception {
		Map<String, UiStallProbe.Stall> phases = new LinkedHashMap<>();
		Map<String, UiStallProbe.StoreWait> stores = new LinkedHashMap<>();
		try (UiStallProbe probe = new UiStallProbe(bot.ui().display())) {
			long t0 = System.nanoTime();
			PartsViewPage parts = new PartsViewPage(bot);
			TableHandle table = parts.table();
			bot.ui().waitUntil(PARTS + " parts are listed", () -> table.rowCount() >= PARTS, LOADING);
			String listed = "Parts view lists " + table.rowCount() + " parts";
			phases.put(listed, probe.phase());
			stores.put(listed, probe.lastPhaseStore());

			ViewHandle progress = bot.showView(PartForgeUi.PROGRESS_VIEW);
			TableHandle attempts = progress.table(); // filled with the charts
			// the table lists the newest 1,000 attempts (ProgressView.TABLE_LIMIT), the charts all of them
			bot.ui().waitUntil("the Progress view shows the records", () -> attempts.rowCount() >= 1_000, LOADING);
			bot.ui().flush(); // the charts drawn
			long loaded = progress.labels().stream().map(LISTED::matcher).filter(Matcher::find)
					.mapToLong(m -> Long.parseLong(m.group(1))).findFirst().orElse(0);
			phases.put("Progress view loads and charts " + loaded + " records", probe.phase());
			stores.put("Progress view loads and charts " + loaded + " records", probe.lastPhaseStore());
			assertTrue(loaded >= RECORDS, "the Progress view loaded " + loaded + " attempts: " + progress.labels());

			ViewHandle monitor = bot.showView(PartForgeUi.STORAGE_MONITOR_VIEW);
			monitor.button("Refresh").click();
			TableHandle figures = monitor.table();
			bot.ui().waitUntil("the Storage Monitor shows figures", () -> figures.rowCount() > 0, LOADING);
			bot.ui().flush();
			phases.put("Storage Monitor", probe.phase());
			stores.put("Storage Monitor", probe.lastPhaseStore());

			String first = parts.shownIds().get(0);
			probe.phase(); // not the test's own read of the rows
			parts.open(first);
			bot.ui().waitUntil("the drawing of " + first + " is open", () -> drawingOpen(first), LOADING);
			bot.ui().flush();
			phases.put("open part " + first, probe.phase());
			stores.put("open part " + first, probe.lastPhaseStore());

			StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
					"%d parts, %d records: %s (%.0f s in all)%n", PARTS, RECORDS, probe.summary(),
					(System.nanoTime() - t0) / 1e9));
			phases.forEach((what, stall) -> report.append(String.format(Locale.ROOT, "  %-50s %s; %s%n", what, stall.figures(),
					stores.get(what).figures())));
			phases.forEach((what, stall) -> {
				if (stall.samples() > 0) {
					report.append("\n").append(what).append(": longest round trip ").append(stall.figures())
							.append('\n').append(stall.stacks());
				}
				if (!stores.get(what).stack().isEmpty()) {
					report.append("\n").append(what).append(": the UI thread's longest stretch in the store, first sample:\n")
							.append(stores.get(what).stack()).append('\n');
				}
			});
			Files.writeString(TestOutput.dir("stall").resolve("MillionRecordsStallUITest.txt"), report);
			ILog.of(MillionRecordsStallUITest.class).info(report.toString());
			// issue 13: the UI thread never waits on the store for more than 100 ms; the round trips are reported beside
			assertTrue(probe.worstStoreWait() <= UiStallProbe.SAMPLE_MS, report.toString());
		}
	}

	private boolean drawingOpen(String partId) {
		return bot.ui().call(() -> Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getEditorReferences()).anyMatch(r -> DRAWING_EDITOR.equals(r.getId()) && partId.equals(r.getPartName())
						&& r.getEditor(false) != null));
	}
}
