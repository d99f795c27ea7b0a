// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The right to host a store: an exclusive OS file lock on {@code <store>/host.lock}, held by the one process that
 * opens the embedded repository. The OS releases it when that process ends, however it ends (kill -9 included), so
 * the lock, not the host file, says whether a host is alive.
 */
final class LibraryLock implements AutoCloseable {

	static final String FILE = "host.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private LibraryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock if no other process (or other store in this JVM) holds it.
	 *
	 * @param root the store directory
	 * @return the lock, or empty if another holder has it
	 * @throws IOException if the lock file cannot be created or opened
	 */
	static Optional<LibraryLock> tryAcquire(Path root) throws IOException {
		Files.createDirectories(root);
		FileChannel channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock = null;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			// another store of this JVM holds it: it is the host, this one connects like another process would
			lock = null;
		} finally {
			if (lock == null) {
				channel.close();
			}
		}
		return lock == null ? Optional.empty() : Optional.of(new LibraryLock(channel, lock));
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}
