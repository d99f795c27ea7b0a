// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.SQLException;

import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.IStoreAccessor.CommitContext;
import org.eclipse.emf.cdo.server.ITransaction;
import org.eclipse.net4j.util.om.monitor.OMMonitor;

/**
 * Makes the commits of the processes a {@link LibraryHost} serves durable before they are acknowledged: CDO calls it on
 * the host after the commit is in the database and before the result goes back to the committing process, and it
 * runs {@link EmbeddedRepository#sync()} there. The host's own commits are synced by {@link OpenStore#commit} in the
 * committing thread, so they are skipped here. A failed sync fails the commit in the client (CDO reports it as rolled
 * back with this message), so nothing is acknowledged that is not on the storage device.
 */
final class ClientCommitSync implements IRepository.WriteAccessHandler {

	private final EmbeddedRepository repository;
	private final int ownSession;

	/**
	 * @param repository the hosted repository, whose own session is already open
	 */
	ClientCommitSync(EmbeddedRepository repository) {
		this.repository = repository;
		this.ownSession = repository.session().getSessionID();
	}

	@Override
	public void handleTransactionBeforeCommitting(ITransaction transaction, CommitContext commitContext,
			OMMonitor monitor) {
		// nothing to check before
	}

	@Override
	public void handleTransactionAfterCommitted(ITransaction transaction, CommitContext commitContext,
			OMMonitor monitor) {
		if (transaction.getSession().getSessionID() == ownSession) {
			return;
		}
		try {
			repository.sync();
		} catch (SQLException e) {
			throw new IllegalStateException("The change was not written to the storage device of "
					+ repository.directory() + " (" + e.getMessage() + "); it is not saved", e);
		}
	}
}
