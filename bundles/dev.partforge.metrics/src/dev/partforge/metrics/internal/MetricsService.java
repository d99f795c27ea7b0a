// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import dev.partforge.core.DataDirectory;
import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.Metrics;
import dev.partforge.metrics.MetricsSnapshot;
import dev.partforge.metrics.StorageSample;

/**
 * The {@link Metrics} service: collects figures in memory and adds them to the data directory's saved metrics
 * ({@link MetricsFile}) every {@value #SAVE_SECONDS} s and when it stops. A {@link #snapshot()} is the saved figures
 * of all processes plus what this one has not saved yet. If saving fails (a full disk, a read-only data directory),
 * the figures stay in memory (bounded) and the failure is logged once until saving works again.
 */
@Component(service = Metrics.class)
public final class MetricsService implements Metrics {

	private static final System.Logger LOG = System.getLogger(MetricsService.class.getName());

	/** Seconds between two saves. */
	static final int SAVE_SECONDS = 15;

	private final Supplier<Path> dir;
	/** Held while the file is read or written, so that recording never waits for the disk. */
	private final Object fileLock = new Object();
	private MetricsData pending = new MetricsData(Instant.now());
	private ScheduledExecutorService saver;
	private boolean saveFailed;

	/** Keeps the metrics in the data directory's {@code metrics} folder (DS constructor). */
	public MetricsService() {
		this(() -> DataDirectory.configured().resolve("metrics"));
	}

	/**
	 * Keeps the metrics in a folder.
	 *
	 * @param dir the folder (created on the first save)
	 */
	public MetricsService(Supplier<Path> dir) {
		this.dir = dir;
	}

	/** Starts saving every {@value #SAVE_SECONDS} s. */
	@Activate
	public synchronized void start() {
		saver = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "PartForge metrics saver");
			t.setDaemon(true);
			return t;
		});
		saver.scheduleWithFixedDelay(this::trySave, SAVE_SECONDS, SAVE_SECONDS, TimeUnit.SECONDS);
	}

	/** Stops saving periodically and saves what is left. */
	@Deactivate
	public void stop() {
		ScheduledExecutorService s;
		synchronized (this) {
			s = saver;
			saver = null;
		}
		if (s != null) {
			s.shutdownNow();
		}
		trySave();
	}

	private void trySave() {
		try {
			save();
		} catch (UncheckedIOException e) {
			// save logged it once; the figures stay in memory and the next save tries again
		} catch (RuntimeException e) {
			LOG.log(Level.ERROR, "Saving the metrics in " + dir.get() + " failed", e);
		}
	}

	/**
	 * Adds what this process collected to the saved metrics now.
	 *
	 * @throws UncheckedIOException if they cannot be saved (the figures stay in memory)
	 */
	public void save() {
		synchronized (fileLock) {
			MetricsData toSave;
			synchronized (this) {
				if (pending.isEmpty()) {
					return;
				}
				toSave = pending;
				pending = new MetricsData(Instant.now());
			}
			try {
				new MetricsFile(dir.get()).add(toSave);
				if (saveFailed) {
					LOG.log(Level.INFO, "Saving the metrics in " + dir.get() + " works again");
				}
				saveFailed = false;
			} catch (IOException e) {
				synchronized (this) {
					pending = toSave.add(pending);
				}
				if (!saveFailed) {
					LOG.log(Level.WARNING, "Cannot save the metrics in " + dir.get() + "; they are kept in memory", e);
				}
				saveFailed = true;
				throw new UncheckedIOException("Cannot save the metrics in " + dir.get(), e);
			}
		}
	}

	@Override
	public synchronized void record(String kind, long nanos) {
		pending.record(kind, nanos);
	}

	@Override
	public synchronized void error(String kind, Throwable cause) {
		pending.error(kind, cause);
	}

	@Override
	public synchronized void storage(StorageSample sample) {
		pending.storage(sample);
	}

	@Override
	public synchronized void cache(CacheFigures cache) {
		pending.cache(cache);
	}

	@Override
	public MetricsSnapshot snapshot() {
		synchronized (fileLock) {
			MetricsData saved;
			try {
				saved = new MetricsFile(dir.get()).read(Instant.now());
			} catch (IOException e) {
				LOG.log(Level.WARNING, "Cannot read the saved metrics in " + dir.get()
						+ "; showing this process's only", e);
				saved = null;
			}
			synchronized (this) {
				return (saved == null ? pending.copy() : saved.add(pending.copy())).snapshot();
			}
		}
	}

	@Override
	public String toString() {
		return "MetricsService[" + dir.get() + "]";
	}
}
