// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.partforge.store.StorageFullException;

/**
 * The free space on the store's file system: below {@link #MINIMUM} a write is refused before it starts (H2 needs room
 * to write a new chunk and its header); below {@link #lowThreshold()} the store warns. A disk that fills up during a
 * commit fails the commit itself (the commit writes through to the file), so nothing is acknowledged unwritten.
 */
final class FreeSpace {

	/** Below this many usable bytes no write starts. */
	static final long MINIMUM = 512 * 1024;

	/** The system property (MiB) of the low-space warning threshold; default 64 MiB. */
	static final String LOW_PROPERTY = "partforge.store.lowSpaceMiB";

	private FreeSpace() {
	}

	/**
	 * @param dir a directory of the store (it or a parent must exist)
	 * @return the usable bytes on its file system
	 * @throws IOException if the file system cannot be asked
	 */
	static long usable(Path dir) throws IOException {
		Path existing = dir.toAbsolutePath();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
	}

	/** @return the usable bytes below which the store warns */
	static long lowThreshold() {
		return Long.getLong(LOW_PROPERTY, 64) * 1024 * 1024;
	}

	/**
	 * Refuses a write when the file system is (nearly) full.
	 *
	 * @param dir the directory written to
	 * @param action what would be written, for the message
	 * @throws IOException if the file system cannot be asked
	 */
	static void require(Path dir, String action) throws IOException {
		long usable = usable(dir);
		if (usable < MINIMUM) {
			throw new StorageFullException("Storage full: cannot " + action + " in " + dir + ": only " + usable
					+ " bytes are free. Nothing was changed. Free some space and try again.", null);
		}
	}
}
