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
import dev.partforge.store.RecordQuery;

/**
 * A store whose process was killed (SIGKILL, a real separate JVM) has no seal: the next open checks a copy of the
 * database before opening it for writing, and the clean close seals it again.
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
	public void afterKill9TheDatabaseIsCheckedWithoutWritingAndSealedAgainOnClose() throws Exception {
		assertFalse(FileSeal.sealed(layout.db()), "a killed process leaves no seal");
		byte[] before = sha256(file);
		CrashCheck.verifyUnsealed(layout.db());
		assertArrayEquals(before, sha256(file), "the check only reads");
		assertEquals(List.of(1L, 2L, 3L), records());
		assertTrue(FileSeal.sealed(layout.db()), "the store seals it again when it closes it");
		FileSeal.check(layout.db());
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
