// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A description of an open store.
 *
 * @param schemaVersion the model version of the stored data
 * @param location the store directory
 * @param sizeOnDisk bytes used by the store directory (without backups)
 * @param parts number of parts
 * @param records number of records
 * @param preferences number of preferences
 * @param lastBackup time of the newest backup file, if any
 * @param usableSpace bytes still free for the store on its file system
 * @param lowSpace whether that is below the warning threshold: the disk is about to fill up
 */
public record StoreInfo(int schemaVersion, Path location, long sizeOnDisk, long parts, long records, long preferences,
		Optional<Instant> lastBackup, long usableSpace, boolean lowSpace) {
}
