// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.partforge.model.ExportPreferences;
import dev.partforge.model.OutboxEntry;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;

/**
 * The persistent store of parts, attempt records and preferences (an OSGi service).
 * <p>
 * Objects passed in are copied; objects returned are detached copies that the caller owns and may change freely
 * (changes are stored only by passing them back). Keys, creation and modification times are maintained by the store:
 * {@code created} is kept from the first put, {@code modified} is set on every put. Every method may throw a
 * {@link StoreException} subclass; a failed call changes nothing. Batch operations commit in chunks: a failure
 * stops at the failing chunk, earlier chunks stay committed.
 * <p>
 * Listeners are called after a successful change, on the thread that made it.
 * <p>
 * Once the library synchronises with a team server ({@link #trackChanges()}), every local change that the server must
 * learn is queued in the <em>outbox</em> in the same transaction as the change itself, so that no crash can leave one
 * without the other: a part stored with a new recipe (or a new part)
 * ({@code PART_PUT}), a part deleted ({@code PART_DELETED}), a record added ({@code RECORD_ADDED}), a bookmark or
 * last view changed ({@code STATE_CHANGED}). Changes received from another repository
 * ({@link #importParts(Collection)}, {@link #importRecords(List)}, {@link #deleteReceivedParts(Collection)}) are
 * not queued: the origin of a change is always said by the method called, never guessed from the data. The
 * synchronisation reads the outbox ({@link #outbox(int)}) and removes the entries it delivered
 * ({@link #removeFromOutbox(Collection)}).
 * <p>
 * Behaviour is specified by the abstract contract test {@code dev.partforge.store.testing.StoreContractTest}
 * (bundle {@code dev.partforge.store.testing}); every implementation must pass it.
 *
 * @noimplement This interface is not intended to be implemented by clients other than store implementations that
 *              pass the contract test.
 */
public interface PartStore {

	/**
	 * Stores a part, replacing a stored part with the same id.
	 *
	 * @param part a part with a non-blank id
	 * @return a detached copy of the stored state (with key, created and modified set)
	 */
	StoredPart putPart(StoredPart part);

	/**
	 * Stores many parts, one transaction per chunk.
	 *
	 * @param parts parts with non-blank, distinct ids
	 * @return the number of parts stored
	 */
	int putParts(Collection<? extends StoredPart> parts);

	/**
	 * Stores parts received from another repository (synchronisation): like {@link #putParts(Collection)}, but each
	 * part keeps the modified time it carries instead of getting the current time, so that last-writer-wins
	 * comparisons see when the part was really edited.
	 *
	 * @param parts parts with non-blank, distinct ids and a modified time
	 * @return the number of parts stored
	 */
	int importParts(Collection<? extends StoredPart> parts);

	/**
	 * Reads one part.
	 *
	 * @param id the part id
	 * @return a detached copy, or empty if there is no such part
	 */
	Optional<StoredPart> getPart(String id);

	/**
	 * Deletes a part (its records stay: they are history).
	 *
	 * @param id the part id
	 * @return whether a part was deleted
	 */
	boolean deletePart(String id);

	/**
	 * Deletes parts deleted in another repository (synchronisation): like {@link #deletePart(String)}, one
	 * transaction for all, but nothing is queued in the outbox.
	 *
	 * @param ids the part ids
	 * @return how many parts were deleted
	 */
	int deleteReceivedParts(Collection<String> ids);

	/**
	 * Lists parts matching a query, ordered by id.
	 *
	 * @param query the filter, {@link PartQuery#ALL} for all parts
	 * @return detached copies
	 */
	List<StoredPart> listParts(PartQuery query);

	/**
	 * Lists what a table of parts shows of the parts matching a query, ordered by id, without loading the parts: the
	 * same values as {@link #listParts(PartQuery)} and {@link #statistics()} give, at a fraction of their cost for a
	 * large library.
	 *
	 * @param query the filter, {@link PartQuery#ALL} for all parts
	 * @return one summary per matching part
	 */
	List<PartSummary> listPartSummaries(PartQuery query);

	/**
	 * Adds an attempt record. The store assigns the id (auto-increment), the uuid/key and the modification time; the
	 * date defaults to now and the difficulty to the part's. In the same transaction the part's timeSpent grows by the
	 * record's time and the part becomes completed if the record is; listeners get a RECORDS and a PARTS change.
	 *
	 * @param record a record with a partId and a non-negative timeSpent
	 * @return the assigned id
	 */
	long addRecord(UserRecord record);

	/**
	 * Adds many records made here, one transaction per chunk, each queued in the outbox. A record that carries a
	 * {@code uuid} keeps it; the others get a new one.
	 *
	 * @param records the records
	 * @return the assigned ids, in order
	 */
	List<Long> addRecords(List<? extends UserRecord> records);

	/**
	 * Adds records received from another repository (synchronisation): like {@link #addRecords(List)}, but each
	 * record must carry the {@code uuid} it has there, keeps it, and nothing is queued in the outbox.
	 *
	 * @param records records with a non-blank uuid
	 * @return the assigned ids, in order
	 */
	List<Long> importRecords(List<? extends UserRecord> records);

	/**
	 * Lists records matching a query, ordered by id.
	 *
	 * @param query the filter, {@link RecordQuery#ALL} for all records
	 * @return detached copies
	 */
	List<UserRecord> listRecords(RecordQuery query);

	/**
	 * Reads every record's date, time spent, difficulty, completion and check result as columns, dated records
	 * oldest first, and the newest records as objects: progress figures and charts over 10⁶ records without an
	 * object per record.
	 *
	 * @param newest how many of the newest records (by date, then id) to return as objects, at least 0
	 * @return the history
	 * @since 1.2
	 */
	AttemptHistory attemptHistory(int newest);

	/**
	 * Starts queueing local changes in the outbox, for a team server. A library that has never synchronised queues
	 * nothing (an entry per record would cost more disk than the record): its first synchronisation compares every
	 * part and record with the server's, and calls this before it reads them, so that a change made by any process
	 * from then on is queued. Idempotent; the outbox stays on once started.
	 *
	 * @return true when queueing starts with this call (it was off): the caller must compare everything once
	 */
	boolean trackChanges();

	/**
	 * Reads the oldest entries of the outbox (changes waiting to be sent to a team server), oldest first.
	 *
	 * @param limit at most this many
	 * @return detached copies; the business key is the part id or the record uuid
	 */
	List<OutboxEntry> outbox(int limit);

	/**
	 * Counts the outbox entries.
	 *
	 * @return how many changes wait to be sent
	 */
	long outboxSize();

	/**
	 * Removes delivered entries from the outbox, in one transaction. Keys no longer there are ignored.
	 *
	 * @param keys the entries' keys
	 * @return how many were removed
	 */
	int removeFromOutbox(Collection<String> keys);

	/**
	 * Aggregates the records per part and per difficulty.
	 *
	 * @return the statistics
	 */
	Statistics statistics();

	/**
	 * Reads a preference.
	 *
	 * @param name the preference name
	 * @return its value, or empty if unset
	 */
	Optional<PreferenceValue> getPreference(String name);

	/**
	 * Sets a preference.
	 *
	 * @param name a non-blank name
	 * @param value the typed value
	 */
	void putPreference(String name, PreferenceValue value);

	/**
	 * Returns the stored export preferences, or defaults if none are stored.
	 *
	 * @return a detached copy
	 */
	ExportPreferences getExportPreferences();

	/**
	 * Stores the export preferences.
	 *
	 * @param preferences the preferences
	 */
	void putExportPreferences(ExportPreferences preferences);

	/**
	 * Registers a listener for changes.
	 *
	 * @param listener the listener
	 */
	void addListener(StoreListener listener);

	/**
	 * Removes a listener.
	 *
	 * @param listener the listener
	 */
	void removeListener(StoreListener listener);

	/**
	 * Describes the store: schema version, location, size, counts, last backup.
	 *
	 * @return the description
	 */
	StoreInfo info();

	/**
	 * Writes a compressed, timestamped backup into the store's backup directory.
	 *
	 * @return the backup file
	 */
	Path backup();

	/**
	 * Lists the backups, newest first. Works also when the store cannot be opened.
	 *
	 * @return the backup files
	 */
	List<Path> backups();

	/**
	 * Replaces the database with a backup. Works also when the store cannot be opened (a damaged database): the current
	 * database is kept aside, never deleted; the restored one is verified before it replaces it, and the swap survives
	 * a crash at any point. An older backup is migrated when the store opens next.
	 *
	 * @param backup the backup to restore, or empty for the newest one that can be read
	 * @return what was restored and where the replaced database was kept
	 * @throws StoreException if no backup can be restored; the current database is then unchanged
	 */
	RestoreReport restore(Optional<Path> backup);

	/**
	 * Checks the stored data (readability, counts, unique keys and ids).
	 *
	 * @return the findings
	 */
	VerifyReport verify();

	/**
	 * Migrates the store to the current schema if it is older (the store also does this when it opens).
	 *
	 * @return what was done
	 */
	MigrationReport migrate();
}
