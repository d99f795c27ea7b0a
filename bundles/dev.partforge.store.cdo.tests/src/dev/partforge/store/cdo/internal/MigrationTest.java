// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ExportFormat;
import dev.partforge.model.ExportPreferences;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.SchemaHistory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.Units;
import dev.partforge.model.UserRecord;
import dev.partforge.store.MigrationException;
import dev.partforge.store.MigrationReport;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.VersionMismatchException;
import dev.partforge.store.testing.TestParts;

/** Migrations of real H2 repositories made from the checked-in fixtures of v1 and v2. */
public final class MigrationTest {

	private Path root;
	private StoreLayout layout;
	private CdoPartStore store;

	@BeforeEach
	void createDirectory() throws IOException {
		root = TempStores.newDirectory("migration");
		layout = new StoreLayout(root);
	}

	@AfterEach
	void deleteDirectory() throws IOException {
		if (store != null) {
			store.close();
		}
		TempStores.delete(root);
	}

	/** v1 → v3: bookmarks false, time from records, keys and uuids, preferences kept, backup written. */
	@Test
	public void from1() throws Exception {
		Fixtures.install(1, layout);
		assertEquals(1, SchemaProbe.storedVersion(layout.db()));
		MigrationReport report = openAndCheckMigrated(1);
		assertTrue(store.listParts(PartQuery.ALL.withBookmarked(true)).isEmpty(), "v1 parts must start unbookmarked");
		assertBackupHolds(report, "http://partforge.dev/model/1.0");
	}

	/** v2 → v3: as from v1, and bookmarks survive. */
	@Test
	public void from2() throws Exception {
		Fixtures.install(2, layout);
		assertEquals(2, SchemaProbe.storedVersion(layout.db()));
		MigrationReport report = openAndCheckMigrated(2);
		assertEquals(List.of("P-0002"),
				store.listParts(PartQuery.ALL.withBookmarked(true)).stream().map(StoredPart::getId).toList());
		assertBackupHolds(report, "http://partforge.dev/model/2.0");
	}

	private MigrationReport openAndCheckMigrated(int from) throws Exception {
		store = new CdoPartStore(root);
		MigrationReport report = store.migrate();
		assertEquals(from, report.fromVersion());
		assertEquals(3, report.toVersion());
		assertEquals(3, report.parts());
		assertEquals(5, report.records());
		assertEquals(3, report.preferences());
		assertEquals(3, SchemaProbe.storedVersion(layout.db()));

		List<StoredPart> parts = store.listParts(PartQuery.ALL);
		assertEquals(Fixtures.PART_IDS, parts.stream().map(StoredPart::getId).toList());
		for (StoredPart part : parts) {
			assertEquals(part.getId(), part.getKey());
			assertEquals(part.getCreated(), part.getModified());
			long expected = 0;
			for (int i = 0; i < Fixtures.RECORD_TIMES.length; i++) {
				expected += Fixtures.RECORD_PARTS[i].equals(part.getId()) ? Fixtures.RECORD_TIMES[i] : 0;
			}
			assertEquals(expected, part.getTimeSpent(), "timeSpent of " + part.getId());
		}
		StoredPart first = parts.get(0);
		assertTrue(first.isCompleted());
		assertEquals(Instant.parse("2026-02-28T12:00:00Z"), first.getCreated().toInstant());
		assertEquals("Fixture part 0", first.getRecipe().getName());
		assertEquals(Difficulty.BEGINNER, first.getRecipe().getDifficulty());
		assertEquals("block", first.getRecipe().getStock().getKind());
		assertEquals(List.of("hole", "chamfer"), first.getRecipe().getFeatures().stream().map(f -> f.getKind()).toList());
		assertEquals(6.0, first.getRecipe().getFeatures().get(0).getParams().get(0).getValue());
		assertEquals(Difficulty.EXPERT, parts.get(2).getRecipe().getDifficulty());

		List<UserRecord> records = store.listRecords(RecordQuery.ALL);
		assertEquals(List.of(1L, 2L, 3L, 4L, 5L), records.stream().map(UserRecord::getId).toList());
		Set<String> uuids = new HashSet<>();
		for (UserRecord r : records) {
			assertNotNull(r.getUuid());
			assertEquals(r.getUuid(), r.getKey());
			assertTrue(uuids.add(r.getUuid()));
			assertEquals(r.getDate(), r.getCreated());
		}
		assertEquals(List.of(3L, 4L), store.listRecords(RecordQuery.forDifficulty(Difficulty.INTERMEDIATE)).stream()
				.map(UserRecord::getId).toList());
		assertEquals(Optional.of(new PreferenceValue.Text("dark")), store.getPreference("theme"));
		assertEquals(Optional.of(new PreferenceValue.Number(1.25)), store.getPreference("zoom"));
		ExportPreferences export = store.getExportPreferences();
		assertEquals(ExportFormat.DXF, export.getFormat());
		assertEquals("A3", export.getPaperSize());
		assertEquals(Units.INCH, export.getUnits());
		assertFalse(export.isIncludeTitle());

		assertEquals(6L, store.addRecord(TestParts.record("P-0001", 1, false, null)), "ids continue after migration");
		assertTrue(store.verify().ok(), () -> "verify: " + store.verify().problems());
		assertEquals(1, countDirectories("previous-v" + from + "-"));
		assertEquals(0, countDirectories("migrating-"));

		store.close();
		store = new CdoPartStore(root);
		assertFalse(store.migrate().migrated(), "second open must not migrate again");
		assertEquals(6, store.listRecords(RecordQuery.ALL).size());
		return report;
	}

	private static void assertBackupHolds(MigrationReport report, String nsUri) throws IOException {
		Path backup = report.backup().orElseThrow();
		assertTrue(backup.getFileName().toString().matches("partforge-v\\d-\\d{8}-\\d{6}-\\d{3}\\.cdo\\.xml\\.gz"),
				backup.toString());
		try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(xml.contains("packageUnit id=\"" + nsUri + "\""), "backup lacks the old model");
			assertTrue(xml.contains("P-0003"), "backup lacks the data");
		}
	}

	/** A step that throws leaves the v1 database as it was, and a later migration still succeeds. */
	@Test
	public void failingStepKeepsOldData() throws Exception {
		Fixtures.install(1, layout);
		String before = checksumOfV1();
		MigrationStep failing = new MigrationStep() {
			@Override
			public int fromVersion() {
				return 2;
			}

			@Override
			public Snapshot apply(Snapshot in, Instant now) {
				throw new IllegalStateException("injected failure in step 2->3");
			}
		};
		store = new CdoPartStore(() -> root, new Migrator(List.of(new Step1To2(), failing)));
		MigrationException e = assertThrows(MigrationException.class, () -> store.listParts(PartQuery.ALL));
		assertTrue(e.getMessage().contains("injected failure") && e.getMessage().contains("untouched"), e.getMessage());
		assertOldIntact(before);
		store = new CdoPartStore(root);
		assertEquals(3, store.listParts(PartQuery.ALL).size());
	}

	/** A step that loses data is caught by verification; the old database stays. */
	@Test
	public void verificationFailureKeepsOldData() throws Exception {
		Fixtures.install(1, layout);
		String before = checksumOfV1();
		MigrationStep lossy = new MigrationStep() {
			@Override
			public int fromVersion() {
				return 2;
			}

			@Override
			public Snapshot apply(Snapshot in, Instant now) {
				Snapshot migrated = new Step2To3().apply(in, now);
				List<EObject> records = new ArrayList<>(migrated.records());
				records.remove(0);
				return new Snapshot(3, migrated.parts(), records, migrated.preferences());
			}
		};
		store = new CdoPartStore(() -> root, new Migrator(List.of(new Step1To2(), lossy)));
		MigrationException e = assertThrows(MigrationException.class, () -> store.info());
		assertTrue(e.getMessage().contains("counts differ"), e.getMessage());
		assertOldIntact(before);
	}

	/** A step that changes a value (same counts, same keys) is caught by the content checksum; the old database stays. */
	@Test
	public void checksumMismatchKeepsOldData() throws Exception {
		Fixtures.install(1, layout);
		String before = checksumOfV1();
		MigrationStep altering = new MigrationStep() {
			@Override
			public int fromVersion() {
				return 2;
			}

			@Override
			public Snapshot apply(Snapshot in, Instant now) {
				Snapshot migrated = new Step2To3().apply(in, now);
				UserRecord record = (UserRecord) migrated.records().get(0);
				record.setTimeSpent(record.getTimeSpent() + 1);
				return migrated;
			}
		};
		store = new CdoPartStore(() -> root, new Migrator(List.of(new Step1To2(), altering)));
		MigrationException e = assertThrows(MigrationException.class, () -> store.info());
		assertTrue(e.getMessage().contains("content checksum differs") && !e.getMessage().contains("counts differ"),
				e.getMessage());
		assertOldIntact(before);
	}

	private String checksumOfV1() throws Exception {
		try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db())) {
			return new Checksum(SchemaHistory.load(1)).of(StoreResources.read(repository, 1));
		}
	}

	private void assertOldIntact(String checksumBefore) throws Exception {
		assertEquals(1, SchemaProbe.storedVersion(layout.db()));
		assertEquals(checksumBefore, checksumOfV1());
		assertEquals(0, countDirectories("migrating-"));
		assertEquals(0, countDirectories("previous-"));
		store.close();
	}

	/** A repository of a newer schema is refused and not modified at all. */
	@Test
	public void newerVersionRefused() throws Exception {
		EPackage v4 = EcoreUtil.copy(ModelPackage.eINSTANCE);
		v4.setNsURI(SchemaHistory.nsUri(4));
		new EcoreResourceFactoryImpl().createResource(URI.createURI(v4.getNsURI())).getContents().add(v4);
		try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db())) {
			CDOTransaction tx = repository.session().openTransaction();
			EObject part = EcoreUtil.create((org.eclipse.emf.ecore.EClass) v4.getEClassifier("StoredPart"));
			EStructuralFeature id = part.eClass().getEStructuralFeature("id");
			part.eSet(id, "FUTURE-1");
			tx.getOrCreateResource(StoreResources.PARTS).getContents().add(part);
			tx.commit();
			tx.close();
		}
		byte[] before = digest(layout.db());
		store = new CdoPartStore(root);
		VersionMismatchException e = assertThrows(VersionMismatchException.class, () -> store.listParts(PartQuery.ALL));
		assertTrue(e.getMessage().contains("newer PartForge") && e.getMessage().contains("v4"), e.getMessage());
		assertArrayEquals(before, digest(layout.db()), "database files changed");
		assertFalse(Files.exists(layout.backups()), "no backup expected");
	}

	private static byte[] digest(Path dir) throws Exception {
		MessageDigest md = MessageDigest.getInstance("SHA-256");
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
				md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
				md.update(Files.readAllBytes(f));
			}
		}
		return md.digest();
	}

	private long countDirectories(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(root)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
		}
	}
}
