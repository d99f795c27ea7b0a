// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import dev.partforge.store.PartStore;
import dev.partforge.sync.internal.LocalSync;
import dev.partforge.sync.internal.RemoteSettings;
import dev.partforge.sync.internal.RetryPolicy;
import dev.partforge.sync.internal.SyncJob;

/**
 * Synchronisation in the background for an application that keeps a data directory open (the workbench): one
 * cancellable Eclipse Job ({@link #FAMILY}) runs a cycle, then repeats it every {@link #INTERVAL}, after a retryable
 * failure by the retry policy (exponential backoff with jitter), and stops after a failure that retrying cannot fix
 * until {@link #syncNow()}. Listeners hear the status whenever it may have changed: a cycle starts or ends, or the
 * store changed (the pending count).
 */
public final class BackgroundSync implements SyncService {

	/** The family of the sync Job, for {@link Job#belongsTo(Object)} and the job manager's join. */
	public static final Object FAMILY = SyncJob.FAMILY;

	/** The wait between two successful cycles. */
	public static final Duration INTERVAL = Duration.ofMinutes(1);

	/** The delay of the cycle that a local change wakes. */
	public static final Duration AFTER_CHANGE = Duration.ofSeconds(5);

	private static final System.Logger LOG = System.getLogger(BackgroundSync.class.getName());

	private final LocalSync sync;
	private final RemoteSettings settings;
	private final SyncJob job;
	private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
	private final Job refresh;

	/**
	 * @param store         the local store of the data directory
	 * @param dataDirectory the data directory
	 */
	public BackgroundSync(PartStore store, Path dataDirectory) {
		this.sync = new LocalSync(Objects.requireNonNull(store, "store"), dataDirectory);
		this.settings = new RemoteSettings(dataDirectory);
		this.job = new SyncJob(sync, RetryPolicy.standard(), INTERVAL);
		this.refresh = Job.createSystem("Reading the synchronisation status", (ICoreRunnable) monitor -> fire(sync.status()));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				SyncStatus now = sync.status();
				fire(new SyncStatus(ConnectionState.SYNCING, now.remote(), now.lastSync(), now.pending(),
						Optional.empty()));
			}

			@Override
			public void done(IJobChangeEvent event) {
				fire(sync.status());
			}
		});
	}

	/**
	 * Starts synchronising in the background if a team server is set; without one nothing runs. Reads only the
	 * settings (not the status, which counts the local records), so it is cheap enough for any thread.
	 *
	 * @return whether a server is set and the job started
	 */
	public boolean start() {
		try {
			if (settings.remote().isEmpty()) {
				return false;
			}
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "Cannot read the team server settings; not synchronising: "
					+ e.getMessage(), e);
			return false;
		}
		job.start();
		return true;
	}

	/**
	 * Runs a cycle now (after the running one, if one runs; also when no server is set: the status then says so) and
	 * keeps synchronising after it.
	 */
	public void syncNow() {
		job.start();
		if (job.getState() == Job.SLEEPING) {
			job.wakeUp();
		}
	}

	/**
	 * A local change: the listeners hear the new pending count (counted in a system Job, not in the caller's thread),
	 * and a waiting cycle runs within {@link #AFTER_CHANGE}.
	 */
	public void changed() {
		if (job.running() && job.getState() == Job.SLEEPING) {
			job.wakeUp(AFTER_CHANGE.toMillis());
		}
		refresh.schedule();
	}

	/** Stops synchronising, cancels a running cycle and logs out of the team server. */
	public void stop() {
		job.stop();
	}

	/** @return whether the job keeps synchronising */
	public boolean running() {
		return job.running();
	}

	@Override
	public SyncStatus sync(IProgressMonitor monitor) {
		return sync.sync(monitor);
	}

	@Override
	public SyncStatus status() {
		return sync.status();
	}

	/**
	 * @param listener hears the status (in the thread that changed it)
	 */
	public void addListener(Consumer<SyncStatus> listener) {
		listeners.add(listener);
	}

	/**
	 * @param listener a listener added before
	 */
	public void removeListener(Consumer<SyncStatus> listener) {
		listeners.remove(listener);
	}

	private void fire(SyncStatus status) {
		listeners.forEach(l -> l.accept(status));
	}
}
