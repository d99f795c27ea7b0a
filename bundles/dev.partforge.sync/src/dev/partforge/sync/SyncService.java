// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Synchronises the local library of a data directory with the team server set by {@code partforge remote set}: one
 * cycle pushes local changes, then pulls the server's. Without a server, or with the server unreachable, nothing
 * changes locally and every feature keeps working on the local store.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface SyncService {

	/**
	 * Runs one cycle.
	 *
	 * @param monitor progress and cancellation
	 * @return the status after the cycle: {@link ConnectionState#ONLINE} if it succeeded, otherwise OFFLINE or ERROR
	 *         with the reason
	 */
	SyncStatus sync(IProgressMonitor monitor);

	/**
	 * Returns the current status without contacting the server.
	 *
	 * @return the status
	 */
	SyncStatus status();
}
