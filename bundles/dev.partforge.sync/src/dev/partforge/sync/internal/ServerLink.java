// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The logged-in session of one data directory to its team server, kept open from one cycle to the next so that a
 * cycle does not pay for a log-in (PBKDF2 on the server, session set-up). It is opened again when the server or user
 * changed, when it was closed (the server went away), and once within the same cycle when a cycle on the kept
 * session fails with a retryable failure (a session that died unnoticed); {@link #close()} logs out.
 */
public final class ServerLink implements AutoCloseable {

	/** A cycle on an open session. */
	@FunctionalInterface
	public interface Cycle<T> {

		/**
		 * @param session the logged-in session
		 * @return what the cycle moved
		 * @throws SyncFailure if it fails
		 */
		T run(ServerSession session) throws SyncFailure;
	}

	private ServerSession session;
	private Remote remote;
	private char[] password = new char[0];
	private int opened;

	/**
	 * Runs a cycle on the kept session, or on a new one if there is none for this server and user.
	 *
	 * @param <T>      what the cycle returns
	 * @param remote   the server and user
	 * @param password the user's password
	 * @param monitor  cancellation
	 * @param cycle    the cycle
	 * @return what the cycle returned
	 * @throws SyncFailure if the log-in or the cycle fails (the session is then closed)
	 */
	public synchronized <T> T run(Remote remote, char[] password, IProgressMonitor monitor, Cycle<T> cycle)
			throws SyncFailure {
		boolean kept = session != null && session.isOpen() && remote.equals(this.remote)
				&& Arrays.equals(password, this.password);
		if (!kept) {
			close();
			open(remote, password);
		}
		try {
			return cycle.run(session);
		} catch (SyncFailure e) {
			close();
			if (!kept || !e.retryable() || monitor.isCanceled()) {
				throw e;
			}
			open(remote, password);
			try {
				return cycle.run(session);
			} catch (SyncFailure | RuntimeException again) {
				close();
				throw again;
			}
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			close();
			throw e;
		}
	}

	private void open(Remote to, char[] with) throws SyncFailure {
		session = ServerSession.open(to, with);
		remote = to;
		password = with.clone();
		opened++;
	}

	/** @return how many sessions this link has opened (each one a log-in) */
	public synchronized int logins() {
		return opened;
	}

	/** Logs out; the next cycle logs in again. */
	@Override
	public synchronized void close() {
		if (session != null) {
			session.close();
			session = null;
		}
		Arrays.fill(password, '\0');
		password = new char[0];
		remote = null;
	}
}
