// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The warnings about storage that the Storage Monitor view and {@code partforge metrics} show: free space on the
 * volume below the store's threshold ({@link StorageSample#low()}), and the database and backups together using at
 * least {@value #QUOTA_PERCENT} % of the quota (the store preference {@value #QUOTA_PREFERENCE}, in MiB; none when it
 * is not set or 0).
 */
public final class StorageWarnings {

	/** The store preference holding the quota for the database and backups together, in MiB (0 or unset: none). */
	public static final String QUOTA_PREFERENCE = "storage.quotaMB";

	/** The share of the quota, in percent, from which on it warns. */
	public static final int QUOTA_PERCENT = 90;

	private static final double MIB = 1024.0 * 1024;

	private StorageWarnings() {
	}

	/**
	 * Returns the warnings for a storage sample, each one sentence starting in lower case.
	 *
	 * @param sample     the storage figures
	 * @param quotaBytes the quota of database and backups together in bytes, 0 for none
	 * @return the warnings, empty when there is nothing to warn about
	 */
	public static List<String> of(StorageSample sample, long quotaBytes) {
		List<String> warnings = new ArrayList<>(2);
		if (sample.low()) {
			warnings.add(String.format(Locale.ROOT, "only %d MiB are free on the volume of the data directory; "
					+ "free some space before the disk fills up", sample.free() / (1024 * 1024)));
		}
		if (overQuota(sample, quotaBytes)) {
			long used = sample.database() + sample.backups();
			warnings.add(String.format(Locale.ROOT, "the database and backups use %.1f MiB, %.0f %% of the quota of "
					+ "%.1f MiB (preference %s); delete old backups (preference backups.keep) or raise the quota",
					used / MIB, 100.0 * used / quotaBytes, quotaBytes / MIB, QUOTA_PREFERENCE));
		}
		return warnings;
	}

	/**
	 * Tells whether the database and backups use at least {@value #QUOTA_PERCENT} % of a quota.
	 *
	 * @param sample     the storage figures
	 * @param quotaBytes the quota in bytes, 0 for none
	 * @return true if there is a quota and the usage reaches {@value #QUOTA_PERCENT} % of it
	 */
	public static boolean overQuota(StorageSample sample, long quotaBytes) {
		if (quotaBytes <= 0) {
			return false;
		}
		long used = sample.database() + sample.backups();
		return used * 100 >= quotaBytes * QUOTA_PERCENT;
	}
}
