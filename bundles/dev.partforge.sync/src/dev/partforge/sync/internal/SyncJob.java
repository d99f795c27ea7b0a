// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Background synchronisation as an Eclipse Job: one cycle per run, cancellable, rescheduled after a success every
 * {@code interval} and after a retryable failure (offline, connection lost) by the {@link RetryPolicy}. A failure that
 * retrying cannot fix (refused login, schema mismatch) stops it until {@link #start()} is called again. Failures are
 * recorded in the sync status, not returned as error statuses: being offline is normal, not an error dialog.
 */
public final class SyncJob extends Job {

	/** The family of sync jobs ({@link Job#belongsTo(Object)}). */
	public static final Object FAMILY = SyncJob.class;

	private static final System.Logger LOG = System.getLogger(SyncJob.class.getName());

	private final LocalSync sync;
	private final RetryPolicy policy;
	private final Duration interval;
	private volatile boolean stopped = true;

	/**
	 * @param sync     the sync service of a data directory
	 * @param policy   when to retry after a failure
	 * @param interval the wait between successful cycles
	 */
	public SyncJob(LocalSync sync, RetryPolicy policy, Duration interval) {
		super("Synchronising with the team server");
		this.sync = sync;
		this.policy = policy;
		this.interval = interval;
		setSystem(false);
	}

	/** Runs a cycle now and keeps synchronising. */
	public void start() {
		stopped = false;
		schedule();
	}

	/**
	 * Stops rescheduling, cancels a running cycle and logs out of the server (at once, or when the running cycle
	 * ends).
	 */
	public void stop() {
		stopped = true;
		cancel();
		if (getState() != RUNNING) {
			sync.close();
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			return cycle(monitor);
		} finally {
			if (stopped) {
				sync.close();
			}
		}
	}

	private IStatus cycle(IProgressMonitor monitor) {
		try {
			sync.run(monitor);
			policy.succeeded();
			reschedule(interval);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (SyncFailure e) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (e.retryable()) {
				Duration wait = policy.failed();
				LOG.log(System.Logger.Level.INFO, "Synchronisation failed, next attempt in " + wait.toMillis() + " ms: "
						+ e.getMessage());
				reschedule(wait);
			} else {
				LOG.log(System.Logger.Level.WARNING, "Synchronisation stopped: " + e.getMessage());
				stopped = true;
			}
		}
		return Status.OK_STATUS;
	}

	private void reschedule(Duration wait) {
		if (!stopped) {
			schedule(wait.toMillis());
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return whether the job keeps synchronising (false after {@link #stop()} or a failure retrying cannot fix) */
	public boolean running() {
		return !stopped;
	}
}
