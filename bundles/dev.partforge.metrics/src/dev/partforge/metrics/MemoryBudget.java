// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The memory budget of PartForge's caches: one figure in MiB (the store preference {@value #PREFERENCE}) from which
 * every {@link LruCache} registered here takes its bound, as its share of the budget divided by the estimated size of
 * one entry. Changing the budget re-bounds every registered cache at once (dropping the least recently used entries
 * beyond a smaller bound), so a new budget applies without a restart; the bounds show in the caches' figures.
 * <p>
 * Thread-safe. One budget per process: the caches it bounds are the process's own.
 */
public final class MemoryBudget {

	/** The store preference holding the budget in MiB (a number). */
	public static final String PREFERENCE = "cache.memoryMB";

	/** The budget when the preference is not set, in MiB. */
	public static final int DEFAULT_MB = 256;

	/**
	 * The share of the budget the store's database page cache (H2) takes; the store sizes that cache itself, from the
	 * same preference, the other half goes to the caches registered here.
	 */
	public static final double DATABASE_SHARE = 0.5;

	/** The smallest budget accepted, in MiB. */
	public static final int MIN_MB = 8;

	/** The largest budget accepted, in MiB. */
	public static final int MAX_MB = 16_384;

	private static final long MIB = 1024L * 1024;
	private static final List<Share> SHARES = new CopyOnWriteArrayList<>();
	private static volatile int megabytes = DEFAULT_MB;

	private record Share(LruCache<?, ?> cache, double share, long entryBytes) {

		int bound(int mb) {
			return MemoryBudget.bound(mb, share, entryBytes);
		}
	}

	private MemoryBudget() {
	}

	/**
	 * Bounds a cache by the budget from now on: its bound becomes its share of the current budget divided by the
	 * estimated size of one entry (at least 1), and follows every later change of the budget.
	 *
	 * @param cache      the cache
	 * @param share      its share of the budget, above 0 and at most 1
	 * @param entryBytes the estimated size of one entry in bytes, at least 1
	 */
	public static void register(LruCache<?, ?> cache, double share, long entryBytes) {
		Objects.requireNonNull(cache, "cache");
		if (!(share > 0 && share <= 1) || entryBytes < 1) {
			throw new IllegalArgumentException("share " + share + " or entry size " + entryBytes + " out of range");
		}
		Share s = new Share(cache, share, entryBytes);
		SHARES.add(s);
		cache.setBound(s.bound(megabytes));
	}

	/**
	 * Sets the budget and re-bounds every registered cache.
	 *
	 * @param mb the budget in MiB, from {@value #MIN_MB} to {@value #MAX_MB}
	 */
	public static synchronized void apply(int mb) {
		megabytes = checked(mb);
		for (Share s : SHARES) {
			s.cache().setBound(s.bound(mb));
		}
	}

	/**
	 * @param value the preference's value, if it is a number
	 * @return the budget it sets: the value when it is a whole number from {@value #MIN_MB} to {@value #MAX_MB}, else
	 *         {@value #DEFAULT_MB}
	 */
	public static int of(Optional<Double> value) {
		return value.filter(v -> v >= MIN_MB && v <= MAX_MB && v == Math.rint(v)).map(Double::intValue).orElse(DEFAULT_MB);
	}

	/**
	 * @param mb a budget in MiB
	 * @return the size of the store's database page cache under that budget, in KiB ({@link #DATABASE_SHARE} of it)
	 */
	public static long databaseKilobytes(int mb) {
		return (long) (checked(mb) * 1024L * DATABASE_SHARE);
	}

	/**
	 * Reports the figures of every registered cache (so that a new bound shows at once).
	 *
	 * @param metrics where to report
	 */
	public static void report(Metrics metrics) {
		for (Share s : SHARES) {
			s.cache().report(metrics);
		}
	}

	/**
	 * Returns the budget now.
	 *
	 * @return the budget in MiB
	 */
	public static int megabytes() {
		return megabytes;
	}

	/**
	 * Returns the bound a cache gets from a budget.
	 *
	 * @param mb         the budget in MiB
	 * @param share      the cache's share of it
	 * @param entryBytes the estimated size of one entry in bytes
	 * @return {@code mb} MiB times {@code share} divided by {@code entryBytes}, at least 1
	 */
	public static int bound(int mb, double share, long entryBytes) {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) (mb * MIB * share) / entryBytes));
	}

	/**
	 * Checks a budget.
	 *
	 * @param mb the budget in MiB
	 * @return {@code mb}
	 * @throws IllegalArgumentException if it is outside {@value #MIN_MB} to {@value #MAX_MB}
	 */
	public static int checked(int mb) {
		if (mb < MIN_MB || mb > MAX_MB) {
			throw new IllegalArgumentException(
					"the memory budget must be " + MIN_MB + " to " + MAX_MB + " MiB, was " + mb);
		}
		return mb;
	}
}
