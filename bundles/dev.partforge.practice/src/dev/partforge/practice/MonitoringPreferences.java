// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice;

import java.util.Optional;

import dev.partforge.metrics.MemoryBudget;
import dev.partforge.metrics.StorageWarnings;
import dev.partforge.store.PartStore;
import dev.partforge.store.PreferenceValue;

/**
 * The monitoring preferences stored with the data, read and written alike by the workbench (preference page, Storage
 * Monitor, the caches) and the command line ({@code partforge prefs}, {@code partforge metrics}): the caches' memory
 * budget ({@value MemoryBudget#PREFERENCE}) and the storage quota ({@value StorageWarnings#QUOTA_PREFERENCE}).
 */
public final class MonitoringPreferences {

	/** The largest storage quota accepted, in MiB (about 1 PiB). */
	public static final double MAX_QUOTA_MB = 1e9;

	private static final long MIB = 1024L * 1024;

	private MonitoringPreferences() {
	}

	/**
	 * @param store the store
	 * @return the memory budget in MiB: the preference when it is a whole number from {@value MemoryBudget#MIN_MB} to
	 *         {@value MemoryBudget#MAX_MB}, else {@value MemoryBudget#DEFAULT_MB}
	 */
	public static int memoryBudgetMB(PartStore store) {
		return MemoryBudget.of(number(store, MemoryBudget.PREFERENCE));
	}

	/**
	 * Stores the memory budget.
	 *
	 * @param store the store
	 * @param mb    the budget in MiB, from {@value MemoryBudget#MIN_MB} to {@value MemoryBudget#MAX_MB}
	 */
	public static void putMemoryBudgetMB(PartStore store, int mb) {
		store.putPreference(MemoryBudget.PREFERENCE, new PreferenceValue.Number(MemoryBudget.checked(mb)));
	}

	/**
	 * @param store the store
	 * @return the storage quota in MiB (fractions allowed): the preference when it is a positive number up to
	 *         {@value #MAX_QUOTA_MB}, else 0 (no quota)
	 */
	public static double quotaMB(PartStore store) {
		return number(store, StorageWarnings.QUOTA_PREFERENCE).filter(v -> v > 0 && v <= MAX_QUOTA_MB).orElse(0.0);
	}

	/**
	 * @param store the store
	 * @return the storage quota in bytes, 0 for none
	 */
	public static long quotaBytes(PartStore store) {
		return (long) (quotaMB(store) * MIB);
	}

	/**
	 * Stores the storage quota.
	 *
	 * @param store the store
	 * @param mb    the quota in MiB, 0 for none, at most {@value #MAX_QUOTA_MB}
	 */
	public static void putQuotaMB(PartStore store, double mb) {
		if (!(mb >= 0 && mb <= MAX_QUOTA_MB)) {
			throw new IllegalArgumentException("the storage quota must be from 0 to 1e9 MiB, was " + mb);
		}
		store.putPreference(StorageWarnings.QUOTA_PREFERENCE, new PreferenceValue.Number(mb));
	}

	private static Optional<Double> number(PartStore store, String name) {
		return store.getPreference(name).filter(PreferenceValue.Number.class::isInstance)
				.map(v -> ((PreferenceValue.Number) v).value());
	}
}
