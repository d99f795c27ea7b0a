// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Function;

import dev.partforge.model.SchemaHistory;
import dev.partforge.store.StoreException;
import dev.partforge.store.VersionMismatchException;

/**
 * Opens a store that several processes may use at once. The first process takes the {@link LibraryLock}, opens the
 * embedded repository and hosts it ({@link LibraryHost}); any other process connects to that host as a CDO client
 * ({@link LibraryClient}) and gets the same {@link OpenStore} API. A process waits while a host is still starting
 * (opening or migrating), and becomes the host itself once the previous one has gone.
 */
final class SharedStore {

	private static final System.Logger LOG = System.getLogger(SharedStore.class.getName());

	/** How long to wait for a host that holds the lock but does not answer yet. */
	static final long WAIT_MILLIS = Long.getLong("partforge.store.hostWaitMillis", 60_000);

	private SharedStore() {
	}

	/**
	 * Opens the store as its host or as a client of the process hosting it.
	 *
	 * @param layout the store layout
	 * @param openAsHost opens (and migrates) the embedded repository, called with the lock held
	 * @return the open store
	 * @throws Exception any failure, mapped by the caller
	 */
	static OpenStore open(StoreLayout layout, Function<StoreLayout, OpenStore> openAsHost) throws Exception {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		RuntimeException lastFailure = null;
		while (true) {
			Optional<LibraryLock> lock = LibraryLock.tryAcquire(layout.root());
			if (lock.isPresent()) {
				return host(layout, openAsHost, lock.get());
			}
			Optional<HostFile> host = HostFile.read(layout.root());
			if (host.isPresent() && ProcessHandle.of(host.get().pid()).isPresent()) {
				checkSchema(layout, host.get());
				try {
					LibraryClient client = LibraryClient.connect(host.get());
					LOG.log(Level.DEBUG, "Using the store in " + layout.root() + " through PartForge process "
							+ host.get().pid());
					return OpenStore.connect(layout, client);
				} catch (RuntimeException e) {
					if (refused(e)) {
						throw new StoreException("Cannot open the store (" + layout.root() + "): PartForge process "
								+ host.get().pid() + ", which has it open, refused this process (" + e.getMessage()
								+ ").", e);
					}
					lastFailure = e; // the host is starting or leaving: try again
				}
			}
			if (System.currentTimeMillis() > deadline) {
				throw new StoreException("Cannot open the store (" + layout.root() + "): another PartForge process"
						+ host.map(h -> " (pid " + h.pid() + ")").orElse("")
						+ " has it open but does not answer. Wait until it has started, or close it and try again.",
						lastFailure);
			}
			Thread.sleep(100);
		}
	}

	private static OpenStore host(StoreLayout layout, Function<StoreLayout, OpenStore> openAsHost, LibraryLock lock)
			throws Exception {
		OpenStore store;
		try {
			store = openAsHost.apply(layout);
		} catch (RuntimeException | Error e) {
			lock.close();
			throw e;
		}
		try {
			store.serve(LibraryHost.start(store.repository(), layout.root(), lock));
			return store;
		} catch (Exception e) {
			store.close();
			lock.close();
			throw e;
		}
	}

	private static void checkSchema(StoreLayout layout, HostFile host) {
		if (host.schema() != SchemaHistory.CURRENT_VERSION) {
			throw new VersionMismatchException("Cannot open the store (" + layout.root() + "): PartForge process "
					+ host.pid() + " has it open with schema v" + host.schema() + ", this PartForge uses v"
					+ SchemaHistory.CURRENT_VERSION + ". Close that process (or update the older PartForge) and"
					+ " try again.", null);
		}
	}

	private static boolean refused(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SecurityException) {
				return true;
			}
		}
		return false;
	}
}
