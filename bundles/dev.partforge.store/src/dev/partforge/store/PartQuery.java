// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import dev.partforge.model.Difficulty;

/**
 * A filter for {@link PartStore#listParts(PartQuery)}; a null component matches everything.
 *
 * @param bookmarked required bookmark state, or null
 * @param completed required completion state, or null
 * @param difficulty required recipe difficulty, or null
 */
public record PartQuery(Boolean bookmarked, Boolean completed, Difficulty difficulty) {

	/** Matches every part. */
	public static final PartQuery ALL = new PartQuery(null, null, null);

	/**
	 * Returns this query restricted to a bookmark state.
	 *
	 * @param value the bookmark state
	 * @return a new query
	 */
	public PartQuery withBookmarked(boolean value) {
		return new PartQuery(value, completed, difficulty);
	}

	/**
	 * Returns this query restricted to a completion state.
	 *
	 * @param value the completion state
	 * @return a new query
	 */
	public PartQuery withCompleted(boolean value) {
		return new PartQuery(bookmarked, value, difficulty);
	}

	/**
	 * Returns this query restricted to a difficulty.
	 *
	 * @param value the difficulty
	 * @return a new query
	 */
	public PartQuery withDifficulty(Difficulty value) {
		return new PartQuery(bookmarked, completed, value);
	}
}
