// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes backups (the repository as CDO XML, model and data, gzip-compressed, timestamped) and prunes old ones. */
final class Backups {

	private Backups() {
	}

	/**
	 * Exports a repository into a new backup file (written to a temporary name, synced, then moved, so a returned backup
	 * is complete on disk and a failed one leaves no partial file; one left by a crash is removed on the next open).
	 *
	 * @param repository the open repository
	 * @param layout the store layout
	 * @param version the schema version of the data
	 * @return the backup file
	 * @throws IOException if writing fails
	 */
	static Path write(EmbeddedRepository repository, StoreLayout layout, int version) throws IOException {
		Files.createDirectories(layout.backups());
		FreeSpace.require(layout.backups(), "write a backup");
		Path file = layout.backupFile(version, Instant.now());
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
				repository.exportXml(out);
			}
			DatabaseSwap.sync(partial);
			CrashPoints.reached("backup-written");
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			DatabaseSwap.sync(layout.backups());
			return file;
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException cleanup) {
				e.addSuppressed(cleanup);
			}
			throw e;
		}
	}

	/**
	 * Removes the oldest backups beyond a number to keep.
	 *
	 * @param layout the store layout
	 * @param keep how many backups to keep (at least 1)
	 * @return the removed files
	 * @throws IOException if one cannot be removed
	 */
	static List<Path> prune(StoreLayout layout, int keep) throws IOException {
		List<Path> all = layout.backupsNewestFirst();
		List<Path> removed = all.subList(Math.min(all.size(), Math.max(1, keep)), all.size());
		for (Path old : removed) {
			Files.delete(old);
		}
		return List.copyOf(removed);
	}
}
