// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces the live database directory with another, complete one (a migrated or restored database) so that a crash
 * at any point leaves a state the next open resolves. The swap is journaled: (1) the replacement's files are synced,
 * (2) a journal naming the replacement and where the old database goes is written and synced, (3) the old database is
 * moved aside, (4) the replacement moved in, (5) the journal deleted. {@link #recover(StoreLayout)} on the next open
 * finishes a swap whose journal exists: the replacement was complete before the journal was written, so a started swap
 * is always completed, never rolled back half-way.
 */
final class DatabaseSwap {

	private DatabaseSwap() {
	}

	/**
	 * Swaps a complete database directory in.
	 *
	 * @param layout the store layout
	 * @param replacement the complete, verified new database directory (closed)
	 * @param aside where the current database goes (must not exist); nothing is moved if there is no current one
	 * @throws IOException if a step fails; the next open completes the swap
	 */
	static void swap(StoreLayout layout, Path replacement, Path aside) throws IOException {
		syncTree(replacement);
		Path temporary = layout.journal().resolveSibling(layout.journal().getFileName() + ".tmp");
		Files.writeString(temporary, replacement.getFileName() + "\n" + aside.getFileName() + "\n",
				StandardCharsets.UTF_8);
		sync(temporary);
		Files.move(temporary, layout.journal(), StandardCopyOption.ATOMIC_MOVE);
		sync(layout.root());
		CrashPoints.reached("swap-journaled");
		finish(layout, replacement, aside);
	}

	/**
	 * Completes an interrupted swap, if the store has a journal, and removes a journal that was never completed.
	 *
	 * @param layout the store layout
	 * @throws IOException if the swap cannot be completed
	 */
	static void recover(StoreLayout layout) throws IOException {
		Files.deleteIfExists(layout.journal().resolveSibling(layout.journal().getFileName() + ".tmp"));
		if (!Files.exists(layout.journal())) {
			return;
		}
		List<String> lines = Files.readAllLines(layout.journal(), StandardCharsets.UTF_8);
		if (lines.size() < 2) {
			throw new IOException("The store's swap journal " + layout.journal() + " is damaged");
		}
		System.getLogger(DatabaseSwap.class.getName()).log(System.Logger.Level.WARNING,
				"Completing an interrupted database swap in " + layout.root() + ": " + lines);
		finish(layout, layout.root().resolve(lines.get(0)), layout.root().resolve(lines.get(1)));
	}

	private static void finish(StoreLayout layout, Path replacement, Path aside) throws IOException {
		if (Files.exists(replacement)) {
			if (Files.exists(layout.db()) && !Files.exists(aside)) {
				Files.move(layout.db(), aside, StandardCopyOption.ATOMIC_MOVE);
				sync(layout.root());
			}
			CrashPoints.reached("swap-old-moved");
			if (Files.exists(layout.db())) {
				throw new IOException("Cannot complete the swap of " + replacement + ": both " + layout.db() + " and "
						+ aside + " exist");
			}
			Files.move(replacement, layout.db(), StandardCopyOption.ATOMIC_MOVE);
			sync(layout.root());
		} else if (!Files.exists(layout.db()) && Files.exists(aside)) {
			// the replacement vanished after the old database was moved aside (deleted by hand): roll back
			Files.move(aside, layout.db(), StandardCopyOption.ATOMIC_MOVE);
			sync(layout.root());
		}
		CrashPoints.reached("swap-new-moved");
		Files.delete(layout.journal());
		sync(layout.root());
	}

	/**
	 * Forces a directory's regular files and the directory itself onto the storage device.
	 *
	 * @param dir the directory
	 * @throws IOException if syncing fails
	 */
	static void syncTree(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				sync(f);
			}
		}
		sync(dir);
	}

	/**
	 * Forces a file or directory onto the storage device (fsync).
	 *
	 * @param path the file or directory
	 * @throws IOException if syncing fails
	 */
	static void sync(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}
}
