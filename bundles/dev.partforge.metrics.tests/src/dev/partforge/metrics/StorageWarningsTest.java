// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A warning from 90 % of the quota on (database and backups together), and when free space is low. */
class StorageWarningsTest {

	private static final long MIB = 1024 * 1024;

	private static StorageSample sample(long database, long backups, long free, boolean low) {
		return new StorageSample(Instant.EPOCH, database, backups, free, low);
	}

	@Test
	void warnsFromNinetyPercentOfTheQuota() {
		long quota = 100 * MIB;
		assertFalse(StorageWarnings.overQuota(sample(60 * MIB, 30 * MIB - 1, MIB * 1000, false), quota));
		assertTrue(StorageWarnings.overQuota(sample(60 * MIB, 30 * MIB, MIB * 1000, false), quota));
		List<String> warnings = StorageWarnings.of(sample(60 * MIB, 35 * MIB, MIB * 1000, false), quota);
		assertEquals(List.of("the database and backups use 95.0 MiB, 95 % of the quota of 100.0 MiB (preference "
				+ "storage.quotaMB); delete old backups (preference backups.keep) or raise the quota"), warnings);
	}

	@Test
	void noQuotaNoQuotaWarning() {
		assertEquals(List.of(), StorageWarnings.of(sample(Long.MAX_VALUE / 200, 0, MIB * 1000, false), 0));
		assertFalse(StorageWarnings.overQuota(sample(10 * MIB, 0, MIB, false), -1));
	}

	@Test
	void warnsWhenFreeSpaceIsLow() {
		assertEquals(List.of("only 3 MiB are free on the volume of the data directory; free some space before the "
				+ "disk fills up"), StorageWarnings.of(sample(MIB, 0, 3 * MIB + 5, true), 0));
		assertEquals(2, StorageWarnings.of(sample(MIB, 0, 3 * MIB, true), MIB).size());
	}
}
