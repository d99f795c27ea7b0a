// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.store.RecordQuery;

/**
 * One synchronisation cycle between the local store and a team server session: push, then pull. Objects are matched
 * by business key, never by CDO id: parts by {@code id} (shared library {@value #PARTS}), records by {@code uuid}
 * (the user's {@code /users/<user>/records-<first uuid character>}). Records are append-only: a record is inserted on
 * a side that lacks its uuid and never changed, so a push repeated after a lost acknowledgement inserts nothing
 * twice. A part changed on one side since both agreed ({@link PartBase}) goes to the other; changed on both, the
 * later writer wins ({@link PartOrder}); per-user fields (bookmarked, completed, timeSpent, lastViewed) stay local.
 */
public final class Synchronizer {

	/** The server resource of the shared parts library. */
	public static final String PARTS = "/parts";

	/** Objects per server transaction. */
	static final int BATCH = 500;

	private static final String HEX = "0123456789abcdef";

	private final PartStore local;
	private final ServerSession server;
	private final String user;
	private final PartBase base;

	private Synchronizer(PartStore local, ServerSession server, String user, PartBase base) {
		this.local = local;
		this.server = server;
		this.user = user;
		this.base = base;
	}

	/**
	 * @param local         the local store
	 * @param dataDirectory its data directory (for the agreed part contents, {@link PartBase})
	 * @param server        a logged-in session
	 * @param user          the user it is logged in as
	 * @return a synchroniser for one cycle
	 * @throws IOException if the agreed part contents cannot be read
	 */
	public static Synchronizer of(PartStore local, Path dataDirectory, ServerSession server, String user)
			throws IOException {
		return new Synchronizer(local, server, user, PartBase.load(dataDirectory));
	}

	/**
	 * What one cycle moved.
	 *
	 * @param partsPushed   parts added or replaced on the server
	 * @param recordsPushed records added on the server
	 * @param partsPulled   parts added or replaced locally
	 * @param recordsPulled records added locally
	 */
	public record Result(int partsPushed, int recordsPushed, int partsPulled, int recordsPulled) {
	}

	/**
	 * Runs one cycle.
	 *
	 * @param monitor progress and cancellation
	 * @return what moved
	 * @throws SyncFailure if the server refuses or the connection fails; what was committed on either side stays
	 *                     and the next cycle continues from there
	 */
	public Result run(IProgressMonitor monitor) throws SyncFailure {
		SubMonitor progress = SubMonitor.convert(monitor, "Synchronising with the team server", 4);
		List<StoredPart> localParts = local.listParts(PartQuery.ALL);
		List<UserRecord> localRecords = local.listRecords(RecordQuery.ALL);
		CDOTransaction tx = server.session().openTransaction();
		tx.options().setRevisionPrefetchingPolicy(CDOUtil.createRevisionPrefetchingPolicy(BATCH));
		try {
			progress.subTask("push parts");
			int partsPushed = pushParts(tx, localParts);
			progress.split(1).subTask("push records");
			Map<String, UserRecord> serverRecords = serverRecords(tx);
			int recordsPushed = pushRecords(tx, localRecords, serverRecords.keySet(), progress.split(1));
			progress.subTask("pull parts");
			int partsPulled = pullParts(tx, localParts);
			progress.split(1).subTask("pull records");
			int recordsPulled = pullRecords(serverRecords.values(), localRecords);
			base.save();
			progress.split(1);
			return new Result(partsPushed, recordsPushed, partsPulled, recordsPulled);
		} catch (IOException e) {
			throw new SyncFailure(SyncFailure.Kind.FAILED, "cannot save the synchronised part contents: " + e.getMessage(),
					e);
		} catch (CommitException | RuntimeException e) {
			if (e instanceof OperationCanceledException cancelled) {
				throw cancelled;
			}
			throw Failures.classify("synchronise", e);
		} finally {
			tx.close();
		}
	}

	private int pushParts(CDOTransaction tx, List<StoredPart> localParts) throws CommitException {
		CDOResource resource = tx.getOrCreateResource(PARTS);
		Map<String, StoredPart> onServer = index(resource);
		int pushed = 0;
		for (StoredPart part : localParts) {
			StoredPart there = onServer.get(part.getId());
			if (there == null) {
				resource.getContents().add(shared(part));
			} else if (PartOrder.sameContent(part, there)) {
				base.agree(part);
				continue;
			} else if (localWins(part, there)) {
				there.setRecipe(part.getRecipe() == null ? null : EcoreUtil.copy(part.getRecipe()));
				there.setModified(part.getModified());
			} else {
				continue;
			}
			base.agree(part);
			if (++pushed % BATCH == 0) {
				tx.commit();
			}
		}
		if (tx.isDirty()) {
			tx.commit();
		}
		return pushed;
	}

	/** Only this side changed the part since both agreed, or both did and this side is the later writer. */
	private boolean localWins(StoredPart mine, StoredPart there) {
		boolean mineChanged = base.changed(mine);
		boolean thereChanged = base.changed(there);
		return mineChanged && (!thereChanged || PartOrder.wins(mine, there));
	}

	private int pushRecords(CDOTransaction tx, List<UserRecord> localRecords, Set<String> onServer,
			IProgressMonitor monitor) throws CommitException {
		List<UserRecord> missing = localRecords.stream().filter(r -> !onServer.contains(r.getUuid())).toList();
		SubMonitor progress = SubMonitor.convert(monitor, missing.size());
		Map<String, CDOResource> buckets = new HashMap<>();
		int pushed = 0;
		for (UserRecord record : missing) {
			String path = bucket(record.getUuid());
			buckets.computeIfAbsent(path, tx::getOrCreateResource).getContents().add(EcoreUtil.copy(record));
			if (++pushed % BATCH == 0) {
				tx.commit();
				progress.split(BATCH);
			}
		}
		if (tx.isDirty()) {
			tx.commit();
		}
		return pushed;
	}

	private int pullParts(CDOView view, List<StoredPart> localParts) {
		Map<String, StoredPart> here = new HashMap<>();
		localParts.forEach(p -> here.put(p.getId(), p));
		List<StoredPart> changed = new ArrayList<>();
		for (StoredPart there : index(view.getResource(PARTS)).values()) {
			StoredPart mine = here.get(there.getId());
			if (mine == null) {
				changed.add(shared(there));
			} else if (!PartOrder.sameContent(mine, there) && !localWins(mine, there)) {
				StoredPart merged = shared(there);
				merged.setBookmarked(mine.isBookmarked());
				merged.setCompleted(mine.isCompleted());
				merged.setTimeSpent(mine.getTimeSpent());
				merged.setLastViewed(mine.getLastViewed());
				changed.add(merged);
			} else {
				continue;
			}
			base.agree(there);
		}
		if (!changed.isEmpty()) {
			local.importParts(changed);
		}
		return changed.size();
	}

	private int pullRecords(Iterable<UserRecord> onServer, List<UserRecord> localRecords) {
		Set<String> here = new HashSet<>();
		localRecords.forEach(r -> here.add(r.getUuid()));
		Set<String> parts = new HashSet<>();
		local.listParts(PartQuery.ALL).forEach(p -> parts.add(p.getId()));
		List<UserRecord> missing = new ArrayList<>();
		for (UserRecord record : onServer) {
			if (!here.contains(record.getUuid()) && parts.contains(record.getPartId())) {
				UserRecord copy = EcoreUtil.copy(record);
				copy.setKey(record.getUuid());
				missing.add(copy);
			}
		}
		if (!missing.isEmpty()) {
			local.addRecords(missing);
		}
		return missing.size();
	}

	private Map<String, UserRecord> serverRecords(CDOView view) {
		Map<String, UserRecord> records = new LinkedHashMap<>();
		for (char c : HEX.toCharArray()) {
			String path = "/users/" + user + "/records-" + c;
			if (view.hasResource(path)) {
				for (EObject o : view.getResource(path).getContents()) {
					UserRecord r = (UserRecord) o;
					records.put(r.getUuid(), r);
				}
			}
		}
		return records;
	}

	private String bucket(String uuid) {
		char c = Character.toLowerCase(uuid.charAt(0));
		return "/users/" + user + "/records-" + (HEX.indexOf(c) >= 0 ? c : '0');
	}

	private static Map<String, StoredPart> index(CDOResource resource) {
		Map<String, StoredPart> parts = new LinkedHashMap<>();
		for (EObject o : resource.getContents()) {
			parts.put(((StoredPart) o).getId(), (StoredPart) o);
		}
		return parts;
	}

	/** A copy of a part without the per-user fields, as the shared library holds it. */
	private static StoredPart shared(StoredPart part) {
		StoredPart copy = EcoreUtil.copy(part);
		copy.setBookmarked(false);
		copy.setCompleted(false);
		copy.setTimeSpent(0);
		copy.setLastViewed(null);
		return copy;
	}
}
