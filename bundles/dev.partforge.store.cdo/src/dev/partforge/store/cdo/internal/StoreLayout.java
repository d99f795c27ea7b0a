// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a store: {@code <root>/db/} (the live H2 database), {@code <root>/backups/} (compressed CDO XML
 * exports), {@code <root>/migrating-<time>/} (a repository being built by a migration),
 * {@code <root>/restoring-<time>/} (a repository being built from a backup), {@code <root>/swap.journal} (a database
 * swap in progress, see {@link DatabaseSwap}), {@code <root>/previous-v<N>-<time>/} (the database a migration
 * replaced) and {@code <root>/damaged-<time>/} (the database a restore replaced).
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
	 * @param time the restore time
	 * @return the directory a restore builds the new repository in
	 */
	Path restoring(Instant time) {
		return root.resolve("restoring-" + STAMP.format(time));
	}

	/**
	 * @param time the restore time
	 * @return where a restore keeps the database it replaced
	 */
	Path damaged(Instant time) {
		return root.resolve("damaged-" + STAMP.format(time));
	}

	/** @return the journal of a database swap in progress */
	Path journal() {
		return root.resolve("swap.journal");
	}

	/**
	 * Removes what interrupted work left behind: {@code migrating-*} and {@code restoring-*} directories that no swap
	 * journal names (call after {@link DatabaseSwap#recover(StoreLayout)}) and {@code *.partial} backup files.
	 *
	 * @return the removed files and directories
	 * @throws IOException if one cannot be removed
	 */
	List<Path> removeLeftovers() throws IOException {
		List<Path> removed = new ArrayList<>();
		for (Path dir : List.of(root, backups())) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.list(dir)) {
				for (Path f : files.toList()) {
					String name = f.getFileName().toString();
					if (dir.equals(root) && (name.startsWith("migrating-") || name.startsWith("restoring-"))
							|| dir.equals(backups()) && name.endsWith(".partial")) {
						deleteTree(f);
						removed.add(f);
					}
				}
			}
		}
		return removed;
	}

	/**
	 * @return whether this store ever held data: backups, or databases kept aside by a migration or restore
	 * @throws IOException if the directories cannot be listed
	 */
	boolean hasHistory() throws IOException {
		if (latestBackup().isPresent()) {
			return true;
		}
		if (!Files.isDirectory(root)) {
			return false;
		}
		try (Stream<Path> files = Files.list(root)) {
			return files.map(f -> f.getFileName().toString())
					.anyMatch(n -> n.startsWith("previous-v") || n.startsWith("damaged-"));
		}
	}

	/**
	 * Deletes a file or a directory with everything in it.
	 *
	 * @param path the file or directory
	 * @throws IOException if something cannot be deleted
	 */
	static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		}
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
	 * @return the backup files, newest first (by the time in their names, which sort chronologically)
	 * @throws IOException if the directory cannot be listed
	 */
	List<Path> backupsNewestFirst() throws IOException {
		if (!Files.isDirectory(backups())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(backups())) {
			return files.filter(f -> f.getFileName().toString().endsWith(".cdo.xml.gz"))
					.sorted(Comparator.comparing((Path f) -> stamp(f.getFileName().toString())).reversed()).toList();
		}
	}

	/** The time part of a backup name, {@code partforge-v<N>-<time>.cdo.xml.gz}. */
	private static String stamp(String name) {
		int dash = name.indexOf('-', "partforge-v".length());
		return dash < 0 ? name : name.substring(dash + 1);
	}

	/**
	 * @return the newest backup file, if any
	 * @throws IOException if the directory cannot be listed
	 */
	Optional<Path> latestBackup() throws IOException {
		return backupsNewestFirst().stream().findFirst();
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
