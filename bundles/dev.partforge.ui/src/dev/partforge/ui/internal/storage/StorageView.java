// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.storage;

import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import dev.partforge.store.PartStore;
import dev.partforge.store.RestoreReport;
import dev.partforge.store.StoreInfo;
import dev.partforge.store.VerifyReport;
import dev.partforge.sync.SyncStatus;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.ScrolledContent;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;
import dev.partforge.ui.internal.sync.SyncLabels;
import dev.partforge.ui.internal.sync.SyncMonitor;
import jakarta.inject.Inject;

/**
 * The Storage view: where and how the data is stored, the free space; "Back up now", "Verify", "Restore..." and
 * "Refresh" run as Jobs; the team server state, live, with "Sync Now".
 */
public final class StorageView extends ViewPart {

	/** The widget key of the team server state label, for UI tests. */
	public static final String SYNC_KEY = "storage.sync"; //$NON-NLS-1$

	/** Height in pixels of the result text before the view scrolls. */
	private static final int MIN_RESULT_HEIGHT = 48;

	@Inject
	private PartStore store;
	@Inject
	private StoreMonitor monitor;
	@Inject
	private SyncMonitor syncMonitor;

	private IEclipseContext context;
	private Text location;
	private Label size;
	private Label schema;
	private Label counts;
	private Label lastBackup;
	private Label free;
	private Label sync;
	private Text result;
	private final Consumer<SyncStatus> syncListener = this::syncChanged;
	private Composite buttonRow;
	private ScrolledContent scrolled;

	@Override
	public void createPartControl(Composite view) {
		context = Services.inject(getSite(), this);
		scrolled = new ScrolledContent(view, "storage.scroller"); //$NON-NLS-1$
		Composite parent = scrolled.content();
		GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 8).applyTo(parent);
		location = new Text(row(parent, Messages.Storage_location), SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
		size = value(parent, Messages.Storage_size);
		schema = value(parent, Messages.Storage_schema);
		counts = value(parent, Messages.Storage_counts);
		lastBackup = value(parent, Messages.Storage_lastBackup);
		free = value(parent, Messages.Storage_free);
		sync = value(parent, dev.partforge.ui.internal.sync.Messages.Sync_row);
		sync.setData(PartForgeUi.WIDGET_KEY, SYNC_KEY);
		Composite buttons = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
		button(buttons, Messages.Storage_backup, this::backup);
		button(buttons, Messages.Storage_verify, this::verify);
		button(buttons, Messages.Storage_restore, this::restore);
		button(buttons, Messages.Storage_refresh, this::refresh);
		button(buttons, dev.partforge.ui.internal.sync.Messages.Sync_now, () -> syncMonitor.sync().syncNow());
		syncMonitor.sync().addListener(syncListener);
		result = new Text(parent, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).minSize(SWT.DEFAULT, MIN_RESULT_HEIGHT)
				.applyTo(result);
		buttonRow = buttons;
		updateMinimumSize();
		refresh();
	}

	/**
	 * Below the width of the buttons and the values and the height of all rows the view scrolls instead of clipping
	 * them (the location and the result text scroll their own text).
	 */
	private void updateMinimumSize() {
		Composite parent = scrolled.content();
		GridLayout layout = (GridLayout) parent.getLayout();
		int titles = 0;
		int values = 0;
		for (Control c : parent.getChildren()) {
			if (c instanceof Label label) {
				int x = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
				if (label == size || label == schema || label == counts || label == lastBackup || label == free
						|| label == sync) {
					values = Math.max(values, x);
				} else {
					titles = Math.max(titles, x);
				}
			}
		}
		int width = 2 * layout.marginWidth + Math.max(buttonRow.computeSize(SWT.DEFAULT, SWT.DEFAULT).x,
				titles + layout.horizontalSpacing + values);
		scrolled.minimum(width, parent.computeSize(width, SWT.DEFAULT).y);
	}

	private static Composite row(Composite parent, String title) {
		new Label(parent, SWT.NONE).setText(title);
		return parent;
	}

	private static Label value(Composite parent, String title) {
		Label label = new Label(row(parent, title), SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void refresh() {
		StoreJobs.schedule(Messages.Storage_reading, false, monitor, m -> store.info(), this::show);
		StoreJobs.schedule(Messages.Storage_reading, false, monitor, m -> syncMonitor.sync().status(),
				this::showSync);
	}

	private void syncChanged(SyncStatus status) {
		if (!sync.isDisposed()) {
			sync.getDisplay().asyncExec(() -> showSync(status));
		}
	}

	private void showSync(SyncStatus status) {
		if (sync.isDisposed()) {
			return;
		}
		sync.setText(SyncLabels.text(status));
		sync.setToolTipText(SyncLabels.tip(status));
		sync.getParent().layout(true);
		updateMinimumSize();
	}

	private void show(StoreInfo info) {
		if (location.isDisposed()) {
			return;
		}
		location.setText(info.location().toString());
		size.setText(NLS.bind(Messages.Storage_sizeValue, String.format("%.1f", info.sizeOnDisk() / 1048576.0), //$NON-NLS-1$
				info.sizeOnDisk()));
		schema.setText(Integer.toString(info.schemaVersion()));
		counts.setText(NLS.bind(Messages.Storage_countsValue,
				new Object[] { info.parts(), info.records(), info.preferences() }));
		lastBackup.setText(info.lastBackup().map(t -> Labels.date(Date.from(t))).orElse(Messages.Storage_never));
		String mb = String.format("%.0f", info.usableSpace() / 1048576.0); //$NON-NLS-1$
		free.setText(info.lowSpace() ? NLS.bind(Messages.Storage_lowSpace, mb) : mb + " MB"); //$NON-NLS-1$
		location.getParent().layout(true);
		updateMinimumSize();
		if (monitor != null) {
			monitor.update(info);
		}
		info.fallback().ifPresent(f -> report(f.message()));
	}

	private void backup() {
		StoreJobs.schedule(Messages.Storage_backingUp, true, monitor, m -> {
			SubMonitor.convert(m, Messages.Storage_backingUp, SubMonitor.UNKNOWN);
			return store.backup();
		}, (Path file) -> {
			report(NLS.bind(Messages.Storage_backedUp, file));
			refresh();
		});
	}

	/** Asks which backup to restore, then restores it as a Job (also when the store cannot be opened). */
	private void restore() {
		RestoreDialog dialog = new RestoreDialog(result.getShell(), store.backups());
		if (dialog.open() != Window.OK || dialog.chosen().isEmpty()) {
			return;
		}
		Optional<Path> backup = dialog.chosen();
		StoreJobs.schedule(Messages.Storage_restoring, true, monitor, m -> {
			SubMonitor.convert(m, Messages.Storage_restoring, SubMonitor.UNKNOWN);
			return store.restore(backup);
		}, (RestoreReport done) -> {
			report(NLS.bind(Messages.Storage_restored,
					new Object[] { done.backup().getFileName(), done.parts(), done.records() })
					+ done.keptAside().map(p -> NLS.bind(Messages.Storage_keptAside, p)).orElse("")); //$NON-NLS-1$
			refresh();
		});
	}

	private void verify() {
		StoreJobs.schedule(Messages.Storage_verifying, true, monitor, m -> {
			SubMonitor.convert(m, Messages.Storage_verifying, SubMonitor.UNKNOWN);
			return store.verify();
		}, this::verified);
	}

	private void verified(VerifyReport report) {
		String counts = NLS.bind(Messages.Storage_countsValue,
				new Object[] { report.parts(), report.records(), report.preferences() });
		report(report.ok() ? NLS.bind(Messages.Storage_verifiedOk, counts, report.checksum())
				: NLS.bind(Messages.Storage_verifiedProblems, report.problems().size(),
						String.join("\n", report.problems()))); //$NON-NLS-1$
	}

	private void report(String text) {
		if (!result.isDisposed()) {
			result.setText(text);
		}
	}

	@Override
	public void setFocus() {
		location.setFocus();
	}

	@Override
	public void dispose() {
		if (syncMonitor != null) {
			syncMonitor.sync().removeListener(syncListener);
		}
		Services.uninject(context, this);
		super.dispose();
	}
}
