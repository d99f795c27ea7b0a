// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One explicit migration from schema version {@code n} to {@code n + 1}. */
interface MigrationStep {

	/** @return the version this step reads */
	int fromVersion();

	/**
	 * Migrates detached objects.
	 *
	 * @param in objects of {@link #fromVersion()}
	 * @param now the migration time (for new timestamps)
	 * @return objects of {@code fromVersion() + 1}
	 */
	Snapshot apply(Snapshot in, Instant now);

	/**
	 * @return the features ({@code Class.feature}, names of {@link #fromVersion()}) whose values this step converts on
	 *         purpose: the migration's content checksum leaves them out and {@link #check} verifies them
	 */
	default Set<String> converted() {
		return Set.of();
	}

	/**
	 * Checks what this step adds or converts, in the migrated data as written and read back.
	 *
	 * @param in this step's input
	 * @param written the migrated objects as stored (of the current version)
	 * @param problems where to add what is wrong, one line each
	 */
	default void check(Snapshot in, Snapshot written, List<String> problems) {
	}
}
