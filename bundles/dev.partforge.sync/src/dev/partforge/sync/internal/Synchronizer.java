// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.cdo.common.CDOCommonRepository.CommitInfoStorage;
import org.eclipse.emf.cdo.common.branch.CDOBranchPoint;
import org.eclipse.emf.cdo.common.commit.CDOCommitInfo;
import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.OutboxEntry;
import dev.partforge.model.OutboxKind;
import dev.partforge.model.PartState;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.store.RecordQuery;

/**
 * One synchronisation cycle between the local store and a team server session: push the local store's outbox
 * ({@link PartStore#outbox(int)}), then pull. The first cycle of a library starts its outbox
 * ({@link PartStore#trackChanges()}) and compares every local part and record with the server's. Objects are matched
 * by business key, never by CDO id: parts by
 * {@code id} (shared library {@value #PARTS}), records by {@code uuid} (the user's
 * {@code /users/<user>/records-<first uuid character>}). Records are append-only: a record is inserted on a side that
 * lacks its uuid and never changed, so a push repeated after a lost acknowledgement inserts nothing twice. A part
 * changed on one side since both agreed ({@link SyncBookkeeping}) goes to the other; changed on both, the later
 * writer wins ({@link PartOrder}). A deleted part travels as a tombstone ({@value #DELETED}); bookmarks and last
 * views as the user's {@link PartState}s ({@code /users/<user>/state}); completed and timeSpent follow the records.
 */
public final class Synchronizer {

	/** The server resource of the shared parts library. */
	public static final String PARTS = "/parts";

	/**
	 * The server resource of part deletions (tombstones, shared): per deleted part id one {@link OutboxEntry} of kind
	 * {@code PART_DELETED} whose {@code created} is the latest deletion time.
	 */
	public static final String DELETED = "/deleted";

	/** Objects per server transaction. */
	static final int BATCH = 500;

	private static final String HEX = "0123456789abcdef";

	/**
	 * The marker file (in the data directory's {@code sync}) that exists from before a batch's server commit until its
	 * entries are removed locally: while it exists, the server may already hold records the outbox names.
	 */
	static final String IN_FLIGHT = "push.inflight";

	private final PartStore local;
	private final ServerSession server;
	private final String user;
	private final SyncBookkeeping bookkeeping;
	private final Path inFlight;
	private long lastPulled;
	private final Set<Long> ownCommits = new HashSet<>();
	private long pulledUpTo;
	private CDOResource deleted;
	private Map<String, OutboxEntry> tombstones;
	private CDOResource serverPartsResource;
	private Map<String, StoredPart> serverParts;
	private CDOResource statesResource;
	private Map<String, PartState> serverStates;

	private Synchronizer(PartStore local, ServerSession server, String user, SyncBookkeeping bookkeeping,
			Path inFlight) {
		this.local = local;
		this.bookkeeping = bookkeeping;
		this.inFlight = inFlight;
		this.server = server;
		this.user = user;
	}

	/**
	 * @param local         the local store
	 * @param dataDirectory its data directory (for what the last cycles left, {@link SyncBookkeeping})
	 * @param server        a session logged in as {@code remote}'s user
	 * @param remote        the server and the user whose records are synchronised
	 * @return a synchroniser for one cycle that pulls only if another session committed after the last pull
	 * @throws IOException if the bookkeeping cannot be read
	 */
	public static Synchronizer of(PartStore local, Path dataDirectory, ServerSession server, Remote remote)
			throws IOException {
		return new Synchronizer(local, server, remote.user(), SyncBookkeeping.load(dataDirectory, remote),
				dataDirectory.resolve("sync").resolve(IN_FLIGHT));
	}

	/**
	 * @return the server time up to which this synchroniser's cycle has pulled every change (the commit time of the
	 *         newest server commit it has seen, its own included); kept for the next cycle
	 */
	public long pulledUpTo() {
		return pulledUpTo;
	}

	/**
	 * What one cycle moved.
	 *
	 * @param partsPushed   parts added or replaced on the server
	 * @param recordsPushed records added on the server
	 * @param partsPulled   parts added or replaced locally
	 * @param recordsPulled records added locally
	 * @param recordsRead   the user's records read from the server (0 when the outbox named no record and no other
	 *                      session committed since the last pull)
	 */
	public record Result(int partsPushed, int recordsPushed, int partsPulled, int recordsPulled, int recordsRead) {

		/**
		 * A result that read no server records.
		 *
		 * @param partsPushed   parts added or replaced on the server
		 * @param recordsPushed records added on the server
		 * @param partsPulled   parts added or replaced locally
		 * @param recordsPulled records added locally
		 */
		public Result(int partsPushed, int recordsPushed, int partsPulled, int recordsPulled) {
			this(partsPushed, recordsPushed, partsPulled, recordsPulled, 0);
		}
	}

	/**
	 * Runs one cycle: delivers the outbox, then pulls.
	 *
	 * @param monitor progress and cancellation
	 * @return what moved
	 * @throws SyncFailure if the server refuses or the connection fails; what was committed on either side stays
	 *                     and the next cycle continues from there
	 */
	public Result run(IProgressMonitor monitor) throws SyncFailure {
		return run(monitor, false);
	}

	/**
	 * Runs one cycle.
	 *
	 * @param monitor progress and cancellation
	 * @param full    also compare every local part and record with the server's (the repair for changes made
	 *                before the outbox existed, e.g. in a store migrated from v3), not only the outbox
	 * @return what moved
	 * @throws SyncFailure if the server refuses or the connection fails; what was committed on either side stays
	 *                     and the next cycle continues from there
	 */
	public Result run(IProgressMonitor monitor, boolean full) throws SyncFailure {
		SubMonitor progress = SubMonitor.convert(monitor, "Synchronising with the team server", 5);
		try {
			// before anything local is read: from here on every local change is queued, what came before is compared
			full |= local.trackChanges();
		} catch (RuntimeException e) {
			throw Failures.classify("start queueing local changes", e);
		}
		lastPulled = full ? 0 : bookkeeping.lastPulled();
		pulledUpTo = lastPulled;
		Local here = new Local();
		CDOTransaction tx = server.session().openTransaction();
		tx.options().setRevisionPrefetchingPolicy(CDOUtil.createRevisionPrefetchingPolicy(BATCH));
		try {
			progress.subTask("read the server's records");
			// a record the outbox names reached the server only if a batch's commit ran and its removal did not
			boolean namesRecords = full || Files.exists(inFlight) && local.outbox(Integer.MAX_VALUE).stream()
					.anyMatch(e -> e.getKind() == OutboxKind.RECORD_ADDED);
			Map<String, UserRecord> serverRecords = namesRecords ? serverRecords(tx) : null;
			Set<String> onServer = serverRecords == null ? new HashSet<>() : new HashSet<>(serverRecords.keySet());
			progress.split(1).subTask("push the outbox");
			int[] pushed = pushOutbox(tx, here, onServer, progress.split(1));
			if (full) {
				progress.subTask("compare all parts and records");
				pushed[0] += pushParts(tx, here.parts());
				pushStates(tx, here.parts());
				pushed[1] += pushRecords(tx, here.records(), onServer);
			}
			if (!changedElsewhere() && !full) {
				bookkeeping.pulledUpTo(pulledUpTo);
				bookkeeping.save();
				progress.setWorkRemaining(0);
				return new Result(pushed[0], pushed[1], 0, 0, serverRecords == null ? 0 : serverRecords.size());
			}
			if (serverRecords == null) {
				progress.subTask("read the server's new records");
				if (lastPulled <= 0) {
					bookkeeping.forgetRecordsRead();
				}
				serverRecords = newServerRecords(tx);
			}
			progress.split(1).subTask("pull parts");
			forgetServerObjects(); // read again: the pull reads the server's state after the others' commits
			int partsPulled = pullParts(tx, here.parts());
			Set<String> pending = new HashSet<>();
			local.outbox(Integer.MAX_VALUE).forEach(e -> pending.add(e.getBusinessKey()));
			pullDeletions(tx, pending);
			pullStates(tx, pending);
			progress.split(1).subTask("pull records");
			int recordsPulled = serverRecords.isEmpty() ? 0 : pullRecords(serverRecords.values(), here.records());
			bookkeeping.pulledUpTo(pulledUpTo);
			bookkeeping.save();
			progress.split(1);
			return new Result(pushed[0], pushed[1], partsPulled, recordsPulled, serverRecords.size());
		} catch (IOException e) {
			throw new SyncFailure(SyncFailure.Kind.FAILED, "cannot keep the synchronisation bookkeeping: "
					+ e.getMessage(), e);
		} catch (CommitException | RuntimeException e) {
			if (e instanceof OperationCanceledException cancelled) {
				throw cancelled;
			}
			throw Failures.classify("synchronise", e);
		} finally {
			tx.close();
		}
	}

	/**
	 * Delivers the outbox as it is when the cycle starts in batches of {@value #BATCH} entries, oldest first: one
	 * server transaction per batch carries the current local state of each entry's key, and the delivered entries are
	 * removed locally, in one local transaction, only after the last of those transactions committed (removing the
	 * oldest entries batch by batch cost as much as the server commits: every removal from the front of the outbox
	 * shifts the entries behind it; removing a whole outbox is one clear). Entries queued while the cycle runs wait
	 * for the next one. Delivering a batch again (the acknowledgement was lost, or this process died before removing
	 * it) changes nothing: a record whose uuid the server has is not added again (the server's uuids are read
	 * when the {@value #IN_FLIGHT} marker says a batch may have reached the server), and a part the server holds with
	 * the same content is left alone.
	 *
	 * @return parts and records pushed
	 */
	private int[] pushOutbox(CDOTransaction tx, Local here, Set<String> onServer, IProgressMonitor monitor)
			throws CommitException {
		SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, local.outboxSize()));
		Map<String, CDOResource> buckets = new HashMap<>();
		int[] pushed = new int[2];
		List<OutboxEntry> outbox = local.outbox(Integer.MAX_VALUE);
		for (int from = 0; from < outbox.size(); from += BATCH) {
			List<OutboxEntry> batch = outbox.subList(from, Math.min(outbox.size(), from + BATCH));
			here.cover(batch);
			Set<String> partsDone = new HashSet<>();
			for (OutboxEntry entry : batch) {
				String key = entry.getBusinessKey();
				switch (entry.getKind()) {
				case RECORD_ADDED -> {
					UserRecord record = here.record(key);
					if (record != null && onServer.add(key)) {
						buckets.computeIfAbsent(bucket(key), tx::getOrCreateResource).getContents()
								.add(EcoreUtil.copy(record));
						pushed[1]++;
					}
				}
				case PART_PUT -> {
					StoredPart part = here.part(key);
					if (part != null && partsDone.add(key) && pushPart(tx, part)) {
						pushed[0]++;
					}
				}
				case PART_DELETED -> {
					if (here.part(key) == null) {
						delete(tx, key, entry.getCreated());
					}
				}
				case STATE_CHANGED -> {
					StoredPart part = here.part(key);
					if (part != null) {
						pushState(tx, part, entry.getCreated());
					}
				}
				}
			}
			if (tx.isDirty()) {
				marker(true);
				commit(tx);
			}
			PausePoints.reached(PausePoints.SERVER_COMMITTED);
			progress.split(batch.size());
		}
		if (!outbox.isEmpty()) {
			local.removeFromOutbox(outbox.stream().map(OutboxEntry::getKey).toList());
		}
		marker(false);
		return pushed;
	}

	private void forgetServerObjects() {
		serverParts = null;
		serverStates = null;
		tombstones = null;
	}

	/** @return the server's shared parts by id, read on first use in this cycle */
	private Map<String, StoredPart> serverParts(CDOTransaction tx) {
		if (serverParts == null) {
			serverPartsResource = tx.getOrCreateResource(PARTS);
			serverParts = index(serverPartsResource);
		}
		return serverParts;
	}

	/** @return the user's part states on the server by part id, read on first use in this cycle */
	private Map<String, PartState> serverStates(CDOTransaction tx) {
		if (serverStates == null) {
			statesResource = tx.getOrCreateResource(statePath());
			serverStates = new HashMap<>();
			statesResource.getContents().forEach(o -> serverStates.put(((PartState) o).getPartId(), (PartState) o));
		}
		return serverStates;
	}

	/** @return the server's tombstones by part id, read on first use in this cycle */
	private Map<String, OutboxEntry> tombstones(CDOTransaction tx) {
		if (tombstones == null) {
			deleted = tx.getOrCreateResource(DELETED);
			tombstones = new HashMap<>();
			deleted.getContents().forEach(o -> tombstones.put(((OutboxEntry) o).getBusinessKey(), (OutboxEntry) o));
		}
		return tombstones;
	}

	private void marker(boolean exists) {
		try {
			if (exists) {
				Files.createDirectories(inFlight.getParent());
				Files.writeString(inFlight, "");
			} else {
				Files.deleteIfExists(inFlight);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the push marker " + inFlight, e);
		}
	}

	/** Commits and remembers the commit's time as this cycle's own, which is no reason to pull. */
	private void commit(CDOTransaction tx) throws CommitException {
		CDOCommitInfo info = tx.commit();
		if (info != null) {
			ownCommits.add(info.getTimeStamp());
		}
	}

	/**
	 * Whether a session other than this cycle's committed on the server since the last pull, from the server's commit
	 * infos (kept by the repository also without audits): their times only, a query of the commit info table, no
	 * object is read. Sets {@link #pulledUpTo()} to the newest commit seen and waits until this session has received
	 * the invalidations up to it, so a pull that follows reads at least that state (if they do not arrive within
	 * {@value ServerSession#CONNECT_TIMEOUT_MILLIS} ms, the pull happens and the next cycle pulls again). Without a last pull, or if the
	 * repository keeps no commit infos, everything counts as changed.
	 */
	private boolean changedElsewhere() {
		boolean kept = server.session().getRepositoryInfo().getCommitInfoStorage() != CommitInfoStorage.NO;
		long[] newest = { lastPulled };
		boolean[] foreign = { lastPulled <= 0 || !kept };
		if (kept) {
			server.session().getCommitInfoManager().getCommitInfos(null, lastPulled + 1,
					CDOBranchPoint.UNSPECIFIED_DATE, info -> {
						newest[0] = Math.max(newest[0], info.getTimeStamp());
						if (!ownCommits.contains(info.getTimeStamp())) {
							foreign[0] = true;
						}
					});
		}
		for (long own : ownCommits) {
			newest[0] = Math.max(newest[0], own);
		}
		if (newest[0] > 0 && !server.session().waitForUpdate(newest[0], ServerSession.CONNECT_TIMEOUT_MILLIS)) {
			// not known to be read: pull now, and again next cycle
			return true;
		}
		pulledUpTo = kept ? newest[0] : 0;
		return foreign[0];
	}

	/**
	 * The local parts and records, each read on first use in the cycle (a cycle that pushes one record reads no part)
	 * and read again when an outbox entry names one that is newer than the last read.
	 */
	private final class Local {
		private Map<String, StoredPart> parts;
		private Map<String, UserRecord> records;

		private Map<String, StoredPart> readParts() {
			if (parts == null) {
				parts = new LinkedHashMap<>();
				local.listParts(PartQuery.ALL).forEach(p -> parts.put(p.getId(), p));
			}
			return parts;
		}

		private Map<String, UserRecord> readRecords() {
			if (records == null) {
				records = new LinkedHashMap<>();
				local.listRecords(RecordQuery.ALL).forEach(r -> records.put(r.getUuid(), r));
			}
			return records;
		}

		/**
		 * Forgets what was read if an entry names a part or record that may be newer than the last read (its entry came
		 * with it).
		 */
		void cover(List<OutboxEntry> batch) {
			if (records != null && batch.stream().anyMatch(
					e -> e.getKind() == OutboxKind.RECORD_ADDED && !records.containsKey(e.getBusinessKey()))) {
				records = null;
			}
			if (parts != null && batch.stream().anyMatch(e -> e.getKind() != OutboxKind.RECORD_ADDED)) {
				parts = null;
			}
		}

		StoredPart part(String id) {
			return readParts().get(id);
		}

		UserRecord record(String uuid) {
			return readRecords().get(uuid);
		}

		List<StoredPart> parts() {
			return List.copyOf(readParts().values());
		}

		List<UserRecord> records() {
			return List.copyOf(readRecords().values());
		}
	}

	/** The repair: every local part against the server's, committed every {@value #BATCH} parts. */
	private int pushParts(CDOTransaction tx, List<StoredPart> localParts) throws CommitException {
		int pushed = 0;
		for (StoredPart part : localParts) {
			if (pushPart(tx, part) && ++pushed % BATCH == 0) {
				commit(tx);
			}
		}
		if (tx.isDirty()) {
			commit(tx);
		}
		return pushed;
	}

	/**
	 * The repair: the local user's bookmark and last view of every part that has either, as of the part's last change
	 * (a library's first cycle has no outbox entries to say when they changed).
	 */
	private void pushStates(CDOTransaction tx, List<StoredPart> localParts) throws CommitException {
		int pushed = 0;
		for (StoredPart part : localParts) {
			if (part.isBookmarked() || part.getLastViewed() != null) {
				pushState(tx, part, part.getModified() != null ? part.getModified() : new Date(0));
				if (++pushed % BATCH == 0) {
					commit(tx);
				}
			}
		}
		if (tx.isDirty()) {
			commit(tx);
		}
	}

	/**
	 * Puts a local part on the server if it is new there or the local side wins.
	 *
	 * @return whether the server's part was added or changed
	 */
	private boolean pushPart(CDOTransaction tx, StoredPart part) {
		Map<String, StoredPart> onServer = serverParts(tx);
		StoredPart there = onServer.get(part.getId());
		if (there == null && deletedLater(tx, part)) {
			return false;
		} else if (there == null) {
			StoredPart added = shared(part);
			serverPartsResource.getContents().add(added);
			onServer.put(part.getId(), added);
		} else if (PartOrder.sameContent(part, there)) {
			bookkeeping.agree(part);
			return false;
		} else if (localWins(part, there)) {
			there.setRecipe(part.getRecipe() == null ? null : EcoreUtil.copy(part.getRecipe()));
			there.setModified(part.getModified());
		} else {
			return false;
		}
		bookkeeping.agree(part);
		return true;
	}

	/** @return whether the part was deleted on the server at or after its last local change (the pull deletes it) */
	private boolean deletedLater(CDOTransaction tx, StoredPart part) {
		OutboxEntry tombstone = tombstones(tx).get(part.getId());
		return tombstone != null && (part.getModified() == null || !part.getModified().after(tombstone.getCreated()));
	}

	/**
	 * A local deletion: the server's part goes unless it was changed after the deletion (a later edit wins), and the
	 * tombstone keeps the latest deletion time, so that the other desktops delete their copy.
	 */
	private void delete(CDOTransaction tx, String id, Date time) {
		Map<String, StoredPart> onServer = serverParts(tx);
		Map<String, OutboxEntry> tombstones = tombstones(tx);
		StoredPart there = onServer.get(id);
		if (there != null && (there.getModified() == null || !there.getModified().after(time))) {
			EcoreUtil.remove(there);
			onServer.remove(id);
		}
		OutboxEntry tombstone = tombstones.get(id);
		if (tombstone == null) {
			tombstone = ModelFactory.eINSTANCE.createOutboxEntry();
			tombstone.setKey(id);
			tombstone.setKind(OutboxKind.PART_DELETED);
			tombstone.setBusinessKey(id);
			tombstone.setCreated(time);
			tombstone.setModified(time);
			deleted.getContents().add(tombstone);
			tombstones.put(id, tombstone);
		} else if (tombstone.getCreated().before(time)) {
			tombstone.setCreated(time);
			tombstone.setModified(time);
		}
	}

	/**
	 * The user's state of a part on the server ({@code /users/<user>/state}): the bookmark of the later change (on
	 * equal times, bookmarked wins), the later last view.
	 */
	private void pushState(CDOTransaction tx, StoredPart part, Date time) {
		Map<String, PartState> onServer = serverStates(tx);
		PartState there = onServer.get(part.getId());
		if (there == null) {
			there = ModelFactory.eINSTANCE.createPartState();
			there.setKey(part.getId());
			there.setPartId(part.getId());
			there.setBookmarked(part.isBookmarked());
			there.setLastViewed(part.getLastViewed());
			there.setCreated(time);
			there.setModified(time);
			statesResource.getContents().add(there);
			onServer.put(part.getId(), there);
			return;
		}
		boolean later = there.getModified() == null || time.after(there.getModified());
		if (later || time.equals(there.getModified()) && part.isBookmarked()) {
			there.setBookmarked(part.isBookmarked());
		}
		Date viewed = later(there.getLastViewed(), part.getLastViewed());
		if (!Objects.equals(viewed, there.getLastViewed())) {
			there.setLastViewed(viewed);
		}
		if (later) {
			there.setModified(time);
		}
	}

	private static Date later(Date a, Date b) {
		return a == null ? b : b == null || !b.after(a) ? a : b;
	}

	/** Deletes local parts that the server deleted at or after their last local change; none with pending entries. */
	private void pullDeletions(CDOTransaction tx, Set<String> pending) {
		Map<String, StoredPart> there = serverParts(tx);
		List<String> gone = new ArrayList<>();
		for (StoredPart mine : local.listParts(PartQuery.ALL)) {
			if (!there.containsKey(mine.getId()) && !pending.contains(mine.getId()) && deletedLater(tx, mine)) {
				gone.add(mine.getId());
			}
		}
		if (!gone.isEmpty()) {
			local.deleteReceivedParts(gone);
		}
	}

	/** Takes the user's part states from the server (after the push they hold the winner of each rule). */
	private void pullStates(CDOView view, Set<String> pending) {
		if (!view.hasResource(statePath())) {
			return;
		}
		Map<String, StoredPart> mine = new HashMap<>();
		local.listParts(PartQuery.ALL).forEach(p -> mine.put(p.getId(), p));
		List<StoredPart> changed = new ArrayList<>();
		for (EObject o : view.getResource(statePath()).getContents()) {
			PartState state = (PartState) o;
			StoredPart part = mine.get(state.getPartId());
			if (part == null || pending.contains(part.getId())) {
				continue;
			}
			Date viewed = later(part.getLastViewed(), state.getLastViewed());
			if (part.isBookmarked() != state.isBookmarked() || !Objects.equals(viewed, part.getLastViewed())) {
				part.setBookmarked(state.isBookmarked());
				part.setLastViewed(viewed);
				changed.add(part);
			}
		}
		if (!changed.isEmpty()) {
			local.importParts(changed);
		}
	}

	private String statePath() {
		return "/users/" + user + "/state";
	}

	/** Only this side changed the part since both agreed, or both did and this side is the later writer. */
	private boolean localWins(StoredPart mine, StoredPart there) {
		boolean mineChanged = bookkeeping.changed(mine);
		boolean thereChanged = bookkeeping.changed(there);
		return mineChanged && (!thereChanged || PartOrder.wins(mine, there));
	}

	/** The repair: every local record the server lacks, committed every {@value #BATCH} records. */
	private int pushRecords(CDOTransaction tx, List<UserRecord> localRecords, Set<String> onServer)
			throws CommitException {
		Map<String, CDOResource> buckets = new HashMap<>();
		int pushed = 0;
		for (UserRecord record : localRecords) {
			if (onServer.add(record.getUuid())) {
				buckets.computeIfAbsent(bucket(record.getUuid()), tx::getOrCreateResource).getContents()
						.add(EcoreUtil.copy(record));
				if (++pushed % BATCH == 0) {
					commit(tx);
				}
			}
		}
		if (tx.isDirty()) {
			commit(tx);
		}
		return pushed;
	}

	private int pullParts(CDOTransaction tx, List<StoredPart> localParts) {
		Map<String, StoredPart> here = new HashMap<>();
		localParts.forEach(p -> here.put(p.getId(), p));
		List<StoredPart> changed = new ArrayList<>();
		for (StoredPart there : serverParts(tx).values()) {
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
			bookkeeping.agree(there);
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
			local.importRecords(missing);
		}
		return missing.size();
	}

	private Map<String, UserRecord> serverRecords(CDOView view) {
		bookkeeping.forgetRecordsRead();
		return newServerRecords(view);
	}

	/**
	 * The user's records on the server after those the last pull read ({@link SyncBookkeeping}): records are
	 * append-only, so a resource's new records are the entries after the count read last time; the new counts are
	 * kept for the next pull.
	 */
	private Map<String, UserRecord> newServerRecords(CDOView view) {
		Map<String, UserRecord> records = new LinkedHashMap<>();
		for (char c : HEX.toCharArray()) {
			String path = "/users/" + user + "/records-" + c;
			if (view.hasResource(path)) {
				List<EObject> contents = view.getResource(path).getContents();
				int size = contents.size();
				int from = bookkeeping.recordsRead(path) <= size ? bookkeeping.recordsRead(path) : 0;
				for (EObject o : contents.subList(from, size)) {
					UserRecord r = (UserRecord) o;
					records.put(r.getUuid(), r);
				}
				bookkeeping.recordsReadUpTo(path, size);
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
