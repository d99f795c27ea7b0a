// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;

/**
 * A set of files written into a hidden staging folder beside their destination folder and moved into place only
 * when the whole set is complete: on failure or cancellation the destination is left as it was.
 */
final class StagedFolder implements AutoCloseable {

	private static final String PREFIX = ".partforge-staging-";

	private final Path target;
	private final Path staging;
	private boolean committed;

	private StagedFolder(Path target, Path staging) {
		this.target = target;
		this.staging = staging;
	}

	/**
	 * Prepares a staging folder for a destination folder, which need not exist yet (its parent must).
	 *
	 * @param target the destination folder
	 * @return the staged folder
	 * @throws IOException with a message naming the folder if it cannot be written
	 */
	static StagedFolder open(Path target) throws IOException {
		if (Files.exists(target) && !Files.isDirectory(target)) {
			throw new IOException(target + " exists and is not a folder");
		}
		Path parent = target.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new IOException("the folder " + parent + " does not exist");
		}
		Path home = Files.isDirectory(target) ? target : parent;
		try {
			return new StagedFolder(target, Files.createTempDirectory(home, PREFIX));
		} catch (AccessDeniedException e) {
			throw new IOException("cannot write into " + home + ": permission denied", e);
		}
	}

	/**
	 * Returns where a file of the set is written before it is committed.
	 *
	 * @param name the file name
	 * @return its staging path
	 */
	Path file(String name) {
		return staging.resolve(name);
	}

	/**
	 * Moves every staged file into the destination folder (replacing files of the same name) and removes the
	 * staging folder.
	 *
	 * @throws IOException if a move fails
	 */
	void commit() throws IOException {
		if (!Files.exists(target)) {
			move(staging, target);
		} else {
			for (Path file : list(staging)) {
				move(file, target.resolve(file.getFileName().toString()));
			}
			Files.delete(staging);
		}
		committed = true;
	}

	/** Removes the staging folder and everything in it unless the set was committed. */
	@Override
	public void close() {
		if (committed) {
			return;
		}
		try (Stream<Path> files = Files.walk(staging)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			ILog.of(StagedFolder.class).warn("Could not remove the staging folder " + staging, e);
		}
	}

	private static List<Path> list(Path dir) throws IOException {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			entries.forEach(files::add);
		}
		return files;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
