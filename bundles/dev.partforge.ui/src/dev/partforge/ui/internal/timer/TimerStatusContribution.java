// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.timer.PracticeSession.Snapshot;

/** The timer in the status bar: part id, elapsed time and state, refreshed every half second. */
public final class TimerStatusContribution extends WorkbenchWindowControlContribution {

	private static final int REFRESH_MS = 500;

	private CLabel label;
	private PracticeSession session;

	@Override
	protected Control createControl(Composite parent) {
		session = getWorkbenchWindow().getService(org.eclipse.e4.core.contexts.IEclipseContext.class)
				.get(PracticeSession.class);
		label = new CLabel(parent, SWT.SHADOW_NONE);
		label.setToolTipText(Messages.TimerStatus_tip);
		refresh();
		return label;
	}

	@Override
	protected int computeWidth(Control control) {
		return 220;
	}

	private void refresh() {
		if (label == null || label.isDisposed()) {
			return;
		}
		label.setText(text());
		label.getDisplay().timerExec(REFRESH_MS, this::refresh);
	}

	private String text() {
		if (session == null) {
			return Messages.TimerStatus_unavailable;
		}
		Snapshot s = session.snapshot();
		if (s.partId().isEmpty()) {
			return Messages.TimerStatus_idle;
		}
		return NLS.bind(s.running() ? Messages.TimerStatus_running : Messages.TimerStatus_paused, s.partId().get(),
				Labels.time(s.elapsedMillis()));
	}
}
