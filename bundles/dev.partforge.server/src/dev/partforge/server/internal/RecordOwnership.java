// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.cdo.common.branch.CDOBranchPoint;
import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.common.revision.CDORevisionProvider;
import org.eclipse.emf.cdo.eresource.EresourcePackage;
import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.ISession;
import org.eclipse.emf.cdo.server.IStoreAccessor.CommitContext;
import org.eclipse.emf.cdo.server.ITransaction;
import org.eclipse.net4j.util.om.monitor.OMMonitor;

/**
 * Who owns what on the team server: everything under the resource folder {@code /users/<name>/} belongs to that
 * user (their attempt records); everything else (the parts library) is shared. A commit that creates, changes or
 * deletes another user's objects is vetoed; a student may not load another user's objects (resource nodes, i.e.
 * names, stay visible so paths resolve); a teacher reads everyone's.
 */
final class RecordOwnership implements IRepository.WriteAccessHandler, IRepository.ReadAccessHandler {

	/** The folder holding one folder per user. */
	static final String USERS = "users";

	private final UserDirectory users;

	/**
	 * @param users the user directory (for roles)
	 */
	RecordOwnership(UserDirectory users) {
		this.users = users;
	}

	@Override
	public void handleTransactionBeforeCommitting(ITransaction transaction, CommitContext context, OMMonitor monitor) {
		String user = transaction.getSession().getUserID();
		List<CDORevision> touched = new ArrayList<>(List.of(context.getNewObjects()));
		touched.addAll(List.of(context.getDirtyObjects()));
		for (CDOID id : context.getDetachedObjects()) {
			CDORevision old = context.getRevision(id);
			if (old != null) {
				touched.add(old);
			}
		}
		for (CDORevision revision : touched) {
			Optional<String> owner = owner(context, revision);
			if (owner.isPresent() && !owner.get().equals(user)) {
				throw new TransactionValidationException("User " + user + " may not change the records of "
						+ owner.get() + " (" + revision.getEClass().getName() + ")");
			}
		}
	}

	@Override
	public void handleTransactionAfterCommitted(ITransaction transaction, CommitContext context, OMMonitor monitor) {
		// nothing to do after a commit
	}

	@Override
	public void handleRevisionsBeforeSending(ISession session, CDORevision[] revisions,
			List<CDORevision> additionalRevisions) {
		String user = session.getUserID();
		if (isTeacher(user)) {
			return;
		}
		IRepository repository = session.getManager().getRepository();
		CDOBranchPoint head = repository.getBranchManager().getMainBranch().getHead();
		CDORevisionProvider provider = id -> repository.getRevisionManager().getRevision(id, head,
				CDORevision.UNCHUNKED, CDORevision.DEPTH_NONE, true);
		for (CDORevision revision : revisions) {
			if (!revision.isResourceNode()) {
				Optional<String> owner = owner(provider, revision);
				if (owner.isPresent() && !owner.get().equals(user)) {
					throw new SecurityException("User " + user + " may not read the records of " + owner.get());
				}
			}
		}
	}

	private boolean isTeacher(String user) {
		try {
			return user != null && users.role(user).filter(Role.TEACHER::equals).isPresent();
		} catch (SQLException e) {
			throw new SecurityException("The user directory cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * @param revisions where to find the containers of a revision
	 * @param revision a revision
	 * @return the user owning it, empty if it is shared
	 */
	static Optional<String> owner(CDORevisionProvider revisions, CDORevision revision) {
		LinkedList<String> path = new LinkedList<>();
		CDORevision current = revision;
		for (int depth = 0; current != null && depth < 64; depth++) {
			if (current.isResourceNode()) {
				Object name = current.data().get(EresourcePackage.Literals.CDO_RESOURCE_NODE__NAME, 0);
				if (name instanceof String s && !s.isEmpty()) {
					path.addFirst(s);
				}
			}
			Object container = current.data().getContainerID();
			Object next = container instanceof CDOID id && !id.isNull() ? id : current.data().getResourceID();
			current = next instanceof CDOID id && !id.isNull() ? revisions.getRevision(id) : null;
		}
		return path.size() >= 2 && USERS.equals(path.get(0)) ? Optional.of(path.get(1)) : Optional.empty();
	}
}
