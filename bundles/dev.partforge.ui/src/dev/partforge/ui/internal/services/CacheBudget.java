// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.services;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.metrics.MemoryBudget;
import dev.partforge.metrics.Metrics;
import dev.partforge.practice.MonitoringPreferences;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreChange;
import dev.partforge.store.StoreException;
import dev.partforge.store.StoreListener;

/**
 * Applies the memory budget preference ({@value MemoryBudget#PREFERENCE}) to the workbench's caches: in a Job once
 * the store is open (the Job waits for the workbench's first open, {@link StoreMonitor#await}) and again whenever the preference changes (set in the preference page, by
 * {@code partforge prefs set} in another process, or by synchronisation), so a new budget applies without a restart.
 * The caches' new bounds are reported to the metrics service at once. Only the workbench activates it
 * ({@link CacheBudgetStartup}): the command line has none of these caches and must not open the store for it.
 */
@Component(service = CacheBudget.class)
public final class CacheBudget {

	private final PartStore store;
	private final Metrics metrics;
	private final StoreMonitor monitor;
	private final Job job;
	private final StoreListener listener = this::changed;
	private final Consumer<StoreMonitor.Condition> opened = this::stateChanged;

	/**
	 * Creates the component and schedules reading the budget.
	 *
	 * @param store   the store holding the preference
	 * @param metrics where the caches report
	 * @param monitor tells when the store is open
	 */
	@Activate
	public CacheBudget(@Reference PartStore store, @Reference Metrics metrics, @Reference StoreMonitor monitor) {
		this.store = store;
		this.metrics = metrics;
		this.monitor = monitor;
		this.job = Job.createSystem("Applying the memory budget", this::apply); //$NON-NLS-1$
		store.addListener(listener);
		monitor.addListener(opened);
		job.schedule();
	}

	/** Stops following the preference (component deactivation). */
	@Deactivate
	public void stop() {
		store.removeListener(listener);
		monitor.removeListener(opened);
		job.cancel();
	}

	private void changed(StoreChange change) {
		if (change.kind() == StoreChange.Kind.PREFERENCES
				&& (change.keys().isEmpty() || change.keys().contains(MemoryBudget.PREFERENCE))) {
			job.schedule();
		}
	}

	private void stateChanged(StoreMonitor.Condition condition) {
		if (condition.state() == StoreMonitor.State.OPEN) {
			job.schedule();
		}
	}

	private IStatus apply(IProgressMonitor progress) {
		try {
			monitor.await(progress); // the store opens after the window is shown
			MemoryBudget.apply(MonitoringPreferences.memoryBudgetMB(store));
			MemoryBudget.report(metrics);
		} catch (StoreException e) {
			// the store is not open yet or failed: the status bar says so; applied again once it is open
			ILog.of(CacheBudget.class).warn("The memory budget could not be read; the caches keep their bounds of "
					+ MemoryBudget.megabytes() + " MiB: " + e.getMessage(), e);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}
}
