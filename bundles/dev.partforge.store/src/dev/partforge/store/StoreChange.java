// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.util.Set;

/**
 * A committed change, reported to {@link StoreListener}s.
 *
 * @param kind what kind of objects changed
 * @param keys the ids of the changed parts, the ids (as strings) of the records, or the preference names; empty when
 *            another process using the same store made the change (every kind is reported then, keys unknown)
 */
public record StoreChange(Kind kind, Set<String> keys) {

	/** The kinds of stored objects. */
	public enum Kind {
		/** Parts were put or deleted. */
		PARTS,
		/** Records were added. */
		RECORDS,
		/** Preferences were set. */
		PREFERENCES
	}

	/**
	 * Creates a change.
	 *
	 * @param kind the kind
	 * @param keys the keys
	 */
	public StoreChange {
		keys = Set.copyOf(keys);
	}
}
