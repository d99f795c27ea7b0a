// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.sync;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import dev.partforge.sync.SyncStatus;
import dev.partforge.ui.PartForgeUi;

/**
 * The team server state in the status bar (offline / online / syncing / error, the last successful sync, the
 * pending changes; the reason in the text when offline or in error), the server and user as tool tip; refreshed
 * whenever the state may have changed.
 */
public final class SyncStatusContribution extends WorkbenchWindowControlContribution {

	/** The widget key of the label, for UI tests. */
	public static final String LABEL_KEY = "sync.status"; //$NON-NLS-1$

	private static final int WIDTH = 300;

	private CLabel label;
	private final Consumer<SyncStatus> listener = this::changed;

	@Override
	protected Control createControl(Composite parent) {
		SyncMonitor monitor = getWorkbenchWindow().getService(IEclipseContext.class).get(SyncMonitor.class);
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		label = new CLabel(box, SWT.SHADOW_NONE);
		label.setData(PartForgeUi.WIDGET_KEY, LABEL_KEY);
		GridDataFactory.fillDefaults().grab(true, true).hint(WIDTH, SWT.DEFAULT).applyTo(label);
		if (monitor == null) {
			label.setText(Messages.Sync_unavailable);
			return box;
		}
		monitor.sync().addListener(listener);
		label.addDisposeListener(e -> monitor.sync().removeListener(listener));
		label.setText(Messages.Sync_reading);
		Job.createSystem("Reading the synchronisation status", (ICoreRunnable) m -> changed(monitor.sync().status()))
				.schedule(); //$NON-NLS-1$
		return box;
	}

	private void changed(SyncStatus status) {
		if (!label.isDisposed()) {
			label.getDisplay().asyncExec(() -> show(status));
		}
	}

	private void show(SyncStatus status) {
		if (label.isDisposed()) {
			return;
		}
		label.setText(SyncLabels.text(status));
		label.setToolTipText(SyncLabels.tip(status));
	}
}
