// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;

/** Validates and appends attempt records, assigning id, uuid/key and times. */
final class RecordWriter {

	private final OpenStore store;
	private final Map<String, Difficulty> partDifficulty = new HashMap<>();

	/**
	 * @param store the open store
	 */
	RecordWriter(OpenStore store) {
		this.store = store;
	}

	/**
	 * Checks all records before anything is written: a part id of an existing part, a non-negative time.
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
			if (!partDifficulty.containsKey(record.getPartId())) {
				StoredPart part = findPart(record.getPartId());
				partDifficulty.put(record.getPartId(), part.getRecipe() == null ? null : part.getRecipe().getDifficulty());
			}
		}
	}

	private StoredPart findPart(String id) {
		try {
			return store.query(store.view(), Tables.PART, "SELECT CDO_ID FROM STOREDPART WHERE ID = :id",
					Map.of("id", id), StoredPart.class).stream().findFirst()
					.orElseThrow(() -> new IllegalArgumentException("No part with id " + id));
		} catch (java.sql.SQLException e) {
			throw Failures.map("look up part " + id, store.layout().root(), e);
		}
	}

	/**
	 * Appends validated records in a transaction.
	 *
	 * @param tx the transaction
	 * @param records records passed to {@link #validate(List)}
	 * @return the assigned ids
	 */
	List<Long> append(CDOTransaction tx, List<? extends UserRecord> records) {
		CDOResource resource = tx.getResource(StoreResources.RECORDS);
		Date now = new Date();
		List<Long> ids = new ArrayList<>(records.size());
		List<UserRecord> copies = new ArrayList<>(records.size());
		for (UserRecord record : records) {
			UserRecord copy = EcoreUtil.copy(record);
			long id = store.nextRecordId();
			String uuid = UUID.randomUUID().toString();
			copy.setId(id);
			copy.setUuid(uuid);
			copy.setKey(uuid);
			if (copy.getDate() == null) {
				copy.setDate(now);
			}
			if (!record.eIsSet(record.eClass().getEStructuralFeature("difficulty"))
					&& partDifficulty.get(record.getPartId()) != null) {
				copy.setDifficulty(partDifficulty.get(record.getPartId()));
			}
			copy.setCreated(copy.getCreated() == null ? now : copy.getCreated());
			copy.setModified(now);
			copies.add(copy);
			ids.add(id);
		}
		resource.getContents().addAll(copies);
		updateParts(tx, copies, now);
		return ids;
	}

	/** Keeps each part's totals in line with its records: timeSpent is their sum, completed once one is. */
	private void updateParts(CDOTransaction tx, List<UserRecord> records, Date now) {
		Map<String, long[]> totals = new HashMap<>();
		for (UserRecord r : records) {
			long[] t = totals.computeIfAbsent(r.getPartId(), k -> new long[2]);
			t[0] += r.getTimeSpent();
			t[1] |= r.isCompleted() ? 1 : 0;
		}
		for (Map.Entry<String, long[]> e : totals.entrySet()) {
			StoredPart part;
			try {
				part = store.query(tx, Tables.PART, "SELECT CDO_ID FROM STOREDPART WHERE ID = :id",
						Map.of("id", e.getKey()), StoredPart.class).stream().findFirst().orElse(null);
			} catch (java.sql.SQLException ex) {
				throw Failures.map("update part " + e.getKey(), store.layout().root(), ex);
			}
			if (part != null) {
				part.setTimeSpent(part.getTimeSpent() + e.getValue()[0]);
				part.setCompleted(part.isCompleted() || e.getValue()[1] == 1);
				part.setModified(now);
			}
		}
	}

	/**
	 * @param records records
	 * @return the distinct part ids of the records
	 */
	static List<String> partIds(List<? extends UserRecord> records) {
		return records.stream().map(UserRecord::getPartId).distinct().toList();
	}
}
