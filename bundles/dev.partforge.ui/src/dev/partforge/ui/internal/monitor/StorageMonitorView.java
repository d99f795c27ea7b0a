// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.monitor;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.Metrics;
import dev.partforge.metrics.MetricsSnapshot;
import dev.partforge.metrics.StorageSample;
import dev.partforge.metrics.StorageWarnings;
import dev.partforge.metrics.Timing;
import dev.partforge.practice.MonitoringPreferences;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;
import jakarta.inject.Inject;

/**
 * The Storage Monitor view: what the metrics service collected (all PartForge processes on this data directory):
 * storage used over time, timings and error rates as charts, a table of every operation kind, the caches, and a
 * warning when free space runs low or the database and backups use 90 % of the storage quota
 * ({@link StorageWarnings}). It reads the figures in a Job when opened, on Refresh and every
 * {@value #REFRESH_SECONDS} s while open; Refresh also asks the store for its current usage.
 */
public final class StorageMonitorView extends ViewPart {

	/** Seconds between two automatic refreshes. */
	static final int REFRESH_SECONDS = 10;

	/** The widget key of the warning label (tests). */
	static final String WARNING_ID = "storageMonitor.warning"; //$NON-NLS-1$

	@Inject
	private PartStore store;
	@Inject
	private Metrics metrics;
	@Inject
	private StoreMonitor monitor;

	private IEclipseContext context;
	private Label warning;
	private Table table;
	private MonitorCharts charts;
	private Label summary;
	private final Runnable tick = this::tick;
	private volatile long quotaBytes;

	@Override
	public void createPartControl(Composite parent) {
		context = Services.inject(getSite(), this);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 8).applyTo(parent);
		warning = new Label(parent, SWT.WRAP);
		warning.setData("org.eclipse.swtbot.widget.key", WARNING_ID); //$NON-NLS-1$
		warning.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(warning);
		Button refresh = new Button(parent, SWT.PUSH);
		refresh.setText(Messages.Monitor_refresh);
		refresh.addListener(SWT.Selection, e -> refresh(true));
		charts = new MonitorCharts(parent);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).minSize(SWT.DEFAULT, 200).applyTo(charts.control());
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		String[] titles = { Messages.Monitor_operation, Messages.Monitor_count, Messages.Monitor_p50,
				Messages.Monitor_p95, Messages.Monitor_max, Messages.Monitor_errors, Messages.Monitor_errorRate };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(titles[i]);
			column.setWidth(i == 0 ? 220 : 80);
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(summary);
		refresh(true);
		parent.getDisplay().timerExec(REFRESH_SECONDS * 1000, tick);
	}

	private void tick() {
		if (table.isDisposed()) {
			return;
		}
		refresh(false);
		table.getDisplay().timerExec(REFRESH_SECONDS * 1000, tick);
	}

	private void refresh(boolean withStore) {
		StoreJobs.schedule(Messages.Monitor_reading, false, withStore ? monitor : null, m -> {
			if (withStore) {
				try {
					store.info(); // records the current storage usage
					quotaBytes = MonitoringPreferences.quotaBytes(store);
				} catch (StoreException e) {
					metrics.error("ui.monitor", e); // the status bar reports the store's state
				}
			}
			return metrics.snapshot();
		}, this::show);
	}

	private void show(MetricsSnapshot snapshot) {
		if (table.isDisposed()) {
			return;
		}
		long quota = quotaBytes;
		charts.show(snapshot);
		table.removeAll();
		for (Timing t : snapshot.timings()) {
			new TableItem(table, SWT.NONE).setText(new String[] { t.kind(), Long.toString(t.count()), ms(t.p50()),
					ms(t.p95()), ms(t.max()), Long.toString(t.errors()),
					String.format(Locale.ROOT, "%.1f %%", 100 * t.errorRate()) }); //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Monitor_since, snapshot.since())).append('\n');
		text.append(snapshot.latestUsage().map(StorageMonitorView::storage).orElse(Messages.Monitor_noStorage));
		for (CacheFigures c : snapshot.caches()) {
			text.append('\n').append(NLS.bind(Messages.Monitor_cache, new Object[] { c.name(), c.size(),
					c.bound() == 0 ? Messages.Monitor_cacheBoundMemory : Long.toString(c.bound()) }));
		}
		if (quota > 0) {
			text.append('\n').append(NLS.bind(Messages.Monitor_quota, mib(quota)));
		}
		summary.setText(text.toString());
		warning.setText(snapshot.latestUsage().map(u -> StorageWarnings.of(u, quota)).orElse(List.of()).stream()
				.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1) + '.')
				.collect(Collectors.joining("\n"))); //$NON-NLS-1$
		table.getParent().layout(true);
	}

	private static String storage(StorageSample u) {
		return NLS.bind(Messages.Monitor_storage, new Object[] { mib(u.database()), mib(u.backups()), mib(u.free()) });
	}

	private static String mib(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)); //$NON-NLS-1$
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.2f", nanos / 1e6); //$NON-NLS-1$
	}

	/** @return the charts (tests) */
	MonitorCharts charts() {
		return charts;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		Services.uninject(context, this);
		super.dispose();
	}
}
