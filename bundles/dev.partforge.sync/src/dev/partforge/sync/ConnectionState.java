// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync;

/** How a desktop stands with its team server. */
public enum ConnectionState {
	/** No server is set, or the server was not reachable at the last attempt; local work goes on. */
	OFFLINE,
	/** A synchronisation cycle is running. */
	SYNCING,
	/** The last cycle succeeded and nothing local waits to be pushed. */
	ONLINE,
	/** The server refused (login, schema version) or the cycle failed; not retried until the cause is fixed. */
	ERROR
}
