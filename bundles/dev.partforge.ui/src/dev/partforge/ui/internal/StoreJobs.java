// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

import dev.partforge.metrics.Metrics;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * Runs store work in a {@link Job} (never on the UI thread) and hands the result to the UI thread. The work starts
 * once the workbench's first open of the store has ended ({@link StoreMonitor#await}: the store opens after the
 * window is shown), so work scheduled while the window is built waits in its Job. Failures go to the
 * {@link StoreMonitor} (status bar) and to the {@link StatusManager}: logged always, shown in a dialog for work the
 * user asked for. Each run is timed as {@code "ui.job: <name>"} by the {@link Metrics} service.
 */
public final class StoreJobs {

	/**
	 * Work against the store.
	 *
	 * @param <T> the result type
	 */
	@FunctionalInterface
	public interface Work<T> {
		/**
		 * Does the work.
		 *
		 * @param monitor progress and cancellation
		 * @return the result
		 */
		T run(IProgressMonitor monitor);
	}

	private StoreJobs() {
	}

	/**
	 * Schedules work.
	 *
	 * @param <T>     the result type
	 * @param name    the job name shown in the progress view
	 * @param user    true for work the user asked for (errors shown in a dialog), false for background refreshes
	 * @param monitor the store state, told about success or failure; the work waits for its first open (null: the
	 *                work does not use the store and runs at once)
	 * @param work    the work
	 * @param onUi    called on the UI thread with the result (may be null)
	 * @return the scheduled job
	 */
	public static <T> Job schedule(String name, boolean user, StoreMonitor monitor, Work<T> work, Consumer<T> onUi) {
		Job job = create(name, user, monitor, work, onUi);
		job.schedule();
		return job;
	}

	/**
	 * Creates the job of {@link #schedule} without scheduling it.
	 *
	 * @param <T>     the result type
	 * @param name    the job name shown in the progress view
	 * @param user    true for work the user asked for (errors shown in a dialog), false for background refreshes
	 * @param monitor the store state, told about success or failure
	 * @param work    the work
	 * @param onUi    called on the UI thread with the result (may be null)
	 * @return the job
	 */
	public static <T> Job create(String name, boolean user, StoreMonitor monitor, Work<T> work, Consumer<T> onUi) {
		Metrics metrics = metrics();
		Job job = Job.create(name, (IProgressMonitor m) -> {
			long start = System.nanoTime();
			try {
				return run(name, user, monitor, work, onUi, m, metrics);
			} finally {
				metrics.record("ui.job: " + name, System.nanoTime() - start);
			}
		});
		job.setUser(user);
		job.setSystem(!user);
		return job;
	}

	/** @return the metrics service of the workbench, {@link Metrics#NONE} without a workbench or service */
	private static Metrics metrics() {
		Metrics metrics = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(Metrics.class) : null;
		return metrics == null ? Metrics.NONE : metrics;
	}

	private static <T> IStatus run(String name, boolean user, StoreMonitor monitor, Work<T> work, Consumer<T> onUi,
			IProgressMonitor m, Metrics metrics) {
		try {
			if (monitor != null) {
				monitor.await(m);
			}
			T result = work.run(m);
			if (m.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (monitor != null) {
				monitor.ok();
			}
			if (onUi != null && PlatformUI.isWorkbenchRunning()) {
				Display display = PlatformUI.getWorkbench().getDisplay();
				if (!display.isDisposed()) {
					display.asyncExec(() -> onUi.accept(result));
				}
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			metrics.error("ui.job: " + name, e);
			if (monitor != null) {
				monitor.report(e);
			}
			IStatus status = new Status(IStatus.ERROR, PartForgeUi.PLUGIN_ID,
					NLS.bind(Messages.StoreJobs_failed, name, e.getMessage()), e);
			StatusManager.getManager().handle(status, user ? StatusManager.LOG | StatusManager.SHOW : StatusManager.LOG);
			// reported above; returning the error too would make the workbench report it a second time
			return Status.OK_STATUS;
		}
	}
}
