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
 * @param fallback present when the store could not be opened and a read-only copy of a backup is shown instead
 */
public record StoreInfo(int schemaVersion, Path location, long sizeOnDisk, long parts, long records, long preferences,
		Optional<Instant> lastBackup, long usableSpace, boolean lowSpace, Optional<Fallback> fallback) {

	/**
	 * The read-only fallback: the store's database is damaged or missing, so the newest good backup is shown from a
	 * temporary copy; reads work, every write is refused with {@link #message()}, the damaged file is left as it is.
	 *
	 * @param backup the backup file shown
	 * @param reason why the store itself could not be opened (one line)
	 */
	public record Fallback(Path backup, String reason) {

		/** @return the one-line explanation shown to the user and used to refuse writes */
		public String message() {
			return "PartForge is showing a read-only copy of the backup " + backup + " because " + reason
					+ "; run 'partforge store restore' or use Restore... in the Storage view";
		}
	}
}
