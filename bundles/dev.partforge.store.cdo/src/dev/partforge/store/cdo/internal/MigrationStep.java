// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.time.Instant;

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
}
