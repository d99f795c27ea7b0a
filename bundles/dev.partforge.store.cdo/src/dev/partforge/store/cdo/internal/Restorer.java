// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import dev.partforge.model.SchemaHistory;
import dev.partforge.store.RestoreReport;
import dev.partforge.store.StoreException;

/**
 * Restores a backup: imports it into a new repository ({@code restoring-<time>}), reads everything back to prove it
 * complete, then swaps it in with a {@link DatabaseSwap}, keeping the replaced database as {@code damaged-<time>}.
 * Without a given backup the newest one that imports and reads back is used. The store must be closed.
 */
final class Restorer {

	private static final System.Logger LOG = System.getLogger(Restorer.class.getName());

	private Restorer() {
	}

	/**
	 * Restores a backup into a closed store.
	 *
	 * @param layout the store layout
	 * @param backup the backup, or empty for the newest good one
	 * @return the report
	 * @throws StoreException if nothing could be restored (the current database is then unchanged)
	 */
	static RestoreReport restore(StoreLayout layout, Optional<Path> backup) {
		List<Path> candidates = new ArrayList<>();
		try {
			DatabaseSwap.recover(layout);
			layout.removeLeftovers();
			candidates.addAll(backup.isPresent() ? List.of(backup.get()) : layout.backupsNewestFirst());
		} catch (Exception e) {
			throw Failures.map("restore a backup", layout.root(), e);
		}
		if (candidates.isEmpty()) {
			throw new StoreException("Cannot restore: there is no backup in " + layout.backups() + ".");
		}
		List<String> failures = new ArrayList<>();
		for (Path candidate : candidates) {
			if (!Files.isRegularFile(candidate)) {
				failures.add(candidate + ": no such file");
				continue;
			}
			Instant now = Instant.now();
			Path target = layout.restoring(now);
			try {
				Snapshot restored = importAndRead(candidate, target);
				Path aside = layout.damaged(now);
				boolean hadDatabase = Files.exists(layout.db());
				DatabaseSwap.swap(layout, target, aside);
				LOG.log(Level.INFO, "Restored " + candidate + " (" + restored.counts() + ") into " + layout.db()
						+ (hadDatabase ? "; the replaced database is in " + aside : ""));
				return new RestoreReport(candidate, hadDatabase ? Optional.of(aside) : Optional.empty(),
						restored.parts().size(), restored.records().size());
			} catch (Exception | LinkageError e) {
				LOG.log(Level.WARNING, "Cannot restore " + candidate, e);
				failures.add(candidate.getFileName() + ": " + Failures.map("read it", candidate, e).getMessage());
				if (!Files.exists(layout.journal())) {
					deleteQuietly(target, e);
				}
			}
		}
		throw new StoreException("Cannot restore: no backup could be read (" + String.join("; ", failures)
				+ "). The current database is unchanged.");
	}

	/**
	 * Imports a backup into a new repository directory and reads everything back.
	 *
	 * @param backup the backup file
	 * @param target the new database directory
	 * @return what it holds
	 * @throws Exception if it cannot be imported or read, or holds no schema this version reads
	 */
	static Snapshot importAndRead(Path backup, Path target) throws Exception {
		try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(backup)));
				EmbeddedRepository repository = EmbeddedRepository.importXml(target, in)) {
			// imported
		}
		int version = SchemaProbe.storedVersion(target);
		if (version < SchemaHistory.OLDEST_VERSION || version > SchemaHistory.CURRENT_VERSION) {
			throw new StoreException("it holds no PartForge data this version can read (schema v" + version + ")");
		}
		try (EmbeddedRepository repository = EmbeddedRepository.open(target)) {
			return StoreResources.read(repository, version);
		}
	}

	private static void deleteQuietly(Path dir, Throwable reason) {
		try {
			StoreLayout.deleteTree(dir);
		} catch (Exception e) {
			reason.addSuppressed(e);
		}
	}
}
