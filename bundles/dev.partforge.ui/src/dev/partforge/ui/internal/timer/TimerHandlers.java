// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;
import dev.partforge.ui.internal.timer.PracticeTimer.Attempt;

/** The handlers of the timer commands; each one is small, they share the session lookup. */
public final class TimerHandlers {

	private TimerHandlers() {
	}

	/** Starts or resumes the timer. */
	public static final class Start extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			Services.get(event, PracticeSession.class).start();
			return null;
		}
	}

	/** Pauses the timer. */
	public static final class Pause extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			Services.get(event, PracticeSession.class).pause();
			return null;
		}
	}

	/** Discards the current attempt after the user confirms it (an attempt is never dropped silently). */
	public static final class Reset extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			PracticeSession session = Services.get(event, PracticeSession.class);
			PracticeSession.Snapshot s = session.snapshot();
			if (s.partId().isEmpty() || s.elapsedMillis() == 0) {
				return null;
			}
			if (MessageDialog.openQuestion(HandlerUtil.getActiveShellChecked(event), Messages.Timer_discardTitle,
					NLS.bind(Messages.Timer_discard, s.partId().get(), Labels.time(s.elapsedMillis())))) {
				session.reset();
			}
			return null;
		}
	}

	/** "Completed": stops the timer and records a completed attempt. */
	public static final class Complete extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			finish(event, true);
			return null;
		}
	}

	/** "Give up": stops the timer and records an attempt that was not completed. */
	public static final class GiveUp extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			finish(event, false);
			return null;
		}
	}

	private static void finish(ExecutionEvent event, boolean completed) throws ExecutionException {
		PracticeSession session = Services.get(event, PracticeSession.class);
		Optional<Attempt> attempt = session.finish(completed);
		if (attempt.isEmpty()) {
			return;
		}
		Attempt a = attempt.get();
		IStatusLineManager status = statusLine(event);
		if (!a.recorded()) {
			message(status, NLS.bind(Messages.Timer_trainingDone, Labels.time(a.millis())));
			return;
		}
		StoreJobs.schedule(Messages.Timer_saving, true, Services.get(event, StoreMonitor.class),
				m -> session.record(a), id -> message(status, NLS.bind(
						completed ? Messages.Timer_recordedCompleted : Messages.Timer_recordedGivenUp,
						Labels.time(a.millis()))));
	}

	private static IStatusLineManager statusLine(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		return part != null && part.getSite() instanceof IViewSite site ? site.getActionBars().getStatusLineManager()
				: null;
	}

	private static void message(IStatusLineManager status, String text) {
		if (status != null) {
			status.setMessage(text);
		}
	}
}
