// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The result of a migration.
 *
 * @param fromVersion the schema version found
 * @param toVersion the schema version now stored
 * @param backup the backup written before migrating, empty if nothing had to be migrated
 * @param parts parts migrated
 * @param records records migrated
 * @param preferences preferences migrated
 */
public record MigrationReport(int fromVersion, int toVersion, Optional<Path> backup, long parts, long records,
		long preferences) {

	/**
	 * Returns whether data was migrated.
	 *
	 * @return true if the version changed
	 */
	public boolean migrated() {
		return fromVersion != toVersion;
	}
}
