// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.partforge.check.AnswerSource;
import dev.partforge.check.AnswerUnit;
import dev.partforge.check.CheckOutcome;
import dev.partforge.check.EnteredAnswer;
import dev.partforge.check.ValueAnswer;
import dev.partforge.check.step.StepAnswer;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.CheckedAnswers;
import dev.partforge.practice.PartLibrary;
import dev.partforge.store.PartStore;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * The Timer view's answer row: the mass or volume the user measured in their own model with a Check button, a
 * Check STEP File... button for the model itself ({@link StepAnswer}), and the result. A correct answer completes the attempt (recorded with the answer); a wrong one is recorded as a check
 * without time, and the clock keeps running.
 */
final class AnswerRow {

	/** The widget key of the answer field, for UI tests. */
	static final String ANSWER_KEY = TimerView.ANSWER_KEY;

	/** The widget key of the result label, for UI tests. */
	static final String RESULT_KEY = TimerView.CHECK_RESULT_KEY;

	/** The widget key of the Check STEP File... button, for UI tests. */
	static final String STEP_KEY = "timer.checkStep"; //$NON-NLS-1$

	private static final AnswerUnit[] UNITS = { AnswerUnit.G, AnswerUnit.MM3, AnswerUnit.IN3 };

	private final PracticeSession session;
	private final PartStore store;
	private final PartLibrary library;
	private final StoreMonitor monitor;
	private final Combo unit;
	private final Text answer;
	private final Label result;

	AnswerRow(Composite parent, PracticeSession session, PartStore store, PartLibrary library, StoreMonitor monitor) {
		this.session = session;
		this.store = store;
		this.library = library;
		this.monitor = monitor;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText(Messages.Timer_answer);
		answer = new Text(row, SWT.BORDER | SWT.SINGLE);
		answer.setData(PartForgeUi.WIDGET_KEY, ANSWER_KEY);
		answer.setMessage(Messages.Timer_answerHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(90, SWT.DEFAULT).applyTo(answer);
		unit = new Combo(row, SWT.READ_ONLY);
		unit.setItems(Messages.Timer_unitGrams, Messages.Timer_unitMm3, Messages.Timer_unitIn3);
		unit.select(0);
		Button check = new Button(row, SWT.PUSH);
		check.setText(Messages.Timer_check);
		check.addListener(SWT.Selection, e -> check());
		answer.addListener(SWT.DefaultSelection, e -> check());
		Button step = new Button(row, SWT.PUSH);
		step.setText(Messages.Timer_checkStep);
		step.setData(PartForgeUi.WIDGET_KEY, STEP_KEY);
		step.addListener(SWT.Selection, e -> chooseStepFile(parent));
		result = new Label(parent, SWT.WRAP);
		result.setData(PartForgeUi.WIDGET_KEY, RESULT_KEY);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(result);
	}

	private void check() {
		AnswerUnit u = UNITS[Math.max(0, unit.getSelectionIndex())];
		ValueAnswer value;
		try {
			value = ValueAnswer.parse(answer.getText(), u.kind(), u);
		} catch (IllegalArgumentException e) {
			show(e.getMessage());
			return;
		}
		run(value);
	}

	private void chooseStepFile(Composite parent) {
		FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
		dialog.setText(Messages.Timer_checkStepTitle);
		dialog.setFilterExtensions(new String[] { "*.step;*.stp;*.STEP;*.STP", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = dialog.open();
		if (file != null) {
			checkStepFile(Path.of(file));
		}
	}

	/**
	 * Checks the user's model in a STEP file against the open part, as the Check STEP File... button does after its
	 * file dialog.
	 *
	 * @param file the STEP file
	 */
	void checkStepFile(Path file) {
		run(new StepAnswer(file.toAbsolutePath().normalize()));
	}

	/** A checked answer, or the one-line reason it could not be read (e.g. a broken STEP file). */
	private record Checked(CheckOutcome outcome, String unreadable) {
	}

	private void run(AnswerSource source) {
		Optional<String> partId = session.snapshot().partId();
		if (partId.isEmpty()) {
			show(Messages.Timer_noPart);
			return;
		}
		String id = partId.get();
		StoreJobs.schedule(Messages.Timer_checking, true, monitor, m -> {
			StoredPart part = store.getPart(id)
					.orElseThrow(() -> new IllegalArgumentException("No part with id " + id));
			try {
				return new Checked(CheckedAnswers.check(store, library, part, source), null);
			} catch (IOException e) {
				return new Checked(null, e.getMessage());
			}
		}, c -> {
			if (c.unreadable() != null) {
				show(c.unreadable());
			} else {
				checked(id, source.entered(), c.outcome());
			}
		});
	}

	private void checked(String partId, EnteredAnswer entered, CheckOutcome outcome) {
		show(outcome.describe(entered.unit()));
		if (outcome.correct()) {
			session.finish(true).ifPresent(attempt -> StoreJobs.schedule(Messages.Timer_saving, true, monitor,
					m -> session.record(attempt, r -> CheckedAnswers.apply(r, entered, outcome)), null));
		} else {
			StoreJobs.schedule(Messages.Timer_saving, true, monitor,
					m -> store.addRecord(CheckedAnswers.record(partId, 0, entered, outcome)), null);
		}
	}

	private void show(String text) {
		if (!result.isDisposed()) {
			result.setText(text);
			result.getParent().layout(true);
		}
	}
}
