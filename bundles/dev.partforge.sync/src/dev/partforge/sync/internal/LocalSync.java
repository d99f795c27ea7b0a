// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.partforge.store.PartStore;
import dev.partforge.sync.ConnectionState;
import dev.partforge.sync.SyncService;
import dev.partforge.sync.SyncStatus;

/**
 * The {@link SyncService} of one data directory: reads the server from {@link RemoteSettings}, runs a
 * {@link Synchronizer} cycle on the session it keeps open between cycles ({@link ServerLink}) and keeps the outcome in
 * the {@link StatusFile}. {@link #close()} logs out.
 */
public final class LocalSync implements SyncService, AutoCloseable {

	private static final System.Logger LOG = System.getLogger(LocalSync.class.getName());

	private final PartStore store;
	private final Path dataDirectory;
	private final RemoteSettings settings;
	private final StatusFile statusFile;
	private final ServerLink link = new ServerLink();
	private volatile boolean running;
	private volatile Synchronizer.Result lastResult;

	/**
	 * @param store         the local store of the data directory
	 * @param dataDirectory the data directory
	 */
	public LocalSync(PartStore store, Path dataDirectory) {
		this.store = store;
		this.dataDirectory = dataDirectory;
		this.settings = new RemoteSettings(dataDirectory);
		this.statusFile = new StatusFile(dataDirectory);
	}

	@Override
	public SyncStatus sync(IProgressMonitor monitor) {
		try {
			run(monitor);
		} catch (SyncFailure e) {
			LOG.log(System.Logger.Level.WARNING, "Synchronisation failed: " + e.getMessage(), e);
		}
		return status();
	}

	/**
	 * Runs one cycle, records its outcome in the status file and reports a failure as an exception (the command
	 * line's exit code and the retry policy need it). The first cycle of a data directory (no successful one yet) also
	 * compares every local part and record with the server's, as {@code full} does.
	 *
	 * @param monitor progress and cancellation
	 * @return what moved
	 * @throws SyncFailure if no server is set, it is not reachable, refuses, or the cycle fails
	 */
	public Synchronizer.Result run(IProgressMonitor monitor) throws SyncFailure {
		return run(monitor, false);
	}

	/**
	 * Runs one cycle as {@link #run(IProgressMonitor)} does.
	 *
	 * @param monitor progress and cancellation
	 * @param full    also compare every local part and record with the server's (repair), not only the outbox
	 * @return what moved
	 * @throws SyncFailure if no server is set, it is not reachable, refuses, or the cycle fails
	 */
	public Synchronizer.Result run(IProgressMonitor monitor, boolean full) throws SyncFailure {
		try {
			StatusFile.Entry last = lastStatus();
			Synchronizer.Result result = cycle(monitor, full || last.lastSync().isEmpty());
			lastResult = result;
			return result;
		} catch (SyncFailure e) {
			try {
				StatusFile.Entry last = statusFile.read();
				record(new StatusFile.Entry(e.state(), last.lastSync(), Optional.of(e.getMessage())));
			} catch (IOException io) {
				LOG.log(System.Logger.Level.ERROR, "Cannot read the synchronisation status in " + dataDirectory, io);
			}
			throw e;
		}
	}

	/** @return the last status; never synced (compare and read everything) if it cannot be read */
	private StatusFile.Entry lastStatus() {
		try {
			return statusFile.read();
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "Cannot read the synchronisation status in " + dataDirectory
					+ "; comparing everything with the server", e);
			return new StatusFile.Entry(ConnectionState.OFFLINE, Optional.empty(), Optional.empty());
		}
	}

	private void record(StatusFile.Entry entry) {
		try {
			statusFile.write(entry);
		} catch (IOException e) {
			LOG.log(System.Logger.Level.ERROR, "Cannot record the synchronisation status in " + dataDirectory, e);
		}
	}

	private Synchronizer.Result cycle(IProgressMonitor monitor, boolean full) throws SyncFailure {
		Remote remote;
		char[] password;
		try {
			remote = settings.remote().orElseThrow(() -> new SyncFailure(SyncFailure.Kind.REFUSED,
					"no team server is set: run partforge remote set URL --user NAME", null));
			password = settings.password();
		} catch (IOException e) {
			throw new SyncFailure(SyncFailure.Kind.FAILED, e.getMessage(), e);
		}
		running = true;
		try {
			return link.run(remote, password, monitor, session -> {
				try {
					Synchronizer.Result result = Synchronizer.of(store, dataDirectory, session, remote).run(monitor,
							full);
					record(new StatusFile.Entry(ConnectionState.ONLINE, Optional.of(Instant.now()), Optional.empty()));
					return result;
				} catch (IOException e) {
					throw new SyncFailure(SyncFailure.Kind.FAILED, e.getMessage(), e);
				}
			});
		} finally {
			running = false;
			Arrays.fill(password, '\0');
		}
	}

	/** @return how many times this object logged in to the server (once while the session stays open) */
	public int logins() {
		return link.logins();
	}

	/** Logs out of the team server (the next cycle logs in again). */
	@Override
	public void close() {
		link.close();
	}

	/** @return what the last successful cycle of this object moved, if any */
	public Optional<Synchronizer.Result> lastResult() {
		return Optional.ofNullable(lastResult);
	}

	@Override
	public SyncStatus status() {
		try {
			Optional<Remote> remote = settings.remote();
			StatusFile.Entry entry = statusFile.read();
			ConnectionState state = running ? ConnectionState.SYNCING : entry.state();
			long pending = store.outboxSize();
			if (remote.isPresent() && entry.lastSync().isEmpty()) {
				// nothing is queued before the first cycle: it compares every part and record (counted only while a
				// server is set and has not been reached yet, not on every status read of a library without one)
				var info = store.info();
				pending = info.parts() + info.records();
			}
			if (remote.isEmpty()) {
				return new SyncStatus(ConnectionState.OFFLINE, Optional.empty(), entry.lastSync(), pending,
						Optional.of("no team server is set"));
			}
			return new SyncStatus(state, remote.map(Remote::toString), entry.lastSync(), pending, entry.message());
		} catch (IOException e) {
			LOG.log(System.Logger.Level.ERROR, "Cannot read the synchronisation status in " + dataDirectory, e);
			return new SyncStatus(ConnectionState.ERROR, Optional.empty(), Optional.empty(), 0,
					Optional.of(e.getMessage()));
		}
	}
}
