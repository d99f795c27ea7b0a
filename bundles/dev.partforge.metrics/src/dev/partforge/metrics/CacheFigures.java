// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import java.util.Objects;

/**
 * A cache's figures: how full it is, its bound and how often it answered.
 *
 * @param name   the cache, e.g. {@code "cdo.revisions"}
 * @param size   entries in it now
 * @param bound  the most entries it keeps; 0 if only memory bounds it (entries held by soft references)
 * @param hits   lookups it answered (0 with {@code misses} 0 if the cache does not count them)
 * @param misses lookups it could not answer
 */
public record CacheFigures(String name, long size, long bound, long hits, long misses) {

	/** Checks the values. */
	public CacheFigures {
		Objects.requireNonNull(name, "name");
		if (size < 0 || bound < 0 || hits < 0 || misses < 0) {
			throw new IllegalArgumentException("negative figure for cache " + name);
		}
	}

	/**
	 * Returns the share of lookups the cache answered.
	 *
	 * @return hits / (hits + misses), 0 when nothing was looked up
	 */
	public double hitRate() {
		long lookups = hits + misses;
		return lookups == 0 ? 0 : (double) hits / lookups;
	}
}
