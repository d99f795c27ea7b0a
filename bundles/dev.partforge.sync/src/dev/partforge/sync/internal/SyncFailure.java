// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import dev.partforge.sync.ConnectionState;

/** A synchronisation cycle that did not complete, with a one-line message a user can act on. */
public final class SyncFailure extends Exception {

	private static final long serialVersionUID = 1L;

	/** What kind of failure, which decides the state shown and whether to retry. */
	public enum Kind {
		/** The server is not reachable or the connection dropped: offline, retried with backoff. */
		UNREACHABLE(ConnectionState.OFFLINE, true),
		/** The server refused the login or a write: an error, not retried. */
		REFUSED(ConnectionState.ERROR, false),
		/** The server holds another schema version: an error, not retried. */
		SCHEMA(ConnectionState.ERROR, false),
		/** Anything else: an error, retried with backoff. */
		FAILED(ConnectionState.ERROR, true);

		private final ConnectionState state;
		private final boolean retryable;

		Kind(ConnectionState state, boolean retryable) {
			this.state = state;
			this.retryable = retryable;
		}
	}

	private final Kind kind;

	/**
	 * @param kind    the kind
	 * @param message one line
	 * @param cause   the underlying failure, or null
	 */
	public SyncFailure(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	/** @return the kind */
	public Kind kind() {
		return kind;
	}

	/** @return the state to show after this failure */
	public ConnectionState state() {
		return kind.state;
	}

	/** @return whether trying again later may succeed */
	public boolean retryable() {
		return kind.retryable;
	}
}
