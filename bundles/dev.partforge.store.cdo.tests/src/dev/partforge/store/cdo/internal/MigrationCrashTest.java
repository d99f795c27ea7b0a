// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.partforge.model.SchemaHistory;
import dev.partforge.model.StoredPart;
import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.PartQuery;
import dev.partforge.store.RecordQuery;
import dev.partforge.tests.common.ChildJvm;

/**
 * A migration killed at each step of the switch to the migrated database (a JVM of its own halted at a named point,
 * see {@link CrashPoints}): the next open finishes the work and shows all the old data migrated, never an empty store,
 * and leaves no migration folder or journal behind.
 */
public final class MigrationCrashTest {

	private Path root;
	private StoreLayout layout;

	@BeforeEach
	void createStore() throws Exception {
		root = TempStores.newDirectory("migration-crash");
		layout = new StoreLayout(root);
		Fixtures.install(1, layout);
	}

	@AfterEach
	void deleteStore() throws IOException {
		TempStores.delete(root);
	}

	@ParameterizedTest
	@ValueSource(strings = { "backup-written", "migration-written", "migration-verified", "swap-journaled",
			"swap-old-moved", "swap-new-moved" })
	public void theNextOpenFinishesAMigrationKilledAt(String point) throws Exception {
		Process child = ChildJvm.start(root.getParent(), StoreChild.class, Map.of(CrashPoints.PROPERTY, point),
				root.toString(), "migrate", "1");
		assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child did not halt");
		assertEquals(99, child.exitValue(), () -> "the child did not halt at " + point + ": " + ChildJvm.log(child));
		if (point.startsWith("swap-")) {
			assertTrue(Files.exists(layout.journal()), "the journal of a started swap");
		}

		CdoPartStore store = new CdoPartStore(root);
		try {
			assertEquals(4, store.info().schemaVersion());
			assertEquals(Fixtures.PART_IDS, store.listParts(PartQuery.ALL).stream().map(StoredPart::getId).toList());
			assertEquals(5, store.listRecords(RecordQuery.ALL).size());
			assertEquals(3, store.info().preferences());
			assertTrue(store.verify().ok(), () -> "verify: " + store.verify().problems());
		} finally {
			store.close();
		}
		assertFalse(Files.exists(layout.journal()));
		assertEquals(List.of(), names("migrating-"));
		assertEquals(List.of(), partialBackups());
	}

	/**
	 * A v3 → v4 migration of a store the v3 application wrote, killed before the switch (after the backup, after
	 * writing the new database, after verifying it): the v3 database is exactly as it was (same schema, same content
	 * checksum, no journal), and the next open migrates it with everything in it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "backup-written", "migration-written", "migration-verified" })
	public void aV3StoreStaysIntactWhenTheMigrationIsKilledAt(String point) throws Exception {
		TempStores.delete(root);
		root = TempStores.newDirectory("migration-crash-v3");
		layout = new StoreLayout(root);
		Fixtures.install(Fixtures.APP_V3, layout);
		String before = checksumOfV3();
		Process child = ChildJvm.start(root.getParent(), StoreChild.class, Map.of(CrashPoints.PROPERTY, point),
				root.toString(), "migrate", "1");
		assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child did not halt");
		assertEquals(99, child.exitValue(), () -> "the child did not halt at " + point + ": " + ChildJvm.log(child));

		assertEquals(3, SchemaProbe.storedVersion(layout.db()), "the store must still be v3");
		assertEquals(before, checksumOfV3(), "the v3 data changed");
		assertFalse(Files.exists(layout.journal()), "no swap may have started");

		CdoPartStore store = new CdoPartStore(root);
		try {
			assertEquals(4, store.info().schemaVersion());
			assertEquals(List.of("A-001", "A-002", "A-003", "A-004", "A-005", "A-006"),
					store.listParts(PartQuery.ALL).stream().map(StoredPart::getId).toList());
			assertEquals(List.of("A-002", "A-005"), store.listParts(PartQuery.ALL.withBookmarked(true)).stream()
					.map(StoredPart::getId).toList());
			assertEquals(9, store.listRecords(RecordQuery.ALL).size());
			assertEquals(4, store.info().preferences());
			assertEquals("step", store.getExportPreferences().getFormat());
			assertTrue(store.verify().ok(), () -> "verify: " + store.verify().problems());
		} finally {
			store.close();
		}
		assertEquals(List.of(), names("migrating-"));
		assertEquals(List.of(), partialBackups());
	}

	private String checksumOfV3() throws Exception {
		try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db())) {
			return new Checksum(SchemaHistory.load(3)).of(StoreResources.read(repository, 3));
		}
	}

	/**
	 * The database folder gone while backups exist that cannot be read (a readable one is shown read-only, see
	 * {@link FallbackTest}): an error naming the way back, and nothing created.
	 */
	@Test
	public void aMissingDatabaseIsNotAnEmptyStore() throws Exception {
		CdoPartStore store = new CdoPartStore(root);
		store.backup();
		store.close();
		StoreLayout.deleteTree(layout.db());
		for (Path backup : layout.backupsNewestFirst()) {
			Files.write(backup, new byte[] { 1, 2, 3 });
		}

		CdoPartStore again = new CdoPartStore(root);
		try {
			CorruptStoreException e = assertThrows(CorruptStoreException.class, again::info);
			assertTrue(e.getMessage().contains("store restore"), e.getMessage());
		} finally {
			again.close();
		}
		assertFalse(Files.exists(layout.db()), "no empty database may be created");
	}

	private List<String> names(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(root)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
		}
	}

	private List<Path> partialBackups() throws IOException {
		try (Stream<Path> files = Files.list(layout.backups())) {
			return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
		}
	}
}
