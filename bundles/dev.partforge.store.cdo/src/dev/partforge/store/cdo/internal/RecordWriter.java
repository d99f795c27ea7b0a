// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.OutboxKind;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;

/**
 * Validates and appends attempt records, assigning id, uuid/key and times, and keeps each part's totals in line
 * with its records (timeSpent is their sum; completed once one record is). A transaction appending records holds write
 * locks on the record id counter (the root resource), on the parts it updates and on the bucket resources it adds to,
 * so that writers in several processes take turns and each one changes the newest revisions.
 */
final class RecordWriter {

	private final OpenStore store;
	private final boolean received;
	private final Map<String, Difficulty> partDifficulty = new HashMap<>();

	/**
	 * @param store    the open store
	 * @param received whether the records come from another repository (they keep their uuid and are not queued in
	 *                 the outbox) or were made here (queued)
	 */
	RecordWriter(OpenStore store, boolean received) {
		this.store = store;
		this.received = received;
	}

	/**
	 * @param records records
	 * @return the distinct part ids of the records, in first-seen order
	 */
	static List<String> partIds(List<? extends UserRecord> records) {
		return records.stream().map(UserRecord::getPartId).distinct().toList();
	}

	/**
	 * Checks all records before anything is written: the id of an existing part, a non-negative time, the uuid of a
	 * received record.
	 *
	 * @param records the records
	 */
	void validate(List<? extends UserRecord> records) {
		for (UserRecord record : records) {
			if (record == null || record.getPartId() == null || record.getPartId().isBlank()) {
				throw new IllegalArgumentException("A record needs the id of its part");
			}
			if (record.getTimeSpent() < 0) {
				throw new IllegalArgumentException("The time of a record must not be negative: " + record.getTimeSpent());
			}
			if (received && (record.getUuid() == null || record.getUuid().isBlank())) {
				throw new IllegalArgumentException("A record received from another repository needs its uuid");
			}
		}
		List<String> ids = partIds(records);
		Map<String, StoredPart> parts = findParts(store.view(), ids);
		for (String id : ids) {
			StoredPart part = parts.get(id);
			if (part == null) {
				throw new IllegalArgumentException("No part with id " + id);
			}
			partDifficulty.put(id, part.getRecipe() == null ? null : part.getRecipe().getDifficulty());
		}
	}

	/**
	 * Appends validated records in a transaction and updates their parts there.
	 *
	 * @param tx the transaction
	 * @param records records passed to {@link #validate(List)}
	 * @return the assigned ids
	 * @throws Exception if the record id lock is not granted
	 */
	List<Long> append(CDOTransaction tx, List<? extends UserRecord> records) throws Exception {
		store.lockRecordIds(tx);
		Date now = new Date();
		List<Long> ids = new ArrayList<>(records.size());
		List<UserRecord> copies = new ArrayList<>(records.size());
		List<String> queued = new ArrayList<>();
		for (UserRecord record : records) {
			UserRecord copy = EcoreUtil.copy(record);
			long id = store.nextRecordId();
			boolean preset = record.getUuid() != null && !record.getUuid().isBlank();
			String uuid = preset ? record.getUuid() : UUID.randomUUID().toString();
			if (!received) {
				queued.add(uuid);
			}
			copy.setId(id);
			copy.setUuid(uuid);
			copy.setKey(uuid);
			if (copy.getDate() == null) {
				copy.setDate(now);
			}
			if (!record.eIsSet(ModelPackage.Literals.USER_RECORD__DIFFICULTY)
					&& partDifficulty.get(record.getPartId()) != null) {
				copy.setDifficulty(partDifficulty.get(record.getPartId()));
			}
			copy.setCreated(copy.getCreated() == null ? now : copy.getCreated());
			copy.setModified(now);
			copies.add(copy);
			ids.add(id);
		}
		Map<String, List<UserRecord>> buckets = new TreeMap<>();
		copies.forEach(c -> buckets.computeIfAbsent(StoreResources.bucket(c.getId()), k -> new ArrayList<>()).add(c));
		Map<String, StoredPart> parts = findParts(tx, partIds(copies));
		List<EObject> changed = new ArrayList<>(parts.values());
		buckets.keySet().stream().filter(tx::hasResource).map(tx::getResource).forEach(changed::add);
		store.lockForUpdate(tx, changed);
		for (String uuid : queued) {
			Outbox.add(store, tx, OutboxKind.RECORD_ADDED, uuid, now);
		}
		buckets.forEach((path, list) -> tx.getOrCreateResource(path).getContents().addAll(list));
		updateParts(parts, copies, now);
		return ids;
	}

	/** Adds two non-negative times; a total beyond {@link Long#MAX_VALUE} stays at it instead of wrapping around. */
	private static long total(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	private static void updateParts(Map<String, StoredPart> parts, List<UserRecord> records, Date now) {
		Map<String, long[]> totals = new HashMap<>();
		for (UserRecord r : records) {
			long[] t = totals.computeIfAbsent(r.getPartId(), k -> new long[2]);
			t[0] = total(t[0], r.getTimeSpent());
			t[1] |= r.isCompleted() ? 1 : 0;
		}
		for (Map.Entry<String, long[]> e : totals.entrySet()) {
			StoredPart part = parts.get(e.getKey());
			if (part != null) {
				part.setTimeSpent(total(part.getTimeSpent(), e.getValue()[0]));
				part.setCompleted(part.isCompleted() || e.getValue()[1] == 1);
				part.setModified(now);
			}
		}
	}

	/** Finds parts by id. */
	private Map<String, StoredPart> findParts(CDOView on, List<String> ids) {
		try {
			return PartStates.parts(store, on, ids);
		} catch (SQLException e) {
			throw Failures.map("look up parts", store.layout().root(), e);
		}
	}
}
