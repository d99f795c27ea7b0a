// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * All stored objects of one schema version, detached from any repository, in stored order.
 *
 * @param version the schema version of the objects' package
 * @param parts the parts (resource {@value StoreResources#PARTS})
 * @param records the records, ordered by id (bucket resources /records-N; one resource /records before v3)
 * @param preferences the preferences (resource {@value StoreResources#PREFERENCES})
 * @param states the local user's part states (resource {@value StoreResources#STATES}; since v4)
 * @param outbox the sync outbox entries (resource {@value StoreResources#OUTBOX}; since v4)
 * @param sync the sync bookkeeping, at most one object (resource {@value StoreResources#SYNC}; since v4)
 */
record Snapshot(int version, List<EObject> parts, List<EObject> records, List<EObject> preferences,
		List<EObject> states, List<EObject> outbox, List<EObject> sync) {

	Snapshot {
		parts = List.copyOf(parts);
		records = List.copyOf(records);
		preferences = List.copyOf(preferences);
		states = List.copyOf(states);
		outbox = List.copyOf(outbox);
		sync = List.copyOf(sync);
	}

	/**
	 * A snapshot of a version before v4, which had parts, records and preferences only.
	 *
	 * @param version the schema version
	 * @param parts the parts
	 * @param records the records
	 * @param preferences the preferences
	 */
	Snapshot(int version, List<EObject> parts, List<EObject> records, List<EObject> preferences) {
		this(version, parts, records, preferences, List.of(), List.of(), List.of());
	}

	/** @return the lists of stored objects (every list but {@link #sync()}, whose object has no key) */
	List<List<EObject>> keyed() {
		return List.of(parts, records, preferences, states, outbox);
	}

	/**
	 * @param schema a schema version
	 * @return the lists that a store of that version has: parts, records, preferences; since v4 also states, outbox
	 *         and sync
	 */
	List<List<EObject>> lists(int schema) {
		return schema < 4 ? List.of(parts, records, preferences) : List.of(parts, records, preferences, states, outbox, sync);
	}

	/** @return a one-line summary of the counts */
	String counts() {
		return parts.size() + " parts, " + records.size() + " records, " + preferences.size() + " preferences, "
				+ states.size() + " part states, " + outbox.size() + " outbox entries, " + sync.size() + " sync states";
	}
}
