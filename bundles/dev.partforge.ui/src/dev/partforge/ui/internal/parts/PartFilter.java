// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.Locale;
import java.util.function.Predicate;

import dev.partforge.model.Difficulty;

/**
 * The Parts view's filter.
 *
 * @param difficulty     only this difficulty, or null for all
 * @param bookmarkedOnly only bookmarked parts
 * @param completed      only completed (true) or open (false) parts, or null for all
 * @param text           case-insensitive substring of the name, id or seed; blank for all
 */
public record PartFilter(Difficulty difficulty, boolean bookmarkedOnly, Boolean completed, String text)
		implements Predicate<PartRow> {

	/** Shows every part. */
	public static final PartFilter NONE = new PartFilter(null, false, null, ""); //$NON-NLS-1$

	@Override
	public boolean test(PartRow row) {
		if (difficulty != null && difficulty != row.difficulty()) {
			return false;
		}
		if (bookmarkedOnly && !row.bookmarked()) {
			return false;
		}
		if (completed != null && completed != row.completed()) {
			return false;
		}
		if (text == null || text.isBlank()) {
			return true;
		}
		String needle = text.strip().toLowerCase(Locale.ROOT);
		return row.name().toLowerCase(Locale.ROOT).contains(needle)
				|| row.id().toLowerCase(Locale.ROOT).contains(needle) || Long.toString(row.seed()).contains(needle);
	}

	/**
	 * @param value the difficulty, or null
	 * @return a copy with that difficulty
	 */
	public PartFilter withDifficulty(Difficulty value) {
		return new PartFilter(value, bookmarkedOnly, completed, text);
	}

	/**
	 * @param value only bookmarked parts
	 * @return a copy
	 */
	public PartFilter withBookmarkedOnly(boolean value) {
		return new PartFilter(difficulty, value, completed, text);
	}

	/**
	 * @param value the completion state, or null
	 * @return a copy
	 */
	public PartFilter withCompleted(Boolean value) {
		return new PartFilter(difficulty, bookmarkedOnly, value, text);
	}

	/**
	 * @param value the search text
	 * @return a copy
	 */
	public PartFilter withText(String value) {
		return new PartFilter(difficulty, bookmarkedOnly, completed, value);
	}
}
