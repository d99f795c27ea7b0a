// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.UserRecord;
import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.RecordQuery;

/**
 * A store whose process was killed (SIGKILL, a real separate JVM) has no seal: the next open verifies the database
 * read-only before opening it for writing and seals it again when it passes; a database damaged after the kill is
 * either refused with its file left byte for byte as it was, or opened with every acknowledged record, never half.
 */
public final class CrashSealTest {

	private Path root;
	private StoreLayout layout;
	private Path file;

	@BeforeEach
	void killAWriter() throws Exception {
		root = TempStores.newDirectory("crashseal").resolve("store");
		layout = new StoreLayout(root);
		file = EmbeddedRepository.databaseFile(layout.db());
		try (StoreProcess writer = StoreProcess.start(root, "writer")) {
			writer.await("ready host", 120);
			writer.call("part P-1", "ok part");
			for (int i = 0; i < 3; i++) {
				writer.call("record P-1 1000", "ok record");
			}
			writer.kill();
		}
	}

	@AfterEach
	void delete() throws IOException {
		TempStores.delete(root.getParent());
	}

	@Test
	public void afterKill9TheDatabaseIsVerifiedReadOnlyAndSealedAgain() throws Exception {
		assertFalse(FileSeal.sealed(layout.db()), "a killed process leaves no seal");
		byte[] before = sha256(file);
		CrashCheck.verifyUnsealed(layout.db());
		assertArrayEquals(before, sha256(file), "the check only reads");
		assertTrue(FileSeal.sealed(layout.db()), "a database that passes is sealed again");
		FileSeal.check(layout.db());
		assertEquals(List.of(1L, 2L, 3L), records());
	}

	@Test
	public void aDamagedDatabaseAfterKill9IsNeverWrittenTo() throws Exception {
		byte[] pristine = Files.readAllBytes(file);
		long size = pristine.length;
		int refused = 0;
		for (long offset : List.of(size / 8, size / 4, size * 3 / 8, size / 2, size * 5 / 8, size * 3 / 4,
				size * 7 / 8, size - 200)) {
			byte[] damaged = pristine.clone();
			for (int i = 0; i < 64; i++) {
				damaged[(int) offset + i] ^= (byte) 0xA5;
			}
			Files.write(file, damaged);
			Files.deleteIfExists(layout.db().resolve(EmbeddedRepository.DB_NAME + ".seal"));
			try {
				List<Long> ids = records();
				assertEquals(List.of(1L, 2L, 3L), ids, "64 bytes damaged at " + offset + " of " + size
						+ ": opened, so every acknowledged record must be there");
			} catch (CorruptStoreException e) {
				refused++;
				assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("store restore")
						&& !e.getMessage().contains("\n"), e.getMessage());
				assertArrayEquals(damaged, Files.readAllBytes(file),
						"64 bytes damaged at " + offset + ": the refused open changed the damaged file");
			}
			Files.write(file, pristine);
		}
		System.out.println("CrashSealTest: " + refused + " of 8 damaged databases refused, the others intact");
	}

	/** Opens the store (no backups exist, so a damaged one fails), returns the record ids and closes it. */
	private List<Long> records() {
		CdoPartStore store = new CdoPartStore(root);
		try {
			return store.listRecords(RecordQuery.ALL).stream().map(UserRecord::getId).sorted().toList();
		} finally {
			store.close();
		}
	}

	private static byte[] sha256(Path file) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
	}
}
