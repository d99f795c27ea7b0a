// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * Storage used by PartForge's data at one moment.
 *
 * @param at        when it was measured
 * @param database  bytes of the database
 * @param backups   bytes of the backups
 * @param free      bytes usable on the volume holding the data
 * @param low       whether free space is below the store's warning threshold
 */
public record StorageSample(Instant at, long database, long backups, long free, boolean low) {

	/** Checks the values. */
	public StorageSample {
		Objects.requireNonNull(at, "at");
		if (database < 0 || backups < 0 || free < 0) {
			throw new IllegalArgumentException("negative size in " + database + "/" + backups + "/" + free);
		}
	}
}
