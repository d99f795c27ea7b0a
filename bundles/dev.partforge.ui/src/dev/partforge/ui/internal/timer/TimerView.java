// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.store.PartStore;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;
import dev.partforge.ui.internal.timer.PracticeSession.Snapshot;
import dev.partforge.ui.internal.timer.PracticeTimer.Attempt;
import dev.partforge.ui.internal.timer.PracticeTimer.Mode;
import jakarta.inject.Inject;

/**
 * The Timer view: the current part, the elapsed time (refreshed four times a second), the state, the training-mode
 * switch, buttons for the timer commands (enabled only when they can act), the answer check ({@link AnswerRow}) and
 * the outcome of the last finished attempt. The content scrolls when the view is smaller than it.
 */
public final class TimerView extends ViewPart {

	/** The widget key of the time label, for UI tests. */
	public static final String TIME_KEY = "timer.time"; //$NON-NLS-1$

	/** The widget key of the state label ("Running", "Paused"), for UI tests. */
	public static final String STATE_KEY = "timer.state"; //$NON-NLS-1$

	/** The widget key of the part label, for UI tests. */
	public static final String PART_KEY = "timer.part"; //$NON-NLS-1$

	/** The widget key of the label with the outcome of the last finished attempt, for UI tests. */
	public static final String RESULT_KEY = "timer.result"; //$NON-NLS-1$

	private static final String START = "dev.partforge.ui.commands.timer.start"; //$NON-NLS-1$
	private static final String PAUSE = "dev.partforge.ui.commands.timer.pause"; //$NON-NLS-1$
	private static final String RESET = "dev.partforge.ui.commands.timer.reset"; //$NON-NLS-1$
	private static final String COMPLETE = "dev.partforge.ui.commands.timer.complete"; //$NON-NLS-1$
	private static final String GIVE_UP = "dev.partforge.ui.commands.timer.giveUp"; //$NON-NLS-1$

	/** The widget key of the answer field, for UI tests. */
	public static final String ANSWER_KEY = "timer.answer"; //$NON-NLS-1$

	/** The widget key of the label showing the checked answer's result, for UI tests. */
	public static final String CHECK_RESULT_KEY = "timer.checkResult"; //$NON-NLS-1$

	private static final int REFRESH_MS = 250;

	private static final int MARGIN = 10;

	@Inject
	private PracticeSession session;
	@Inject
	private PartStore store;
	@Inject
	private StoreMonitor monitor;
	@Inject
	private PartLibrary library;

	private IEclipseContext context;
	private LocalResourceManager resources;
	private Label part;
	private Label time;
	private Label state;
	private Button training;
	private Label result;
	private ScrolledComposite scroller;
	private AnswerRow answerRow;
	private Composite buttonRow;
	private final Map<String, Button> buttons = new LinkedHashMap<>();
	private String shownPart;
	/** The view's size and label texts at the last {@link #fit()}. */
	private String fitted;
	private final Runnable tick = this::tick;

	/**
	 * Checks the user's model in a STEP file against the open part, as Check STEP File... does with the file chosen in
	 * its (native, so not scriptable) file dialog. UI thread only.
	 *
	 * @param file the STEP file
	 */
	public void checkStepFile(Path file) {
		answerRow.checkStepFile(file);
	}

	@Override
	public void createPartControl(Composite view) {
		context = Services.inject(getSite(), this);
		resources = new LocalResourceManager(JFaceResources.getResources(), view);
		scroller = new ScrolledComposite(view, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite parent = new Composite(scroller, SWT.NONE);
		scroller.setContent(parent);
		GridLayoutFactory.swtDefaults().margins(MARGIN, MARGIN).applyTo(parent);
		part = new Label(parent, SWT.WRAP);
		part.setData(PartForgeUi.WIDGET_KEY, PART_KEY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(part);
		time = new Label(parent, SWT.NONE);
		time.setData(PartForgeUi.WIDGET_KEY, TIME_KEY);
		time.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).setHeight(28)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(time);
		state = new Label(parent, SWT.NONE);
		state.setData(PartForgeUi.WIDGET_KEY, STATE_KEY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
		createButtons(parent);
		answerRow = new AnswerRow(parent, session, store, library, monitor);
		training = new Button(parent, SWT.CHECK);
		training.setText(Messages.Timer_training);
		training.setToolTipText(Messages.Timer_trainingTip);
		training.addListener(SWT.Selection,
				e -> session.setMode(training.getSelection() ? Mode.TRAINING : Mode.TIMED));
		result = new Label(parent, SWT.WRAP);
		result.setData(PartForgeUi.WIDGET_KEY, RESULT_KEY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(result);
		showPart(null);
		tick();
	}

	private void createButtons(Composite parent) {
		Composite buttons = new Composite(parent, SWT.NONE);
		buttonRow = buttons;
		GridLayoutFactory.fillDefaults().numColumns(5).equalWidth(false).applyTo(buttons);
		button(buttons, Messages.Timer_start, START);
		button(buttons, Messages.Timer_pause, PAUSE);
		button(buttons, Messages.Timer_reset, RESET);
		button(buttons, Messages.Timer_completed, COMPLETE);
		button(buttons, Messages.Timer_giveUp, GIVE_UP);
	}

	private void button(Composite parent, String label, String commandId) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		buttons.put(commandId, b);
		b.addListener(SWT.Selection, e -> {
			try {
				getSite().getService(IHandlerService.class).executeCommand(commandId, null);
			} catch (Exception ex) { // any command failure is reported the same way
				StatusManager.getManager().handle(Status.error(ex.getMessage(), ex),
						StatusManager.LOG | StatusManager.SHOW);
			}
			tick();
		});
	}

	private void tick() {
		if (time.isDisposed()) {
			return;
		}
		Snapshot s = session.snapshot();
		time.setText(Labels.time(s.elapsedMillis()));
		state.setText(s.partId().isEmpty() ? "" : s.running() ? Messages.Timer_running : Messages.Timer_paused); //$NON-NLS-1$
		training.setSelection(s.mode() == Mode.TRAINING);
		String id = s.partId().orElse(null);
		if (!Objects.equals(id, shownPart)) {
			shownPart = id;
			showPart(id);
		}
		boolean open = s.partId().isPresent();
		enable(START, open && !s.running());
		enable(PAUSE, s.running());
		enable(RESET, open && s.elapsedMillis() > 0);
		enable(COMPLETE, open);
		enable(GIVE_UP, open);
		String outcome = session.lastFinished().map(TimerView::outcome).orElse(""); //$NON-NLS-1$
		if (!outcome.equals(result.getText())) {
			result.setText(outcome);
		}
		fit();
		time.getDisplay().timerExec(REFRESH_MS, tick);
	}

	/**
	 * Lays the content out again and sizes the scrolled area, only when a label's text or the view's size changed
	 * since the last time: doing so on every tick cost the UI thread up to 50 ms four times a second on a loaded
	 * machine (stall probe, MillionRecordsStallUITest). The running time is left out: its label spans the view's
	 * width at one font height, so a new time needs no layout.
	 */
	private void fit() {
		Composite content = time.getParent();
		StringBuilder key = new StringBuilder(scroller.getClientArea().toString());
		labels(content, key);
		if (key.toString().equals(fitted)) {
			return;
		}
		fitted = key.toString();
		content.layout(true);
		// as narrow as the buttons (wrapping labels wrap), as high as the content at that width
		int width = Math.max(buttonRow.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 2 * MARGIN,
				scroller.getClientArea().width);
		scroller.setMinSize(buttonRow.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 2 * MARGIN,
				content.computeSize(width, SWT.DEFAULT).y);
	}

	private void labels(Composite parent, StringBuilder key) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Label l && l != time) {
				key.append('\u0000').append(l.getText());
			} else if (c instanceof Composite child) {
				labels(child, key);
			}
		}
	}

	private void enable(String command, boolean enabled) {
		Button b = buttons.get(command);
		if (b.getEnabled() != enabled) {
			b.setEnabled(enabled);
		}
	}

	private static String outcome(Map.Entry<Attempt, Boolean> last) {
		Attempt a = last.getKey();
		String time = Labels.time(a.millis());
		if (!a.recorded()) {
			return NLS.bind(Messages.Timer_trainingDone, time);
		}
		if (!last.getValue()) {
			return Messages.Timer_saving;
		}
		return NLS.bind(a.completed() ? Messages.Timer_recordedCompleted : Messages.Timer_recordedGivenUp, time);
	}

	private void showPart(String id) {
		if (id == null) {
			part.setText(Messages.Timer_noPart);
			return;
		}
		part.setText(id);
		StoreJobs.schedule(Messages.Timer_loadingPart, false, monitor, m -> store.getPart(id), this::partLoaded);
	}

	private void partLoaded(Optional<StoredPart> loaded) {
		if (part.isDisposed() || loaded.isEmpty() || !loaded.get().getId().equals(shownPart)) {
			return;
		}
		StoredPart p = loaded.get();
		String name = p.getRecipe() == null ? p.getId() : p.getRecipe().getName();
		String difficulty = p.getRecipe() == null ? "" : Labels.difficulty(p.getRecipe().getDifficulty()); //$NON-NLS-1$
		part.setText(NLS.bind(Messages.Timer_part, name, difficulty));
		part.getParent().layout(true);
	}

	@Override
	public void setFocus() {
		time.getParent().setFocus();
	}

	@Override
	public void dispose() {
		if (time != null && !time.isDisposed()) {
			time.getDisplay().timerExec(-1, tick);
		}
		Services.uninject(context, this);
		super.dispose();
	}
}
