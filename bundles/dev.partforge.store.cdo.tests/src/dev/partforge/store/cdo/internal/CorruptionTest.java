// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.PartQuery;
import dev.partforge.store.RestoreReport;
import dev.partforge.store.StoreException;
import dev.partforge.store.testing.TestParts;

/**
 * Damaged database files (bytes flipped at several offsets, a truncation, an empty file) of a real store: the open
 * fails with a message naming the file and the way back (without backups: with one, {@link FallbackTest} shows it
 * read-only), the damaged file is byte for byte unchanged afterwards, and {@code restore} brings the newest good
 * backup back from the read-only fallback while keeping the damaged database aside.
 */
public final class CorruptionTest {

	private Path root;
	private StoreLayout layout;
	private Path file;

	@BeforeEach
	void createStore() throws Exception {
		root = TempStores.newDirectory("corruption");
		layout = new StoreLayout(root);
		file = EmbeddedRepository.databaseFile(layout.db());
		CdoPartStore store = new CdoPartStore(root);
		try {
			store.putPart(TestParts.part("C-1", Difficulty.BEGINNER));
			store.backup();
			store.putPart(TestParts.part("C-2", Difficulty.EXPERT));
		} finally {
			store.close();
		}
	}

	@AfterEach
	void deleteStore() throws IOException {
		TempStores.delete(root);
	}

	@Test
	public void flippedBytesAreDetectedWithoutTouchingTheFile() throws Exception {
		long size = Files.size(file);
		for (long offset : List.of(10L, 4096L + 100, size / 3, size / 2, size - 4096 + 7, size - 1)) {
			byte[] pristine = Files.readAllBytes(file);
			flip(offset);
			assertDamagedAndUntouched("byte flipped at " + offset + " of " + size);
			Files.write(file, pristine);
		}
	}

	@Test
	public void aTruncatedFileIsDetected() throws Exception {
		byte[] pristine = Files.readAllBytes(file);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(pristine.length - 4096);
		}
		assertDamagedAndUntouched("4 KiB truncated");
	}

	@Test
	public void anEmptyFileIsDetected() throws Exception {
		Files.write(file, new byte[0]);
		assertDamagedAndUntouched("0 bytes");
	}

	@Test
	public void restoreBringsBackTheNewestGoodBackupAndKeepsTheDamagedFile() throws Exception {
		flip(Files.size(file) / 2);
		byte[] damaged = Files.readAllBytes(file);
		Path good = layout.backupsNewestFirst().get(0);
		Path broken = layout.backups().resolve("partforge-v3-29991231-235959-999.cdo.xml.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(broken))) {
			out.write("<not a backup".getBytes());
		}
		CdoPartStore store = new CdoPartStore(root);
		try {
			assertEquals(good, store.info().fallback().orElseThrow().backup(), "read-only fallback before the restore");
			RestoreReport report = store.restore(Optional.empty());
			assertEquals(good, report.backup(), "the newest backup that can be read");
			assertEquals(1, report.parts());
			assertArrayEquals(damaged, Files.readAllBytes(EmbeddedRepository.databaseFile(report.keptAside().orElseThrow())),
					"the damaged database is kept aside as it was");
			assertEquals(List.of("C-1"), store.listParts(PartQuery.ALL).stream().map(StoredPart::getId).toList());
			assertTrue(store.verify().ok());
			assertTrue(store.info().fallback().isEmpty());
			StoreException none = assertThrows(StoreException.class,
					() -> store.restore(Optional.of(root.resolve("missing.cdo.xml.gz"))));
			assertTrue(none.getMessage().contains("no such file"), none.getMessage());
			assertEquals(List.of("C-1"), store.listParts(PartQuery.ALL).stream().map(StoredPart::getId).toList(),
					"a failed restore changes nothing");
		} finally {
			store.close();
		}
	}

	private void flip(long offset) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		bytes[(int) offset] ^= 0x5A;
		Files.write(file, bytes);
	}

	private void assertDamagedAndUntouched(String damage) throws Exception {
		StoreLayout.deleteTree(layout.backups()); // no fallback: the open itself fails
		byte[] before = sha256(file);
		CdoPartStore store = new CdoPartStore(root);
		try {
			CorruptStoreException e = assertThrows(CorruptStoreException.class, store::info, damage);
			assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("store restore"),
					damage + ": " + e.getMessage());
			assertTrue(!e.getMessage().contains("\n"), e.getMessage());
		} finally {
			store.close();
		}
		assertArrayEquals(before, sha256(file), damage + ": the failed open changed the damaged file");
	}

	private static byte[] sha256(Path file) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
	}
}
