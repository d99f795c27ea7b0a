// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
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

	private static final int WIDTH = 200;

	private CLabel label;

	@Override
	protected Control createControl(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		label = new CLabel(box, SWT.SHADOW_NONE);
		label.setToolTipText(Messages.TimerStatus_tip);
		GridDataFactory.fillDefaults().grab(true, true).hint(WIDTH, SWT.DEFAULT).applyTo(label);
		refresh();
		return box;
	}

	private void refresh() {
		if (label == null || label.isDisposed()) {
			return;
		}
		label.setText(text());
		label.getDisplay().timerExec(REFRESH_MS, this::refresh);
	}

	private String text() {
		// looked up each time: the session service may be replaced (bundle update, component restart)
		PracticeSession session = getWorkbenchWindow().getService(IEclipseContext.class).get(PracticeSession.class);
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
