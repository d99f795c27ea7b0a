// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.timer.PracticeSession;
import dev.partforge.ui.internal.timer.PracticeTimer.Mode;
import dev.partforge.ui.internal.timer.TimerStatusContribution;
import dev.partforge.ui.internal.timer.TimerView;
import dev.partforge.ui.tests.pages.PartsViewPage;
import dev.partforge.ui.tests.pages.TimerViewPage;

/**
 * Issue 15, attempts: in the real workbench an attempt belongs to its part and follows the drawing the user chooses,
 * closing a drawing keeps its attempt, the timer buttons are disabled with no part, a training attempt says how it
 * ended, Reset asks before discarding, the status bar shows its whole text, and the Timer view scrolls when small.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AttemptsUITest {

	private static final String DRAWING_EDITOR = "dev.partforge.ui.drawing.editor";
	private static final List<String> BUTTONS = List.of("Start", "Pause", "Reset", "Completed", "Give up");

	private final PartForgeBot bot = new PartForgeBot();
	private final PartLibrary library = Components.service(PartLibrary.class);
	private final PracticeSession session = Components.service(PracticeSession.class);

	@AfterEach
	void trainingOff() {
		session.setMode(Mode.TIMED);
	}

	private String generate(Difficulty difficulty, long seed, Units units) {
		return library.generate(difficulty, OptionalLong.of(seed), units).getId();
	}

	@Test
	void theAttemptFollowsTheChosenDrawingAndSurvivesClosingIt() {
		String a = generate(Difficulty.BEGINNER, 515_001, Units.MM);
		String b = generate(Difficulty.INTERMEDIATE, 515_002, Units.MM);
		closeAllDrawings();
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("no part is current", () -> session.snapshot().partId().isEmpty());
		bot.waitFor("the timer buttons are disabled without a part", () -> noButtonEnabled(timer));
		bot.screenshot(TestOutput.dir("screenshots").resolve("AttemptsUITest-no-part.png"));

		PartsViewPage parts = new PartsViewPage(bot);
		parts.open(a);
		bot.waitFor(a + " runs", () -> current(a) && session.snapshot().running());
		bot.waitFor("two seconds on " + a, () -> session.snapshot().elapsedMillis() >= 2_000);
		assertTrue(timer.view().button("Pause").isEnabled());
		assertFalse(timer.view().button("Start").isEnabled());

		parts.open(b);
		bot.waitFor(b + " runs", () -> current(b) && session.snapshot().running());
		long aTime = session.attempts().get(a);
		assertTrue(aTime >= 2_000, a + " kept its time: " + aTime);
		bot.waitFor("a second on " + b, () -> session.snapshot().elapsedMillis() >= 1_000);

		bot.ui().run(() -> page().activate(drawing(a).orElseThrow()));
		bot.waitFor(a + " runs again from where it was",
				() -> current(a) && session.snapshot().running() && session.snapshot().elapsedMillis() >= aTime);
		long bTime = session.attempts().get(b);
		assertTrue(bTime >= 1_000, b + " kept its time: " + bTime);
		bot.waitFor(b + " is paused", () -> session.attempts().get(b) == bTime);

		bot.ui().run(() -> page().closeEditor(drawing(a).orElseThrow(), false));
		bot.waitFor("closing the drawing of " + a + " keeps its attempt, paused, and the drawing shown (" + b
				+ ") takes over", () -> current(b) && session.attempts().get(a) >= aTime);
		long kept = session.attempts().get(a);
		bot.ui().run(() -> page().closeEditor(drawing(b).orElseThrow(), false));
		bot.waitFor("closing the last drawing leaves no part current", () -> session.snapshot().partId().isEmpty());
		bot.waitFor("the timer buttons are disabled again", () -> noButtonEnabled(timer));
		assertEquals(kept, session.attempts().get(a), "the attempt of " + a + " stays paused");
		assertTrue(session.attempts().get(b) >= bTime, "the attempt of " + b + " is kept");

		parts.open(a);
		bot.waitFor("reopening resumes the attempt of " + a,
				() -> current(a) && session.snapshot().running() && session.snapshot().elapsedMillis() >= kept);
		bot.screenshot(TestOutput.dir("screenshots").resolve("AttemptsUITest-resumed.png"));
	}

	@Test
	void trainingTellsHowItEndedAndResetAsksFirst() {
		String c = generate(Difficulty.BEGINNER, 515_003, Units.MM);
		PartsViewPage parts = new PartsViewPage(bot);
		parts.open(c);
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor(c + " runs", () -> current(c) && session.snapshot().running());
		timer.view().checkBox("Training mode (not recorded)").click();
		bot.waitFor("training mode", () -> session.snapshot().mode() == Mode.TRAINING);
		bot.waitFor("a second on the clock", () -> session.snapshot().elapsedMillis() >= 1_000);
		timer.click("Completed");
		bot.waitFor("the Timer view says the training attempt ended",
				() -> result(timer).startsWith("Training attempt finished in ") && result(timer).endsWith("not recorded."));
		bot.screenshot(TestOutput.dir("screenshots").resolve("AttemptsUITest-training-done.png"));
		timer.view().checkBox("Training mode (not recorded)").click();
		bot.waitFor("timed mode", () -> session.snapshot().mode() == Mode.TIMED);

		timer.click("Start");
		bot.waitFor("a second on the clock", () -> session.snapshot().elapsedMillis() >= 1_000);
		timer.click("Reset");
		ShellHandle ask = bot.shell("Discard Attempt");
		ask.button("No").click();
		ask.waitUntilClosed();
		assertTrue(session.snapshot().elapsedMillis() >= 1_000, "No keeps the attempt");
		timer.click("Reset");
		ShellHandle again = bot.shell("Discard Attempt");
		again.button("Yes").click();
		again.waitUntilClosed();
		bot.waitFor("Yes discards it", () -> session.snapshot().elapsedMillis() == 0 && "0:00".equals(timer.time()));
	}

	@Test
	void theStatusBarShowsTheWholeTextOfALongPartId() {
		String id = generate(Difficulty.EXPERT, 4_242_424_242L, Units.INCH);
		session.open(id);
		session.start();
		bot.waitFor("the status bar names " + id, () -> bot.ui().call(() -> statusLabel().getText().contains(id)));
		bot.waitFor("the status bar is wide enough for its text", () -> bot.ui().call(() -> {
			CLabel label = statusLabel();
			return label.getSize().x >= label.computeSize(-1, -1).x;
		}));
		bot.screenshot(TestOutput.dir("screenshots").resolve("AttemptsUITest-status-bar.png"));
	}

	@Test
	void theTimerViewScrollsInsteadOfHidingItsButtonsInASmallWindow() {
		String d = generate(Difficulty.BEGINNER, 515_004, Units.MM);
		session.open(d);
		Shell shell = bot.ui().call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		Rectangle before = bot.ui().call(shell::getBounds);
		try {
			for (Point size : List.of(new Point(800, 550), new Point(640, 420))) {
				bot.ui().run(() -> shell.setSize(size));
				TimerViewPage timer = new TimerViewPage(bot);
				bot.ui().flush();
				String problem = bot.ui().call(() -> everyButtonReachable((TimerView) timer.view().part()));
				assertEquals("", problem, "at " + size.x + "x" + size.y);
				bot.showView(PartForgeUi.PROGRESS_VIEW);
				bot.ui().flush();
				assertEquals("", bot.ui().call(AttemptsUITest::progressScrolls), "at " + size.x + "x" + size.y);
				bot.screenshot(TestOutput.dir("screenshots")
						.resolve("AttemptsUITest-timer-" + size.x + "x" + size.y + ".png"));
			}
		} finally {
			bot.ui().run(() -> shell.setBounds(before));
		}
	}

	/** Every button lies inside the scrolled content, and the content can be scrolled to if the view is smaller. */
	private static String everyButtonReachable(TimerView view) {
		Composite top = (Composite) find(view.getSite().getShell(), ScrolledComposite.class::isInstance,
				AttemptsUITest::holdsTime).orElse(null);
		if (!(top instanceof ScrolledComposite scroller) || scroller.getContent() == null) {
			return "the Timer view has no scrolled content";
		}
		Control content = scroller.getContent();
		Point size = content.getSize();
		List<String> problems = new ArrayList<>();
		for (Control c : all(content)) {
			if (c instanceof Button b && BUTTONS.contains(b.getText())) {
				Rectangle r = content.getDisplay().map(b.getParent(), content, b.getBounds());
				if (r.y + r.height > size.y || r.x + r.width > size.x || r.height < b.computeSize(-1, -1).y) {
					problems.add(b.getText() + " clipped at " + r + " in " + size);
				}
			}
		}
		Rectangle area = scroller.getClientArea();
		if (size.y > area.height && !scroller.getVerticalBar().isVisible()) {
			problems.add("content " + size + " higher than " + area + " without a scroll bar");
		}
		return String.join("; ", problems);
	}

	/** The Progress view is in a scrolled composite that shows a scroll bar when it is smaller than its content. */
	private static String progressScrolls() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Optional<Control> found = find(shell, ScrolledComposite.class::isInstance, c -> all(c).stream()
				.anyMatch(x -> x instanceof org.eclipse.swt.widgets.Table t && java.util.Arrays.stream(t.getColumns())
						.anyMatch(col -> "Result".equals(col.getText()))));
		if (found.isEmpty()) {
			return "the Progress view does not scroll";
		}
		ScrolledComposite scroller = (ScrolledComposite) found.get();
		Rectangle area = scroller.getClientArea();
		Point content = scroller.getContent().getSize();
		if (content.y > area.height && !scroller.getVerticalBar().isVisible()
				|| content.x > area.width && !scroller.getHorizontalBar().isVisible()) {
			return "Progress content " + content + " in " + area + " without scroll bars";
		}
		if (content.y < scroller.getMinHeight() || content.x < scroller.getMinWidth()) {
			return "Progress content " + content + " squeezed below its minimum size";
		}
		return "";
	}

	/** @return whether the control holds the Timer view's time label */
	private static boolean holdsTime(Control c) {
		return all(c).stream().anyMatch(x -> TimerView.TIME_KEY.equals(x.getData(PartForgeUi.WIDGET_KEY)));
	}

	private static Optional<Control> find(Control root, java.util.function.Predicate<Control> type,
			java.util.function.Predicate<Control> also) {
		return all(root).stream().filter(type).filter(also).findFirst();
	}

	private static List<Control> all(Control root) {
		List<Control> out = new ArrayList<>();
		out.add(root);
		if (root instanceof Composite c) {
			Arrays.stream(c.getChildren()).forEach(child -> out.addAll(all(child)));
		}
		return out;
	}

	private CLabel statusLabel() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		return (CLabel) find(shell, CLabel.class::isInstance,
				c -> TimerStatusContribution.LABEL_KEY.equals(c.getData(PartForgeUi.WIDGET_KEY))).orElseThrow();
	}

	private String result(TimerViewPage timer) {
		return timer.view().labelWithId(TimerView.RESULT_KEY).text();
	}

	private boolean noButtonEnabled(TimerViewPage timer) {
		return BUTTONS.stream().noneMatch(label -> timer.view().button(label).isEnabled());
	}

	private boolean current(String partId) {
		return session.snapshot().partId().equals(Optional.of(partId));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private Optional<IEditorPart> drawing(String partId) {
		return Arrays.stream(page().getEditorReferences())
				.filter(r -> DRAWING_EDITOR.equals(r.getId()) && partId.equals(r.getPartName()))
				.map(r -> r.getEditor(true)).findFirst();
	}

	private void closeAllDrawings() {
		bot.ui().run(() -> page().closeAllEditors(false));
	}
}
