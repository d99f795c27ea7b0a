// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PartQuery;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.StorageFullException;
import dev.partforge.store.StoreException;
import dev.partforge.store.testing.TestParts;

/**
 * A full disk, for real: the store lives on a 4 MiB tmpfs (mounted here; the build runs as root) that a filler file
 * fills up. Writes are refused or fail as "Storage full", nothing that failed is acknowledged, backups leave no partial
 * file, and after space is freed every acknowledged change is there.
 */
public final class DiskFullTest {

	private Path mount;
	private CdoPartStore store;

	@BeforeEach
	void mountSmallFileSystem() throws Exception {
		mount = TempStores.newDirectory("diskfull");
		run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString());
	}

	@AfterEach
	void unmount() throws Exception {
		if (store != null) {
			store.close();
		}
		run("umount", mount.toString());
		TempStores.delete(mount);
	}

	@Test
	public void aFullDiskIsReportedAndNothingUnwrittenIsAcknowledged() throws Exception {
		Path root = mount.resolve("store");
		store = new CdoPartStore(root);
		store.putPart(TestParts.part("F-1", Difficulty.BEGINNER));
		Map<Long, Long> acknowledged = new LinkedHashMap<>();
		for (int i = 1; i <= 5; i++) {
			acknowledged.put(store.addRecord(TestParts.record("F-1", i * 1000L, false, null)), i * 1000L);
		}
		Path filler = mount.resolve("filler");
		fill(filler);

		StorageFullException refused = assertThrows(StorageFullException.class,
				() -> store.addRecord(TestParts.record("F-1", 1, false, null)));
		assertOneLine(refused);
		StorageFullException backup = assertThrows(StorageFullException.class, store::backup);
		assertOneLine(backup);
		assertEquals(List.of(), partialFiles(root), "a failed backup leaves no partial file");

		// room for the check before the commit, not for the commit: H2 itself runs out of space while committing
		free(filler, FreeSpace.MINIMUM + 16 * 1024);
		List<StoredPart> batch = new ArrayList<>();
		for (int i = 0; i < StoreResources.CHUNK; i++) {
			batch.add(TestParts.part("BIG-" + i, Difficulty.EXPERT));
		}
		StoreException during = assertThrows(StoreException.class, () -> store.putParts(batch));
		assertTrue(during instanceof StorageFullException, () -> "not 'storage full': " + during);
		assertOneLine(during);

		Files.delete(filler);
		acknowledged.put(store.addRecord(TestParts.record("F-1", 7000, false, null)), 7000L);
		store.close();
		store = new CdoPartStore(root);
		Map<Long, Long> stored = new LinkedHashMap<>();
		for (UserRecord r : store.listRecords(RecordQuery.ALL)) {
			stored.put(r.getId(), r.getTimeSpent());
		}
		assertEquals(acknowledged, stored, "exactly the acknowledged records");
		assertEquals(List.of("F-1"), store.listParts(PartQuery.ALL).stream().map(StoredPart::getId).toList(),
				"the failed batch must not be there, not even in part");
		assertEquals(acknowledged.values().stream().mapToLong(Long::longValue).sum(),
				store.getPart("F-1").orElseThrow().getTimeSpent());
		assertTrue(store.verify().ok(), () -> "verify: " + store.verify().problems());
		assertTrue(store.backup().toString().endsWith(".cdo.xml.gz"), "backups work again");
	}

	@Test
	public void lowSpaceIsReported() throws Exception {
		store = new CdoPartStore(mount.resolve("store"));
		store.putPart(TestParts.part("F-1", Difficulty.BEGINNER));
		assertTrue(store.info().lowSpace(), "4 MiB free is below the warning threshold");
		assertTrue(store.info().usableSpace() < 4 * 1024 * 1024);
	}

	private static void assertOneLine(StoreException e) {
		assertTrue(e.getMessage().startsWith("Storage full"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	private static void fill(Path filler) throws IOException {
		byte[] block = new byte[16 * 1024];
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(block);
				out.flush();
			}
		} catch (IOException e) {
			assertTrue(String.valueOf(e.getMessage()).contains("No space left"), e.toString());
		}
	}

	/** Shrinks the filler so that about this many bytes are usable. */
	private static void free(Path filler, long usable) throws IOException {
		long now = FreeSpace.usable(filler.getParent());
		try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() - Math.max(0, usable - now));
		}
	}

	private static List<Path> partialFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
		}
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0,
				() -> String.join(" ", command) + " failed (the test needs root to mount a tmpfs): " + output);
	}
}
