// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.session.CDOSessionInvalidationEvent;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.net4j.util.event.IEvent;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.net4j.util.lifecycle.ILifecycleEvent;

/**
 * Watches a session for what other processes do to the store: commits of other sessions (reported once the read
 * view has caught up with them, so a listener reading the store sees the change) and the loss of the session (the
 * hosting process went away). Callbacks run on one thread of their own, in order.
 */
final class RemoteCommits implements IListener, AutoCloseable {

	private static final System.Logger LOG = System.getLogger(RemoteCommits.class.getName());
	private static final long CATCH_UP_MILLIS = 30_000;

	/** What to do on remote events. */
	interface Callback {
		/** Another process committed; the read view shows it. */
		void committed();

		/** The session closed without this process closing it: the hosting process went away. */
		void lost();
	}

	private final CDOSession session;
	private final CDOView view;
	private final Callback callback;
	private final ExecutorService thread;
	private volatile boolean closed;

	private RemoteCommits(CDOSession session, CDOView view, Callback callback) {
		this.session = session;
		this.view = view;
		this.callback = callback;
		this.thread = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "PartForge store: changes from other processes");
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Starts watching.
	 *
	 * @param session the session
	 * @param view the store's read view
	 * @param callback what to call
	 * @return the watcher; close it before closing the session
	 */
	static RemoteCommits watch(CDOSession session, CDOView view, Callback callback) {
		RemoteCommits watcher = new RemoteCommits(session, view, callback);
		session.addListener(watcher);
		return watcher;
	}

	@Override
	public void notifyEvent(IEvent event) {
		if (closed) {
			return;
		}
		if (event instanceof CDOSessionInvalidationEvent commit && commit.isRemote()) {
			long time = commit.getTimeStamp();
			submit(() -> {
				view.waitForUpdate(time, CATCH_UP_MILLIS);
				callback.committed();
			});
		} else if (event instanceof ILifecycleEvent life && life.getKind() == ILifecycleEvent.Kind.DEACTIVATED) {
			submit(callback::lost);
		}
	}

	private void submit(Runnable task) {
		try {
			thread.execute(() -> {
				try {
					if (!closed) {
						task.run();
					}
				} catch (RuntimeException e) {
					LOG.log(Level.ERROR, "Handling a change made by another PartForge process failed", e);
				}
			});
		} catch (RejectedExecutionException e) {
			LOG.log(Level.DEBUG, "Store change after close ignored", e);
		}
	}

	@Override
	public void close() {
		closed = true;
		session.removeListener(this);
		thread.shutdown();
	}
}
