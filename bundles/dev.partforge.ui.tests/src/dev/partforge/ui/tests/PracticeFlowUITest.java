// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.eclipse.ui.PlatformUI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.practice.CheckedAnswers;
import dev.partforge.practice.PartLibrary;
import dev.partforge.store.PartStore;
import dev.partforge.store.RecordQuery;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.TableHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.timer.TimerView;
import dev.partforge.ui.tests.pages.GeneratePartDialog;
import dev.partforge.ui.tests.pages.PartsViewPage;
import dev.partforge.ui.tests.pages.TimerViewPage;

/**
 * Issue test 1: generate a Beginner part, it appears in Parts, open it (the drawing editor shows it), the timer
 * runs, Completed, and the record appears in Progress with that time and difficulty.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PracticeFlowUITest {

	private static final String DRAWING_EDITOR = "dev.partforge.ui.drawing.editor";

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);

	@Test
	void generateOpenTimeCompleteAndSeeTheRecordInProgress() {
		long seed = 424_242; // fixed: the UI tests start from an empty data directory (the pom cleans it)
		String id = "B-" + seed;
		assertTrue(store.getPart(id).isEmpty() && store.listRecords(RecordQuery.forPart(id)).isEmpty(),
				id + " is already stored: the UI tests must start from an empty data directory (mvn clean verify)");
		long started = System.currentTimeMillis();

		GeneratePartDialog.generate(bot, "Beginner", seed);

		PartsViewPage parts = new PartsViewPage(bot);
		int row = parts.waitForPart(id);
		TableHandle table = parts.table();
		assertEquals("Beginner", table.cell(row, "Difficulty"));
		assertEquals(Long.toString(seed), table.cell(row, "Seed"));
		String name = table.cell(row, "Name");
		assertTrue(!name.isBlank() && !name.equals(id), "the part has a generated name: " + name);

		parts.open(id);
		bot.waitFor("the drawing of " + id + " is open", () -> drawingOpen(id));
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer runs for " + id, () -> "Running".equals(timer.state()) && timer.part().contains(name));
		bot.waitFor("two seconds on the clock", () -> TimerViewPage.parse(timer.time()).toSeconds() >= 2);

		timer.click("Completed");
		bot.waitFor("a record of " + id, () -> !store.listRecords(RecordQuery.forPart(id)).isEmpty());
		List<UserRecord> records = store.listRecords(RecordQuery.forPart(id));
		assertEquals(1, records.size());
		UserRecord record = records.get(0);
		long elapsed = System.currentTimeMillis() - started;
		assertTrue(record.isCompleted());
		assertEquals(Difficulty.BEGINNER, record.getDifficulty());
		assertTrue(record.getTimeSpent() >= 2_000 && record.getTimeSpent() <= elapsed,
				"recorded " + record.getTimeSpent() + " ms of a " + elapsed + " ms test");
		bot.waitFor("the timer stopped", () -> "Paused".equals(timer.state()) && "0:00".equals(timer.time()));

		TableHandle progress = bot.showView(PartForgeUi.PROGRESS_VIEW).table();
		String time = Labels.time(record.getTimeSpent());
		bot.waitFor("the attempt is listed in Progress",
				() -> progress.rowCount() > 0 && name.equals(progress.cell(0, "Part")));
		assertEquals("Beginner", progress.cell(0, "Difficulty"));
		assertEquals(time, progress.cell(0, "Time"));
		assertEquals("Completed", progress.cell(0, "Result"));

		bot.waitFor("Parts shows the part completed with its best time",
				() -> "Yes".equals(table.cell(parts.waitForPart(id), "Completed"))
						&& time.equals(table.cell(parts.waitForPart(id), "Best time")));
		bot.screenshot(TestOutput.dir("screenshots").resolve("PracticeFlowUITest-completed.png"));
	}

	/**
	 * The answer check in the Timer view: a wrong mass is recorded as an incorrect check (no time) and the clock keeps
	 * running; the exact mass completes the attempt, recorded with the answer; Progress shows both next to the time.
	 */
	@Test
	void checkingTheMassInTheTimerViewCompletesTheAttempt() {
		long seed = 434_343;
		String id = "B-" + seed;
		PartLibrary library = Components.service(PartLibrary.class);
		StoredPart part = library.generate(dev.partforge.recipes.Difficulty.BEGINNER, OptionalLong.of(seed),
				dev.partforge.recipes.Units.MM);
		double mass = CheckedAnswers.exactPart(library, part).mass();
		PartsViewPage parts = new PartsViewPage(bot);
		parts.waitForPart(id);
		parts.open(id);
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer runs for " + id, () -> "Running".equals(timer.state()) && timer.part().contains("#" + seed));

		timer.view().text(0).setText(String.format(Locale.ROOT, "%.3f", mass * 1.2));
		timer.click("Check");
		bot.waitFor("the wrong answer is shown",
				() -> timer.view().labelWithId(TimerView.CHECK_RESULT_KEY).text().startsWith("incorrect: +20.00 %"));
		bot.waitFor("the wrong check is recorded", () -> store.listRecords(RecordQuery.forPart(id)).size() == 1);
		UserRecord wrong = store.listRecords(RecordQuery.forPart(id)).get(0);
		assertEquals(CheckResult.INCORRECT, wrong.getResult());
		assertEquals(0, wrong.getTimeSpent());
		assertEquals("Running", timer.state());

		timer.view().text(0).setText(String.format(Locale.ROOT, "%.4f", mass));
		timer.click("Check");
		bot.waitFor("the correct answer completes the attempt",
				() -> store.listRecords(RecordQuery.forPart(id)).size() == 2);
		UserRecord right = store.listRecords(RecordQuery.forPart(id)).get(1);
		assertEquals(CheckResult.CORRECT, right.getResult());
		assertEquals(dev.partforge.model.AnswerKind.MASS, right.getAnswerKind());
		assertEquals("g", right.getAnswerUnit());
		assertTrue(right.isCompleted() && right.getTimeSpent() > 0, "recorded " + right.getTimeSpent() + " ms");
		assertTrue(timer.view().labelWithId(TimerView.CHECK_RESULT_KEY).text().startsWith("correct: "));

		TableHandle progress = bot.showView(PartForgeUi.PROGRESS_VIEW).table();
		bot.waitFor("both checks are listed in Progress", () -> progress.rowCount() >= 2
				&& progress.cell(0, "Check").startsWith("\u2713") && progress.cell(1, "Check").startsWith("\u2717"));
	}

	/**
	 * Check STEP File... in the Timer view: the part's own exact STEP passes and completes the attempt (recorded as a
	 * STEP answer with the model's volume); a broken file gives its one-line reason and records nothing.
	 */
	@Test
	void checkingAStepModelInTheTimerViewCompletesTheAttempt() throws Exception {
		long seed = 454_545;
		String id = "B-" + seed;
		PartLibrary library = Components.service(PartLibrary.class);
		StoredPart part = library.generate(dev.partforge.recipes.Difficulty.BEGINNER, OptionalLong.of(seed),
				dev.partforge.recipes.Units.MM);
		Path dir = TestOutput.dir("step-answers");
		Path model = dir.resolve(id + ".step");
		try (OutputStream out = Files.newOutputStream(model)) {
			Components.service(ExporterRegistry.class).find("step").orElseThrow().exporter()
					.export(ExportRequest.of(library.exportPart(part), ExportSettings.defaults()), out, null);
		}
		Path broken = dir.resolve(id + "-broken.step");
		Files.writeString(broken, "ISO-10303-21;\nHEADER;\n");
		PartsViewPage parts = new PartsViewPage(bot);
		parts.waitForPart(id);
		parts.open(id);
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer runs for " + id, () -> "Running".equals(timer.state()) && timer.part().contains("#" + seed));
		assertTrue(timer.view().button("Check STEP File...").isEnabled(), "Check STEP File... is there");

		bot.ui().run(() -> timerView().checkStepFile(broken));
		bot.waitFor("the broken file's reason is shown",
				() -> timer.view().labelWithId(TimerView.CHECK_RESULT_KEY).text().startsWith(broken.getFileName() + ": "));
		assertTrue(store.listRecords(RecordQuery.forPart(id)).isEmpty(), "a file that cannot be read records nothing");

		bot.ui().run(() -> timerView().checkStepFile(model));
		bot.waitFor("the model completes the attempt", () -> store.listRecords(RecordQuery.forPart(id)).size() == 1);
		UserRecord right = store.listRecords(RecordQuery.forPart(id)).get(0);
		assertEquals(CheckResult.CORRECT, right.getResult());
		assertEquals(dev.partforge.model.AnswerKind.STEP, right.getAnswerKind());
		double volume = CheckedAnswers.exactPart(library, part).volume();
		assertEquals(volume, right.getAnswerValue(), volume * 1e-6, "the recorded model volume");
		assertTrue(right.isCompleted() && right.getTimeSpent() > 0, "recorded " + right.getTimeSpent() + " ms");
	}

	private TimerView timerView() {
		return (TimerView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(PartForgeUi.TIMER_VIEW);
	}

	/** Whether the drawing bundle's editor shows the part (found by editor id and title, no drawing types). */
	private boolean drawingOpen(String partId) {
		return bot.ui().call(() -> Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getEditorReferences()).anyMatch(r -> DRAWING_EDITOR.equals(r.getId()) && partId.equals(r.getPartName())
						&& r.getEditor(false) != null));
	}
}
