// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a store: {@code <root>/db/} (the live H2 database), {@code <root>/backups/} (compressed CDO XML
 * exports), {@code <root>/migrating-<time>/} (a repository being built by a migration) and
 * {@code <root>/previous-v<N>-<time>/} (the database a migration replaced).
 *
 * @param root the store directory
 */
record StoreLayout(Path root) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
			.withZone(ZoneOffset.UTC);

	/** @return the live database directory */
	Path db() {
		return root.resolve("db");
	}

	/** @return the backup directory */
	Path backups() {
		return root.resolve("backups");
	}

	/**
	 * @param time the migration time
	 * @return the directory a migration builds the new repository in
	 */
	Path migrating(Instant time) {
		return root.resolve("migrating-" + STAMP.format(time));
	}

	/**
	 * @param version the replaced version
	 * @param time the migration time
	 * @return where the replaced database is kept
	 */
	Path previous(int version, Instant time) {
		return root.resolve("previous-v" + version + "-" + STAMP.format(time));
	}

	/**
	 * @param version the schema version of the data
	 * @param time the backup time
	 * @return a new backup file name
	 */
	Path backupFile(int version, Instant time) {
		return backups().resolve("partforge-v" + version + "-" + STAMP.format(time) + ".cdo.xml.gz");
	}

	/**
	 * @return the newest backup file, if any
	 * @throws IOException if the directory cannot be listed
	 */
	Optional<Path> latestBackup() throws IOException {
		if (!Files.isDirectory(backups())) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(backups())) {
			return files.filter(f -> f.getFileName().toString().endsWith(".cdo.xml.gz"))
					.max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
		}
	}

	/**
	 * @param dir a directory
	 * @return the bytes of all files below it
	 * @throws IOException if it cannot be walked
	 */
	static long size(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}
}
