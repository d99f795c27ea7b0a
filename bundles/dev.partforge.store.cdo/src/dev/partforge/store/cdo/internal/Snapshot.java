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
 */
record Snapshot(int version, List<EObject> parts, List<EObject> records, List<EObject> preferences) {

	Snapshot {
		parts = List.copyOf(parts);
		records = List.copyOf(records);
		preferences = List.copyOf(preferences);
	}

	/** @return a one-line summary of the counts */
	String counts() {
		return parts.size() + " parts, " + records.size() + " records, " + preferences.size() + " preferences";
	}
}
