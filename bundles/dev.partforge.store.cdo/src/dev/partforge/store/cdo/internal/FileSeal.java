// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

import dev.partforge.store.CorruptStoreException;

/**
 * The seal of a closed database: its size and CRC-32C, written beside it ({@code partforge.seal}) when the repository
 * shuts down cleanly and removed when it is opened for writing. {@link #check(Path)} reads the database file before
 * anything else opens it: a file that changed while PartForge was not running (a flipped byte anywhere, also in unused
 * space, a truncation) or an empty file is reported as damaged without being opened, so it stays byte for byte as it
 * was. After a crash there is no seal: {@link CrashCheck} verifies a copy of the database before it is opened for
 * writing.
 */
final class FileSeal {

	private static final String NAME = EmbeddedRepository.DB_NAME + ".seal";

	private FileSeal() {
	}

	/**
	 * Checks the database file of a directory against its seal, reading only.
	 *
	 * @param dbDir the database directory
	 * @throws CorruptStoreException if the file is empty or differs from its seal
	 * @throws IOException if the file cannot be read
	 */
	static void check(Path dbDir) throws IOException {
		Path file = EmbeddedRepository.databaseFile(dbDir);
		if (!Files.exists(file)) {
			return;
		}
		if (Files.size(file) == 0) {
			throw damaged(file, "it is empty (0 bytes)");
		}
		Path seal = dbDir.resolve(NAME);
		if (!Files.exists(seal)) {
			return;
		}
		String expected = Files.readString(seal, StandardCharsets.US_ASCII).strip();
		String actual = of(file);
		if (!expected.equals(actual)) {
			throw damaged(file, "it changed while PartForge was not running (size and CRC-32C " + actual
					+ ", sealed as " + expected + ")");
		}
	}

	/**
	 * @param dbDir the database directory
	 * @return whether the database was sealed (closed cleanly)
	 */
	static boolean sealed(Path dbDir) {
		return Files.exists(dbDir.resolve(NAME));
	}

	/**
	 * Removes the seal before the database is opened for writing.
	 *
	 * @param dbDir the database directory
	 * @throws IOException if it cannot be removed
	 */
	static void breakSeal(Path dbDir) throws IOException {
		if (Files.deleteIfExists(dbDir.resolve(NAME))) {
			DatabaseSwap.sync(dbDir);
		}
	}

	/**
	 * Seals a database file that was just shut down cleanly.
	 *
	 * @param dbDir the database directory
	 * @throws IOException if the seal cannot be written
	 */
	static void seal(Path dbDir) throws IOException {
		Path file = EmbeddedRepository.databaseFile(dbDir);
		if (!Files.exists(file)) {
			return;
		}
		DatabaseSwap.sync(file);
		Path temporary = dbDir.resolve(NAME + ".tmp");
		Files.writeString(temporary, of(file) + "\n", StandardCharsets.US_ASCII);
		DatabaseSwap.sync(temporary);
		Files.move(temporary, dbDir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);
		DatabaseSwap.sync(dbDir);
	}

	private static String of(Path file) throws IOException {
		CRC32C crc = new CRC32C();
		ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
		long size = 0;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			for (int n; (n = channel.read(buffer)) >= 0; buffer.clear()) {
				buffer.flip();
				crc.update(buffer);
				size += n;
			}
		}
		return size + " " + Long.toHexString(crc.getValue());
	}

	private static CorruptStoreException damaged(Path file, String why) {
		return new CorruptStoreException("The database file " + file + " is damaged: " + why + ". It was left"
				+ " unchanged. Restore the newest backup with 'partforge store restore' (or Restore... in the Storage"
				+ " view); the damaged database is kept aside.", null);
	}
}
