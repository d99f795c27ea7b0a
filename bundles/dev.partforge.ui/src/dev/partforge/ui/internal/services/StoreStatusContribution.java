// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.services;

import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.services.StoreMonitor.Condition;

/**
 * The store state in the status bar: migrating, open, or why it is unavailable (in use, read-only, damaged, disk
 * full), with the full message as tool tip.
 */
public final class StoreStatusContribution extends WorkbenchWindowControlContribution {

	private static final int WIDTH = 280;

	private CLabel label;
	private StoreMonitor monitor;
	private final Consumer<Condition> listener = this::changed;

	@Override
	protected Control createControl(Composite parent) {
		monitor = getWorkbenchWindow().getService(IEclipseContext.class).get(StoreMonitor.class);
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		label = new CLabel(box, SWT.SHADOW_NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(WIDTH, SWT.DEFAULT).applyTo(label);
		if (monitor == null) {
			label.setText(Messages.StoreStatus_unavailable);
			return box;
		}
		monitor.addListener(listener);
		label.addDisposeListener(e -> monitor.removeListener(listener));
		show(monitor.condition());
		return box;
	}

	private void changed(Condition condition) {
		if (!label.isDisposed()) {
			label.getDisplay().asyncExec(() -> show(condition));
		}
	}

	private void show(Condition condition) {
		if (label.isDisposed()) {
			return;
		}
		switch (condition.state()) {
		case MIGRATING -> label.setText(Messages.StoreStatus_migrating);
		case OPEN -> label.setText(Messages.StoreStatus_open);
		case ERROR -> label.setText(NLS.bind(Messages.StoreStatus_error, condition.reason()));
		case READ_ONLY_COPY -> label.setText(NLS.bind(Messages.StoreStatus_error, condition.reason()));
		}
		if (condition.message().isEmpty()) {
			label.setToolTipText(Messages.StoreStatus_tip);
		} else {
			label.setToolTipText(condition.state() == StoreMonitor.State.READ_ONLY_COPY ? condition.message()
					: NLS.bind(Messages.StoreStatus_errorTip, condition.message()));
		}
	}
}
