// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.RestoreReport;
import dev.partforge.store.StoreException;
import dev.partforge.store.StoreInfo;
import dev.partforge.store.testing.TestParts;

/**
 * The read-only fallback of a real store whose H2 file is damaged or missing: the newest backup is shown from a
 * temporary copy, every write is refused with one line naming the backup and the reason and changes nothing, the
 * damaged file stays byte for byte as it was, {@code info} says so, and {@code restore} ends it. Without a backup the
 * open fails as before.
 */
public final class FallbackTest {

	private Path root;
	private StoreLayout layout;
	private Path file;
	private Path backup;

	@BeforeEach
	void createStore() throws Exception {
		root = TempStores.newDirectory("fallback");
		layout = new StoreLayout(root);
		file = EmbeddedRepository.databaseFile(layout.db());
		CdoPartStore store = new CdoPartStore(root);
		try {
			store.putPart(TestParts.part("F-1", Difficulty.BEGINNER));
			store.addRecord(TestParts.record("F-1", 1500, true, Instant.parse("2026-01-02T03:04:05Z")));
			backup = store.backup();
			store.putPart(TestParts.part("F-2", Difficulty.EXPERT));
		} finally {
			store.close();
		}
	}

	@AfterEach
	void deleteStore() throws IOException {
		TempStores.delete(root);
	}

	@Test
	public void aDamagedStoreShowsTheNewestBackupReadOnly() throws Exception {
		flip(Files.size(file) / 2);
		byte[] damaged = sha256(file);
		List<Path> backups = layout.backupsNewestFirst();
		CdoPartStore store = new CdoPartStore(root);
		Path copy;
		try {
			assertEquals(List.of("F-1"), ids(store), "the backup's parts");
			assertEquals(1, store.listRecords(RecordQuery.ALL).size(), "the backup's records");
			assertEquals(1, store.statistics().perPart().size(), "the backup's statistics");
			StoreInfo info = store.info();
			StoreInfo.Fallback fallback = info.fallback().orElseThrow();
			assertEquals(backup, fallback.backup());
			assertEquals(root, info.location());
			assertEquals(1, info.parts());
			assertTrue(fallback.reason().contains(file.toString()), fallback.reason());
			copy = store.readOnlyCopyDirectory().orElseThrow();
			assertFalse(copy.startsWith(root), "the copy is outside the store: " + copy);

			String expected = "PartForge is showing a read-only copy of the backup " + backup + " because ";
			for (Runnable write : List.<Runnable>of(() -> store.putPart(TestParts.part("F-3", Difficulty.BEGINNER)),
					() -> store.deletePart("F-1"),
					() -> store.addRecord(TestParts.record("F-1", 10, false, Instant.now())),
					() -> store.putPreference("x", new PreferenceValue.Text("y")), store::backup)) {
				StoreException refused = assertThrows(StoreException.class, write::run);
				assertEquals(fallback.message(), refused.getMessage());
				assertTrue(refused.getMessage().startsWith(expected) && refused.getMessage().endsWith(
						"; run 'partforge store restore' or use Restore... in the Storage view"), refused.getMessage());
				assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
			}
			assertEquals(List.of("F-1"), ids(store), "refused writes change nothing");
			assertEquals(1, store.listRecords(RecordQuery.ALL).size());
			assertTrue(store.getPreference("x").isEmpty());
		} finally {
			store.close();
		}
		assertFalse(Files.exists(copy), "the temporary copy is deleted on close");
		assertArrayEquals(damaged, sha256(file), "the damaged file is untouched");
		assertEquals(backups, layout.backupsNewestFirst(), "no backup written or removed");
	}

	@Test
	public void aMissingDatabaseShowsTheBackup() throws Exception {
		StoreLayout.deleteTree(layout.db());
		CdoPartStore store = new CdoPartStore(root);
		try {
			assertEquals(List.of("F-1"), ids(store));
			assertTrue(store.info().fallback().orElseThrow().reason().contains("missing"),
					store.info().fallback().toString());
			assertThrows(StoreException.class, () -> store.putPart(TestParts.part("F-3", Difficulty.BEGINNER)));
		} finally {
			store.close();
		}
		assertFalse(Files.exists(layout.db()), "nothing was created in place of the missing database");
	}

	@Test
	public void withoutABackupTheOpenFailsAsBefore() throws Exception {
		StoreLayout.deleteTree(layout.backups());
		flip(Files.size(file) / 2);
		CdoPartStore store = new CdoPartStore(root);
		try {
			CorruptStoreException e = assertThrows(CorruptStoreException.class, () -> ids(store));
			assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("store restore"),
					e.getMessage());
			assertTrue(store.readOnlyCopyDirectory().isEmpty());
		} finally {
			store.close();
		}
	}

	@Test
	public void restoreEndsTheFallback() throws Exception {
		flip(Files.size(file) / 2);
		CdoPartStore store = new CdoPartStore(root);
		try {
			assertTrue(store.info().fallback().isPresent());
			Path copy = store.readOnlyCopyDirectory().orElseThrow();
			RestoreReport report = store.restore(Optional.empty());
			assertEquals(backup, report.backup());
			assertFalse(Files.exists(copy), "the copy is closed and deleted before the restore");
			assertTrue(store.info().fallback().isEmpty(), "the store is normal again");
			assertEquals(List.of("F-1"), ids(store));
			store.putPart(TestParts.part("F-3", Difficulty.BEGINNER));
			assertEquals(List.of("F-1", "F-3"), ids(store));
		} finally {
			store.close();
		}
		CdoPartStore again = new CdoPartStore(root);
		try {
			assertEquals(List.of("F-1", "F-3"), ids(again));
			assertTrue(again.info().fallback().isEmpty());
		} finally {
			again.close();
		}
	}

	private static List<String> ids(CdoPartStore store) {
		return store.listParts(PartQuery.ALL).stream().map(StoredPart::getId).toList();
	}

	private void flip(long offset) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		bytes[(int) offset] ^= 0x5A;
		Files.write(file, bytes);
	}

	private static byte[] sha256(Path file) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
	}
}
