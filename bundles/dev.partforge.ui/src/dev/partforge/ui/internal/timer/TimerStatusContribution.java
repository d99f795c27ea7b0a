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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.timer.PracticeSession.Snapshot;

/**
 * The timer in the status bar: part id, elapsed time and state, refreshed every half second. Wide enough for a long
 * part id and hours on the clock; it grows if a text is wider still, so the text is never cut.
 */
public final class TimerStatusContribution extends WorkbenchWindowControlContribution {

	private static final int REFRESH_MS = 500;

	/** The widest text expected: a long part id, hours on the clock. */
	private static final String WIDEST_ID = "E-0000000000-IN"; //$NON-NLS-1$

	private static final String WIDEST_TIME = "00:00:00"; //$NON-NLS-1$

	/** The widget key of the label, for UI tests. */
	public static final String LABEL_KEY = "timer.status"; //$NON-NLS-1$

	private Composite box;
	private CLabel label;

	@Override
	protected Control createControl(Composite parent) {
		box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		label = new CLabel(box, SWT.SHADOW_NONE);
		label.setToolTipText(Messages.TimerStatus_tip);
		label.setData(PartForgeUi.WIDGET_KEY, LABEL_KEY);
		label.setText(NLS.bind(Messages.TimerStatus_running.length() >= Messages.TimerStatus_paused.length()
				? Messages.TimerStatus_running
				: Messages.TimerStatus_paused, WIDEST_ID, WIDEST_TIME));
		GridDataFactory.fillDefaults().grab(true, true).hint(label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, SWT.DEFAULT)
				.applyTo(label);
		refresh();
		return box;
	}

	private void refresh() {
		if (label == null || label.isDisposed()) {
			return;
		}
		String text = text();
		if (!text.equals(label.getText())) {
			label.setText(text);
			growIfCut();
		}
		label.getDisplay().timerExec(REFRESH_MS, this::refresh);
	}

	private void growIfCut() {
		int needed = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		GridData data = (GridData) label.getLayoutData();
		if (needed <= data.widthHint) {
			return;
		}
		data.widthHint = needed;
		int width = box.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		if (box.getParent() instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				if (item.getControl() == box) {
					item.setWidth(width);
				}
			}
		}
		box.setSize(width, box.getSize().y);
		box.getShell().layout(new Control[] { box }, SWT.DEFER);
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
