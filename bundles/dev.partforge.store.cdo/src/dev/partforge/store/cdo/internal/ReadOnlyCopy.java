// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import dev.partforge.store.StoreInfo;

/**
 * The read-only fallback of a store that cannot be opened (damaged or missing database): the newest backup that imports
 * and reads back (the same choice as {@link Restorer}) is imported into a temporary directory outside the store and
 * opened from there. The store's own files are not touched; the temporary copy is deleted on {@link #close()}.
 */
final class ReadOnlyCopy implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(ReadOnlyCopy.class.getName());

	private final StoreInfo.Fallback fallback;
	private final Path directory;
	private final OpenStore store;

	private ReadOnlyCopy(StoreInfo.Fallback fallback, Path directory, OpenStore store) {
		this.fallback = fallback;
		this.directory = directory;
		this.store = store;
	}

	/**
	 * Opens the newest good backup of a store as a temporary copy.
	 *
	 * @param layout the store whose database cannot be opened
	 * @param reason why it cannot (one line)
	 * @param opener opens (and migrates, if older) the copy's layout
	 * @return the copy, or empty if there is no backup that can be read
	 */
	static Optional<ReadOnlyCopy> open(StoreLayout layout, String reason, Function<StoreLayout, OpenStore> opener) {
		try {
			for (Path backup : layout.backupsNewestFirst()) {
				Path directory = Files.createTempDirectory("partforge-readonly-copy-");
				try {
					StoreLayout copy = new StoreLayout(directory);
					Restorer.importAndRead(backup, copy.db());
					OpenStore store = opener.apply(copy);
					LOG.log(Level.WARNING, "Showing a read-only copy of the backup " + backup + " (in " + directory
							+ ") because " + reason);
					return Optional.of(new ReadOnlyCopy(new StoreInfo.Fallback(backup, reason), directory, store));
				} catch (Exception | LinkageError e) {
					LOG.log(Level.WARNING, "Cannot show the backup " + backup + " as a read-only copy", e);
					delete(directory);
				}
			}
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Cannot list the backups of " + layout.root() + " for a read-only copy", e);
		}
		return Optional.empty();
	}

	/** @return which backup is shown and why */
	StoreInfo.Fallback fallback() {
		return fallback;
	}

	/** @return the open copy */
	OpenStore store() {
		return store;
	}

	/** @return the temporary directory holding the copy (deleted on close) */
	Path directory() {
		return directory;
	}

	@Override
	public void close() {
		try {
			store.close();
		} finally {
			delete(directory);
		}
	}

	private static void delete(Path directory) {
		try {
			StoreLayout.deleteTree(directory);
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "Cannot delete the temporary copy " + directory, e);
		}
	}
}
