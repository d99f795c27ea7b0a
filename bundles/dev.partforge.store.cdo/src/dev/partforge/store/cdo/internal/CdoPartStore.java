// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.partforge.core.DataDirectory;
import dev.partforge.metrics.MemoryBudget;
import dev.partforge.metrics.Metrics;
import dev.partforge.model.ExportDefaults;
import dev.partforge.model.ExportPreferences;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.OutboxEntry;
import dev.partforge.model.OutboxKind;
import dev.partforge.model.PartState;
import dev.partforge.model.SchemaHistory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.AttemptHistory;
import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.MigrationReport;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.store.PartSummary;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.RestoreReport;
import dev.partforge.store.Statistics;
import dev.partforge.store.StoreChange;
import dev.partforge.store.StorageFullException;
import dev.partforge.store.StoreClosedException;
import dev.partforge.store.StoreException;
import dev.partforge.store.StoreInfo;
import dev.partforge.store.StoreListener;
import dev.partforge.store.VerifyReport;
import dev.partforge.store.VersionMismatchException;

/**
 * {@link PartStore} on an embedded CDO repository in {@code <data directory>/store}. The repository is opened (and
 * migrated, if older) on first use, on the caller's thread, never during component activation; it is closed with
 * the component. When the database is damaged or missing ({@link CorruptStoreException}) and a backup can be read,
 * the store shows a {@link ReadOnlyCopy} of it instead: reads work, writes are refused with
 * {@link StoreInfo.Fallback#message()}, {@link #info()} reports it, and {@link #restore(Optional)} ends it.
 */
@Component(service = PartStore.class)
public final class CdoPartStore implements PartStore {

	private static final System.Logger LOG = System.getLogger(CdoPartStore.class.getName());

	/** The store preference naming how many backups to keep (oldest removed first). */
	public static final String KEEP_BACKUPS = "backups.keep";

	/** Backups kept when {@link #KEEP_BACKUPS} is not set. */
	public static final int DEFAULT_KEEP_BACKUPS = 10;

	private final Supplier<Path> root;
	private final Migrator migrator;
	private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
	private final StoreMetrics metrics = new StoreMetrics();
	/** Changes committed under the lock, told to the listeners once the outermost locked call releases it. */
	private final List<StoreChange> pending = new ArrayList<>();
	private int depth;
	private OpenStore open;
	private ReadOnlyCopy copy;
	private boolean closed;

	/** Creates the store in the data directory's {@code store} folder (DS constructor). */
	public CdoPartStore() {
		this(() -> DataDirectory.get().resolve("store"), Migrator.standard());
	}

	/**
	 * Creates a store in a directory.
	 *
	 * @param root the store directory
	 */
	public CdoPartStore(Path root) {
		this(() -> root, Migrator.standard());
	}

	/**
	 * Creates a store with given migration steps (tests).
	 *
	 * @param root the store directory
	 * @param migrator the migrator
	 */
	CdoPartStore(Supplier<Path> root, Migrator migrator) {
		this.root = root;
		this.migrator = migrator;
	}

	/**
	 * Reports timings, failures and storage usage to a metrics service from now on (DS: optional, dynamic).
	 *
	 * @param service the metrics service
	 */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setMetrics(Metrics service) {
		metrics.use(service);
	}

	/** @param service the metrics service that goes away */
	void unsetMetrics(Metrics service) {
		if (metrics.service() == service) {
			metrics.use(null);
		}
	}

	/** Closes the repository; later calls throw {@link StoreClosedException}. */
	@Deactivate
	public synchronized void close() {
		closed = true;
		closeOpen();
	}

	private void closeOpen() {
		try {
			if (copy != null) {
				copy.close();
			} else if (open != null) {
				open.close();
			}
		} finally {
			copy = null;
			open = null;
		}
	}

	/** @return how many commits of this process had to be repeated because another process changed the same objects */
	synchronized int conflicts() {
		return open == null ? 0 : open.conflicts();
	}

	private OpenStore store() {
		if (closed) {
			throw new StoreClosedException("The store is closed (PartForge is shutting down). Start PartForge again.",
					null);
		}
		if (open != null && !open.alive()) {
			LOG.log(Level.INFO, "The PartForge process hosting " + open.layout().root() + " has gone; reopening");
			open.close();
			open = null;
		}
		if (open == null) {
			StoreLayout layout = new StoreLayout(root.get());
			try {
				open = metrics.service().time("store.open", () -> SharedStore.open(layout, this::openStore));
			} catch (CorruptStoreException e) {
				LOG.log(Level.WARNING, "Cannot open the store in " + layout.root() + "; looking for a backup to show"
						+ " read-only", e);
				copy = ReadOnlyCopy.open(layout, reason(e), this::openStore).orElseThrow(() -> e);
				open = copy.store();
				return open;
			} catch (Exception e) {
				throw Failures.map("open the store", layout.root(), e);
			}
			applyPageCache(open);
			open.watch(new RemoteCommits.Callback() {
				@Override
				public void committed() {
					applyPageCache(open); // the budget may have changed in another process
					fireAll();
				}

				@Override
				public void lost() {
					hostLost();
				}
			});
		}
		return open;
	}

	/**
	 * Sizes the database page cache from the memory budget ({@link MemoryBudget#databaseKilobytes}; H2's default of
	 * 16 MiB holds a tenth of the records of a 10⁶-record store, and a part's records lie in as many pages as it has
	 * records). Only the process hosting the store has that cache. A failure is logged: H2 keeps the size it had.
	 */
	private void applyPageCache(OpenStore s) {
		if (s == null || !s.alive() || s.hostedBy().isPresent()) {
			return; // only the hosting process has the database
		}
		try {
			Optional<Double> value = Preferences.find(s, s.view(), MemoryBudget.PREFERENCE).map(Preferences::value)
					.filter(PreferenceValue.Number.class::isInstance).map(v -> ((PreferenceValue.Number) v).value());
			s.tables().pageCache(MemoryBudget.databaseKilobytes(MemoryBudget.of(value)));
		} catch (Exception e) {
			LOG.log(Level.WARNING, "Cannot size the database page cache of " + s.layout().root() + "; it keeps its size", e);
		}
	}

	/**
	 * @param failure why the store cannot be opened
	 * @return its message as the reason of a {@link StoreInfo.Fallback}: without the advice to restore (the fallback
	 *         message gives it) and starting in lower case
	 */
	private static String reason(CorruptStoreException failure) {
		String message = failure.getMessage().strip();
		int advice = message.indexOf(". Restore ");
		if (advice > 0) {
			message = message.substring(0, advice);
		}
		if (message.endsWith(".")) {
			message = message.substring(0, message.length() - 1);
		}
		return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
	}

	/** @throws StoreException if a read-only copy of a backup is shown: nothing can be written then */
	private void refuseWritesToCopy() {
		if (copy != null) {
			throw new StoreException(copy.fallback().message());
		}
	}

	/** Another process changed the store: which objects is not known here, so every kind is reported. */
	private void fireAll() {
		for (StoreChange.Kind kind : StoreChange.Kind.values()) {
			fire(kind, List.of());
		}
	}

	/** The process hosting the store went away: take over (host it or use the new host) and tell the listeners. */
	private void hostLost() {
		synchronized (this) {
			if (closed || open == null || open.alive()) {
				return;
			}
			try {
				store();
			} catch (RuntimeException e) {
				LOG.log(Level.ERROR, "Could not reopen the store after its hosting process went away", e);
				return;
			}
		}
		fireAll();
	}

	private OpenStore openStore(StoreLayout layout) {
		try {
			DatabaseSwap.recover(layout);
			layout.removeLeftovers().forEach(f -> LOG.log(Level.INFO, "Removed the leftover " + f));
			FileSeal.check(layout.db());
			CrashCheck.verifyUnsealed(layout.db());
			int version = SchemaProbe.storedVersion(layout.db());
			if (version == SchemaProbe.NONE && layout.hasHistory()) {
				throw new CorruptStoreException("The database " + layout.db() + " is missing, but this store held data"
						+ " (backups or older databases are in " + layout.root() + "). Nothing was created. Restore"
						+ " the newest backup with 'partforge store restore' (or Restore... in the Storage view).",
						null);
			}
			if (version > SchemaHistory.CURRENT_VERSION) {
				throw new VersionMismatchException("The store in " + layout.root()
						+ " was written by a newer PartForge (schema v" + version + "; this version reads up to v"
						+ SchemaHistory.CURRENT_VERSION + "). It was left unchanged: update PartForge, or use another"
						+ " data directory with --data.", null);
			}
			MigrationReport report = new MigrationReport(SchemaHistory.CURRENT_VERSION,
					SchemaHistory.CURRENT_VERSION, Optional.empty(), 0, 0, 0);
			if (version >= SchemaHistory.OLDEST_VERSION && version < SchemaHistory.CURRENT_VERSION) {
				int from = version;
				report = metrics.service().time("store.migration", () -> migrator.migrate(layout, from));
				LOG.log(Level.INFO, "Migrated the store in " + layout.root() + " from v" + version + ": " + report);
			}
			return OpenStore.open(layout, report);
		} catch (Exception | LinkageError e) {
			throw Failures.map("open the store", layout.root(), e);
		}
	}

	/**
	 * Runs work while holding the store's lock and then, with the lock released, tells the listeners about the
	 * changes it committed ({@link #changed}), also when it fails after some commits. Calls may nest; the outermost
	 * one tells.
	 */
	private <R> R locked(Supplier<R> work) {
		List<StoreChange> changes = List.of();
		try {
			synchronized (this) {
				depth++;
				try {
					return work.get();
				} finally {
					if (--depth == 0 && !pending.isEmpty()) {
						changes = new ArrayList<>(pending);
						pending.clear();
					}
				}
			}
		} finally {
			changes.forEach(this::fire);
		}
	}

	/** Records a committed change for the listeners (under the lock, inside {@link #locked}). */
	private void changed(StoreChange.Kind kind, Collection<String> keys) {
		pending.add(new StoreChange(kind, new HashSet<>(keys)));
	}

	/**
	 * Reads from the open store under its lock, timed as a metric; failures are mapped to {@link StoreException}s
	 * naming the action and the store directory.
	 *
	 * @param action what is done, for messages ("list parts")
	 * @param metric the operation kind timed, or null for none
	 * @param work the reading
	 * @return its result
	 */
	private <R> R read(String action, String metric, Read<R> work) {
		return read(action, metric, StoreLayout::root, work);
	}

	/** As {@link #read(String, String, Read)}, naming another place of the layout in messages. */
	private synchronized <R> R read(String action, String metric, Function<StoreLayout, Path> where, Read<R> work) {
		OpenStore s = store();
		try {
			return metric == null ? work.apply(s) : metrics.service().time(metric, () -> work.apply(s));
		} catch (Exception e) {
			throw Failures.map(action, where.apply(s.layout()), e);
		}
	}

	/** Work reading the open store. */
	@FunctionalInterface
	private interface Read<R> {
		R apply(OpenStore store) throws Exception;
	}

	/** Commits work in a transaction (caller holds the lock); failures mapped as in {@link #read}. */
	private <R> R write(String action, OpenStore.Work<R> work) {
		OpenStore s = store();
		refuseWritesToCopy();
		try {
			return metrics.service().time("store.commit", () -> s.commit(work));
		} catch (Exception e) {
			if (!s.alive()) {
				throw new StoreException("Cannot " + action + " (" + s.layout().root() + "): PartForge process "
						+ s.hostedBy().map(HostFile::pid).orElse(-1L) + ", which had the store open, exited meanwhile."
						+ " Check whether the change was saved and try again (this process then opens the store).", e);
			}
			StoreException failure = Failures.map(action, s.layout().root(), e);
			if (failure instanceof StorageFullException && failure != e) {
				discard(s, failure); // H2 stops after a failed write: reopen on next use
			}
			throw failure;
		}
	}

	private void discard(OpenStore s, StoreException failure) {
		open = null;
		try {
			s.close();
		} catch (RuntimeException e) {
			failure.addSuppressed(e);
		}
		LOG.log(Level.WARNING, "Closed the store after a failed write; it reopens on next use", failure);
	}

	private void fire(StoreChange.Kind kind, Collection<String> keys) {
		fire(new StoreChange(kind, new HashSet<>(keys)));
	}

	private void fire(StoreChange change) {
		for (StoreListener listener : listeners) {
			try {
				listener.storeChanged(change);
			} catch (RuntimeException e) {
				LOG.log(Level.ERROR, "Store listener " + listener + " failed on " + change, e);
			}
		}
	}

	// ---- parts

	@Override
	public StoredPart putPart(StoredPart part) {
		validate(part);
		return locked(() -> {
			List<StoredPart> stored = writeParts("store part " + part.getId(), List.of(part), false);
			return getPart(part.getId()).orElse(stored.get(0));
		});
	}

	@Override
	public int putParts(Collection<? extends StoredPart> parts) {
		return storeParts(parts, false);
	}

	@Override
	public int importParts(Collection<? extends StoredPart> parts) {
		for (StoredPart part : parts) {
			if (part != null && part.getModified() == null) {
				throw new IllegalArgumentException("An imported part needs a modified time: " + part.getId());
			}
		}
		return storeParts(parts, true);
	}

	private int storeParts(Collection<? extends StoredPart> parts, boolean keepModified) {
		List<StoredPart> all = new ArrayList<>(parts);
		Set<String> ids = new HashSet<>();
		for (StoredPart part : all) {
			validate(part);
			if (!ids.add(part.getId())) {
				throw new IllegalArgumentException("Duplicate part id in batch: " + part.getId());
			}
		}
		return locked(() -> {
			for (int from = 0; from < all.size(); from += StoreResources.CHUNK) {
				List<StoredPart> chunk = all.subList(from, Math.min(all.size(), from + StoreResources.CHUNK));
				writeParts("store " + chunk.size() + " parts", chunk, keepModified);
			}
			return all.size();
		});
	}

	/**
	 * Replaces or adds parts (distinct ids) in one commit, with their states, and records the change.
	 *
	 * @param action what is done, for messages
	 * @param chunk the parts, copied
	 * @param keepModified whether the parts keep their modified time (import) or get the commit time
	 * @return the stored copies
	 */
	private List<StoredPart> writeParts(String action, List<StoredPart> chunk, boolean keepModified) {
		List<String> ids = chunk.stream().map(StoredPart::getId).toList();
		List<StoredPart> stored = write(action, tx -> {
			CDOResource resource = tx.getResource(StoreResources.PARTS);
			Map<String, StoredPart> existing = PartStates.parts(open, tx, ids);
			Map<String, PartState> states = PartStates.find(open, tx, ids);
			Date now = new Date();
			List<StoredPart> copies = new ArrayList<>();
			for (StoredPart part : chunk) {
				StoredPart old = existing.get(part.getId());
				StoredPart copy = prepare(part, old, keepModified ? part.getModified() : now);
				boolean put = newRecipe(old, copy);
				if (old != null) {
					resource.getContents().set(resource.getContents().indexOf(old), copy);
				} else {
					resource.getContents().add(copy);
				}
				boolean stateChanged = PartStates.mirror(tx, states.get(part.getId()), copy, now);
				if (!keepModified) {
					queue(tx, copy.getId(), put, stateChanged, now);
				}
				copies.add(copy);
			}
			return copies;
		});
		changed(StoreChange.Kind.PARTS, ids);
		return stored;
	}

	/**
	 * Queues a local part write for the team server: a new part or a new recipe ({@code PART_PUT}), a changed
	 * bookmark or last view ({@code STATE_CHANGED}).
	 */
	private void queue(CDOTransaction tx, String id, boolean put, boolean stateChanged, Date now) throws Exception {
		if (put) {
			Outbox.add(open, tx, OutboxKind.PART_PUT, id, now);
		}
		if (stateChanged) {
			Outbox.add(open, tx, OutboxKind.STATE_CHANGED, id, now);
		}
	}

	/** @return whether a part write is new or changes the recipe (checked before the old part is replaced) */
	private static boolean newRecipe(StoredPart old, StoredPart stored) {
		return old == null || !EcoreUtil.equals(old.getRecipe(), stored.getRecipe());
	}

	private static void validate(StoredPart part) {
		if (part == null || part.getId() == null || part.getId().isBlank()) {
			throw new IllegalArgumentException("A part needs a non-blank id");
		}
		if (part.getTimeSpent() < 0) {
			throw new IllegalArgumentException("timeSpent must not be negative: " + part.getTimeSpent());
		}
	}

	private static StoredPart prepare(StoredPart part, StoredPart existing, Date modified) {
		StoredPart copy = EcoreUtil.copy(part);
		copy.setKey(part.getId());
		if (existing != null) {
			copy.setCreated(existing.getCreated());
		} else if (copy.getCreated() == null) {
			copy.setCreated(modified);
		}
		copy.setModified(modified);
		return copy;
	}

	private Optional<StoredPart> findPart(CDOView on, String id) throws Exception {
		return open.query(on, Tables.PART, "SELECT CDO_ID FROM STOREDPART WHERE ID = :id", Map.of("id", id),
				StoredPart.class).stream().findFirst();
	}

	@Override
	public Optional<StoredPart> getPart(String id) {
		return read("read part " + id, "store.query.part", s -> findPart(s.view(), id).map(EcoreUtil::copy));
	}

	@Override
	public boolean deletePart(String id) {
		return locked(() -> deleteLocked(id));
	}

	private boolean deleteLocked(String id) {
		boolean deleted = write("delete part " + id, tx -> {
			Optional<StoredPart> part = findPart(tx, id);
			if (part.isEmpty()) {
				return Boolean.FALSE;
			}
			EcoreUtil.remove(part.get());
			PartStates.remove(open, tx, id);
			Outbox.add(open, tx, OutboxKind.PART_DELETED, id, new Date());
			return Boolean.TRUE;
		});
		if (deleted) {
			changed(StoreChange.Kind.PARTS, List.of(id));
		}
		return deleted;
	}

	@Override
	public int deleteReceivedParts(Collection<String> ids) {
		List<String> all = List.copyOf(ids);
		return locked(() -> {
			List<String> deleted = write("delete " + all.size() + " parts deleted on the team server", tx -> {
				List<String> gone = new ArrayList<>();
				for (String id : all) {
					Optional<StoredPart> part = findPart(tx, id);
					if (part.isPresent()) {
						EcoreUtil.remove(part.get());
						PartStates.remove(open, tx, id);
						gone.add(id);
					}
				}
				return gone;
			});
			if (!deleted.isEmpty()) {
				changed(StoreChange.Kind.PARTS, deleted);
			}
			return deleted.size();
		});
	}

	@Override
	public List<StoredPart> listParts(PartQuery query) {
		return read("list parts", "store.query.parts", s -> parts(s, query));
	}

	@Override
	public synchronized List<PartSummary> listPartSummaries(PartQuery query) {
		OpenStore s = store();
		try {
			return metrics.service().time("store.query.partSummaries", () -> PartSummaries.list(s, query));
		} catch (Exception e) {
			throw Failures.map("list parts", s.layout().root(), e);
		}
	}

	private static List<StoredPart> parts(OpenStore s, PartQuery query) {
		List<StoredPart> result = new ArrayList<>();
		for (EObject o : s.view().getResource(StoreResources.PARTS).getContents()) {
			StoredPart part = (StoredPart) o;
			if (matches(part, query)) {
				result.add(EcoreUtil.copy(part));
			}
		}
		result.sort(Comparator.comparing(StoredPart::getId));
		return result;
	}

	private static boolean matches(StoredPart part, PartQuery query) {
		return (query.bookmarked() == null || query.bookmarked() == part.isBookmarked())
				&& (query.completed() == null || query.completed() == part.isCompleted())
				&& (query.difficulty() == null
						|| part.getRecipe() != null && part.getRecipe().getDifficulty() == query.difficulty());
	}

	// ---- records

	@Override
	public long addRecord(UserRecord record) {
		return addRecords(List.of(record)).get(0);
	}

	@Override
	public List<Long> addRecords(List<? extends UserRecord> records) {
		return locked(() -> appendRecords(records, false));
	}

	@Override
	public List<Long> importRecords(List<? extends UserRecord> records) {
		return locked(() -> appendRecords(records, true));
	}

	private List<Long> appendRecords(List<? extends UserRecord> records, boolean received) {
		OpenStore s = store();
		RecordWriter writer = new RecordWriter(s, received);
		writer.validate(records);
		List<Long> ids = new ArrayList<>();
		for (int from = 0; from < records.size(); from += StoreResources.CHUNK) {
			List<? extends UserRecord> chunk = records.subList(from, Math.min(records.size(), from + StoreResources.CHUNK));
			List<Long> chunkIds = write("store " + chunk.size() + " records", tx -> writer.append(tx, chunk));
			ids.addAll(chunkIds);
			changed(StoreChange.Kind.RECORDS, chunkIds.stream().map(String::valueOf).toList());
			changed(StoreChange.Kind.PARTS, RecordWriter.partIds(chunk));
		}
		return ids;
	}

	@Override
	public List<UserRecord> listRecords(RecordQuery query) {
		return read("list records", "store.query.records", s -> RecordReader.list(s, query));
	}

	@Override
	public AttemptHistory attemptHistory(int newest) {
		if (newest < 0) {
			throw new IllegalArgumentException("newest must be at least 0: " + newest);
		}
		return read("read the attempt history", "store.query.history", s -> RecordReader.history(s, newest));
	}

	@Override
	public Statistics statistics() {
		return read("compute statistics", "store.query.statistics", RecordReader::statistics);
	}

	// ---- outbox

	@Override
	public boolean trackChanges() {
		if (read("read the sync outbox", null, s -> s.view().hasResource(StoreResources.OUTBOX))) {
			return false;
		}
		return write("start the sync outbox", tx -> Outbox.start(open, tx));
	}

	@Override
	public List<OutboxEntry> outbox(int limit) {
		return read("read the sync outbox", null, s -> Outbox.list(s.view(), limit));
	}

	@Override
	public long outboxSize() {
		return read("read the sync outbox", null, s -> Outbox.size(s.view()));
	}

	@Override
	public int removeFromOutbox(Collection<String> keys) {
		List<String> all = List.copyOf(keys);
		return locked(() -> write("remove " + all.size() + " delivered changes from the sync outbox",
				tx -> Outbox.remove(open, tx, all)));
	}

	// ---- preferences

	@Override
	public Optional<PreferenceValue> getPreference(String name) {
		return read("read preference " + name, null, s -> Preferences.find(s, s.view(), name).map(Preferences::value));
	}

	@Override
	public void putPreference(String name, PreferenceValue value) {
		Preferences.validate(name, value);
		locked(() -> {
			OpenStore s = store();
			write("store preference " + name, tx -> {
				Preferences.put(s, tx, name, value, new Date());
				return null;
			});
			if (MemoryBudget.PREFERENCE.equals(name)) {
				applyPageCache(s);
			}
			changed(StoreChange.Kind.PREFERENCES, List.of(name));
			return null;
		});
	}

	@Override
	public ExportPreferences getExportPreferences() {
		return getPreference(Preferences.EXPORT).filter(PreferenceValue.Model.class::isInstance)
				.map(v -> ((PreferenceValue.Model) v).value()).filter(ExportPreferences.class::isInstance)
				.map(v -> (ExportPreferences) v).orElseGet(ExportDefaults::create);
	}

	@Override
	public void putExportPreferences(ExportPreferences preferences) {
		putPreference(Preferences.EXPORT, new PreferenceValue.Model(preferences));
	}

	// ---- listeners

	@Override
	public void addListener(StoreListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(StoreListener listener) {
		listeners.remove(listener);
	}

	// ---- maintenance

	@Override
	public StoreInfo info() {
		return read("describe the store", null, s -> {
			Tables t = s.tables();
			StoreLayout layout = copy == null ? s.layout() : new StoreLayout(root.get());
			Optional<Instant> lastBackup = layout.latestBackup()
					.map(f -> Instant.ofEpochMilli(f.toFile().lastModified()));
			long usable = FreeSpace.usable(layout.db());
			metrics.usage(layout, s, usable, usable < FreeSpace.lowThreshold());
			return new StoreInfo(s.version(), layout.root(), StoreLayout.size(layout.db()), t.count(Tables.PART),
					t.count(Tables.RECORD), t.count(Tables.PREFERENCE), lastBackup, usable,
					usable < FreeSpace.lowThreshold(), Optional.ofNullable(copy).map(ReadOnlyCopy::fallback));
		});
	}

	@Override
	public Path backup() {
		return read("write a backup", null, StoreLayout::backups, s -> {
			refuseWritesToCopy();
			Path file = metrics.service().time("store.backup", () -> Backups.write(s.repository(), s.layout(), s.version()));
			for (Path removed : Backups.prune(s.layout(), backupsToKeep(s))) {
				LOG.log(Level.INFO, "Removed the old backup " + removed);
			}
			return file;
		});
	}

	/** @return the preference {@value #KEEP_BACKUPS} (a number, at least 1), else {@value #DEFAULT_KEEP_BACKUPS} */
	private static int backupsToKeep(OpenStore s) throws Exception {
		return Preferences.find(s, s.view(), KEEP_BACKUPS).map(Preferences::value)
				.filter(PreferenceValue.Number.class::isInstance).map(v -> ((PreferenceValue.Number) v).value())
				.filter(v -> v >= 1 && v <= 10_000).map(Double::intValue).orElse(DEFAULT_KEEP_BACKUPS);
	}

	@Override
	public synchronized List<Path> backups() {
		StoreLayout layout = new StoreLayout(root.get());
		try {
			return layout.backupsNewestFirst();
		} catch (Exception e) {
			throw Failures.map("list the backups", layout.backups(), e);
		}
	}

	@Override
	public RestoreReport restore(Optional<Path> backup) {
		return locked(() -> {
			if (closed) {
				store(); // throws StoreClosedException
			}
			closeOpen();
			RestoreReport report = metrics.service().time("store.restore",
					() -> Restorer.restore(new StoreLayout(root.get()), backup));
			changed(StoreChange.Kind.PARTS, List.of());
			changed(StoreChange.Kind.RECORDS, List.of());
			changed(StoreChange.Kind.PREFERENCES, List.of());
			return report;
		});
	}

	@Override
	public VerifyReport verify() {
		return read("verify the store", "store.verify", Verifier::verify);
	}

	@Override
	public synchronized MigrationReport migrate() {
		return store().migration();
	}

	/**
	 * Returns the query plan H2 uses for a query on the store's database (tests and diagnostics).
	 *
	 * @param sql the query
	 * @return the plan
	 */
	String explain(String sql) {
		return read("explain a query", null, s -> s.tables().explain(sql));
	}

	/**
	 * Runs a read-only query on the store's database (tests and diagnostics).
	 *
	 * @param sql the query, no parameters
	 * @return its rows
	 */
	List<Object[]> rows(String sql) {
		return read("query the database", null, s -> s.tables().rows(sql, Map.of()));
	}

	/**
	 * Says how this process uses the store (diagnostics and tests).
	 *
	 * @return {@code "host"} if it has the store open itself, {@code "client of <pid>"} if it uses another process's
	 */
	synchronized String sharing() {
		OpenStore s = store();
		return s.hostedBy().map(h -> "client of " + h.pid()).orElse("host");
	}

	/**
	 * Says where the read-only copy of a backup is, if one is shown (diagnostics and tests).
	 *
	 * @return its temporary directory, or empty if the store itself is open (or nothing is)
	 */
	synchronized Optional<Path> readOnlyCopyDirectory() {
		return Optional.ofNullable(copy).map(ReadOnlyCopy::directory);
	}

	@Override
	public String toString() {
		return "CdoPartStore[" + (open == null ? "not open" : open.layout().root()) + (closed ? ", closed" : "") + "]";
	}
}
