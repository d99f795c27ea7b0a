// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.util.List;
import java.util.Optional;

/**
 * Per-user session state kept in Eclipse instance preferences (not in the repository): recently viewed parts, UI
 * state and the running timer. Values survive restarts once {@link #flush()} has run (setters flush).
 */
public interface SessionState {

	/** How many recently viewed parts are kept. */
	int RECENT_LIMIT = 20;

	/**
	 * Returns the recently viewed part ids, most recent first.
	 *
	 * @return at most {@link #RECENT_LIMIT} ids
	 */
	List<String> recentParts();

	/**
	 * Records that a part was viewed.
	 *
	 * @param partId the part id
	 */
	void viewed(String partId);

	/**
	 * Reads a UI state value.
	 *
	 * @param key the key, e.g. {@code "browser.sort"}
	 * @return the value, or empty
	 */
	Optional<String> uiState(String key);

	/**
	 * Stores a UI state value.
	 *
	 * @param key the key
	 * @param value the value, or null to remove it
	 */
	void putUiState(String key, String value);

	/**
	 * Returns the running (or paused) timer.
	 *
	 * @return the timer, or empty if none
	 */
	Optional<TimerState> timer();

	/**
	 * Stores the timer state, or clears it.
	 *
	 * @param timer the timer, or null to clear
	 */
	void putTimer(TimerState timer);

	/** Writes pending changes to disk. */
	void flush();
}
