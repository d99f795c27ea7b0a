// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.time.Instant;

import dev.partforge.model.Difficulty;

/**
 * A filter for {@link PartStore#listRecords(RecordQuery)}; a null component matches everything.
 *
 * @param partId records of this part, or null
 * @param difficulty records of this difficulty, or null
 * @param from records dated at or after this instant, or null
 * @param to records dated before this instant, or null
 */
public record RecordQuery(String partId, Difficulty difficulty, Instant from, Instant to) {

	/** Matches every record. */
	public static final RecordQuery ALL = new RecordQuery(null, null, null, null);

	/**
	 * Returns a query for the records of one part.
	 *
	 * @param partId the part id
	 * @return a new query
	 */
	public static RecordQuery forPart(String partId) {
		return new RecordQuery(partId, null, null, null);
	}

	/**
	 * Returns a query for the records of one difficulty.
	 *
	 * @param difficulty the difficulty
	 * @return a new query
	 */
	public static RecordQuery forDifficulty(Difficulty difficulty) {
		return new RecordQuery(null, difficulty, null, null);
	}

	/**
	 * Returns a query for the records dated in {@code [from, to)}.
	 *
	 * @param from inclusive start
	 * @param to exclusive end
	 * @return a new query
	 */
	public static RecordQuery between(Instant from, Instant to) {
		return new RecordQuery(null, null, from, to);
	}
}
