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
import java.util.Map;
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

import dev.partforge.model.AnswerKind;
import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
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

/** Migrations of real H2 repositories made from the checked-in fixtures of v1, v2 and v3. */
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

	/** v1 → v4: bookmarks false, time from records, keys and uuids, preferences kept, backup written. */
	@Test
	public void from1() throws Exception {
		Fixtures.install(1, layout);
		assertEquals(1, SchemaProbe.storedVersion(layout.db()));
		MigrationReport report = openAndCheckMigrated(1);
		assertTrue(store.listParts(PartQuery.ALL.withBookmarked(true)).isEmpty(), "v1 parts must start unbookmarked");
		assertBackupHolds(report, "http://partforge.dev/model/1.0");
	}

	/** v2 → v4: as from v1, and bookmarks survive (in the part and in its PartState). */
	@Test
	public void from2() throws Exception {
		Fixtures.install(2, layout);
		assertEquals(2, SchemaProbe.storedVersion(layout.db()));
		MigrationReport report = openAndCheckMigrated(2);
		assertEquals(List.of("P-0002"),
				store.listParts(PartQuery.ALL.withBookmarked(true)).stream().map(StoredPart::getId).toList());
		assertBackupHolds(report, "http://partforge.dev/model/2.0");
	}

	/** v3 → v4: as from v2; the records of v3 keep their uuids. */
	@Test
	public void from3() throws Exception {
		Fixtures.install(3, layout);
		assertEquals(3, SchemaProbe.storedVersion(layout.db()));
		MigrationReport report = openAndCheckMigrated(3);
		assertEquals(List.of("P-0002"),
				store.listParts(PartQuery.ALL.withBookmarked(true)).stream().map(StoredPart::getId).toList());
		assertEquals("00000000-0000-4000-8000-000000000001", store.listRecords(RecordQuery.ALL).get(0).getUuid());
		assertBackupHolds(report, "http://partforge.dev/model/3.0");
	}

	/**
	 * v3 → v4 of a store the v3 application wrote: bookmarks and last views become the local user's PartStates (and
	 * stay on the parts as caches), the export format STEP becomes the exporter id step, records start NOT_CHECKED
	 * without an answer, and new bookmarks keep the states in line.
	 */
	@Test
	public void fromTheV3Application() throws Exception {
		Fixtures.install(Fixtures.APP_V3, layout);
		assertEquals(3, SchemaProbe.storedVersion(layout.db()));
		assertEquals(0, Fixtures.packageUnitType(layout.db(), SchemaHistory.nsUri(3)),
				"the v3 application recorded its model as NATIVE (generated classes that v4 no longer has)");
		store = new CdoPartStore(root);
		MigrationReport report = store.migrate();
		assertEquals(3, report.fromVersion());
		assertEquals(4, report.toVersion());
		assertEquals(List.of(6L, 9L, 4L), List.of(report.parts(), report.records(), report.preferences()));
		assertEquals(List.of("A-002", "A-005"),
				store.listParts(PartQuery.ALL.withBookmarked(true)).stream().map(StoredPart::getId).toList());
		assertEquals(Map.of("A-002", "true 2026-11-21T09:30:00Z", "A-003", "false 2026-11-22T17:05:00Z", "A-005",
				"true null"), states());
		ExportPreferences export = store.getExportPreferences();
		assertEquals("step", export.getFormat());
		assertEquals("A2", export.getPaperSize());
		assertEquals(Units.INCH, export.getUnits());
		assertFalse(export.isIncludeDimensions());
		for (UserRecord r : store.listRecords(RecordQuery.ALL)) {
			assertEquals(AnswerKind.NONE, r.getAnswerKind());
			assertEquals(CheckResult.NOT_CHECKED, r.getResult());
		}
		assertEquals(Optional.of(new PreferenceValue.Number(0.5)), store.getPreference("check.tolerance"));
		assertTrue(store.verify().ok(), () -> "verify: " + store.verify().problems());

		StoredPart part = store.getPart("A-005").orElseThrow();
		part.setBookmarked(false);
		store.putPart(part);
		StoredPart viewed = store.getPart("A-001").orElseThrow();
		viewed.setLastViewed(java.util.Date.from(Instant.parse("2026-12-01T10:00:00Z")));
		store.putPart(viewed);
		store.deletePart("A-003");
		assertEquals(Map.of("A-001", "false 2026-12-01T10:00:00Z", "A-002", "true 2026-11-21T09:30:00Z", "A-005",
				"false null"), states());
		assertTrue(store.verify().ok(), () -> "verify: " + store.verify().problems());
		assertBackupHolds(report, "http://partforge.dev/model/3.0", "A-006");
	}

	/**
	 * A backup the v3 application wrote (its model a NATIVE package unit, whose generated classes v4 no longer has)
	 * restores into a v4 PartForge and is migrated on the next open.
	 */
	@Test
	public void aV3BackupRestoresAndIsMigrated() throws Exception {
		store = new CdoPartStore(root);
		store.putPart(TestParts.part("NEW-1", Difficulty.BEGINNER));
		Path backup = Files.createDirectories(layout.backups()).resolve("partforge-v3-20261124-120000-000.cdo.xml.gz");
		try (InputStream in = Fixtures.open(Fixtures.APP_V3);
				java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(backup))) {
			in.transferTo(out);
		}
		assertEquals(6, store.restore(Optional.of(backup)).parts());
		store.close();
		store = new CdoPartStore(root);
		assertEquals(4, store.info().schemaVersion());
		assertEquals(List.of("A-001", "A-002", "A-003", "A-004", "A-005", "A-006"),
				store.listParts(PartQuery.ALL).stream().map(StoredPart::getId).toList());
		assertEquals(9, store.listRecords(RecordQuery.ALL).size());
		assertEquals("step", store.getExportPreferences().getFormat());
		assertTrue(store.verify().ok(), () -> "verify: " + store.verify().problems());
	}

	/** The local user's part states as stored: part id to "bookmarked lastViewed". */
	private Map<String, String> states() throws Exception {
		store.close();
		store = null;
		Map<String, String> states = new java.util.TreeMap<>();
		try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db())) {
			for (EObject o : StoreResources.read(repository, SchemaHistory.CURRENT_VERSION).states()) {
				dev.partforge.model.PartState s = (dev.partforge.model.PartState) o;
				assertEquals(s.getPartId(), s.getKey());
				states.put(s.getPartId(), s.isBookmarked() + " "
						+ (s.getLastViewed() == null ? null : s.getLastViewed().toInstant()));
			}
		}
		store = new CdoPartStore(root);
		return states;
	}

	private MigrationReport openAndCheckMigrated(int from) throws Exception {
		store = new CdoPartStore(root);
		MigrationReport report = store.migrate();
		assertEquals(from, report.fromVersion());
		assertEquals(4, report.toVersion());
		assertEquals(3, report.parts());
		assertEquals(5, report.records());
		assertEquals(from >= 3 ? 5 : 3, report.preferences());
		assertEquals(4, SchemaProbe.storedVersion(layout.db()));

		List<StoredPart> parts = store.listParts(PartQuery.ALL);
		assertEquals(Fixtures.PART_IDS, parts.stream().map(StoredPart::getId).toList());
		for (StoredPart part : parts) {
			assertEquals(part.getId(), part.getKey());
			if (from < 3) {
				assertEquals(part.getCreated(), part.getModified());
			}
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
			assertEquals(CheckResult.NOT_CHECKED, r.getResult());
		}
		assertEquals(List.of(3L, 4L), store.listRecords(RecordQuery.forDifficulty(Difficulty.INTERMEDIATE)).stream()
				.map(UserRecord::getId).toList());
		assertEquals(Optional.of(new PreferenceValue.Text("dark")), store.getPreference("theme"));
		assertEquals(Optional.of(new PreferenceValue.Number(1.25)), store.getPreference("zoom"));
		ExportPreferences export = store.getExportPreferences();
		assertEquals(from >= 3 ? "svg" : "dxf", export.getFormat(), "the export format enum became the exporter id");
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
		assertBackupHolds(report, nsUri, "P-0003");
	}

	private static void assertBackupHolds(MigrationReport report, String nsUri, String partId) throws IOException {
		Path backup = report.backup().orElseThrow();
		assertTrue(backup.getFileName().toString().matches("partforge-v\\d-\\d{8}-\\d{6}-\\d{3}\\.cdo\\.xml\\.gz"),
				backup.toString());
		try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(xml.contains("packageUnit id=\"" + nsUri + "\""), "backup lacks the old model");
			assertTrue(xml.contains(partId), "backup lacks the data");
		}
	}

	/**
	 * The real v3 → v4 step with a change applied to its result (converted features and checks are the real step's).
	 *
	 * @param change what to do to the migrated snapshot
	 * @return the step
	 */
	private static MigrationStep step3To4With(java.util.function.UnaryOperator<Snapshot> change) {
		Step3To4 real = new Step3To4();
		return new MigrationStep() {
			@Override
			public int fromVersion() {
				return 3;
			}

			@Override
			public Snapshot apply(Snapshot in, Instant now) {
				return change.apply(real.apply(in, now));
			}

			@Override
			public Set<String> converted() {
				return real.converted();
			}

			@Override
			public void check(Snapshot in, Snapshot written, List<String> problems) {
				real.check(in, written, problems);
			}
		};
	}

	private static Migrator migratorWith(MigrationStep last) {
		return new Migrator(List.of(new Step1To2(), new Step2To3(), last));
	}

	/** A step that throws leaves the v1 database as it was, and a later migration still succeeds. */
	@Test
	public void failingStepKeepsOldData() throws Exception {
		Fixtures.install(1, layout);
		String before = checksumOfV1();
		store = new CdoPartStore(() -> root, migratorWith(step3To4With(migrated -> {
			throw new IllegalStateException("injected failure in step 3->4");
		})));
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
		store = new CdoPartStore(() -> root, migratorWith(step3To4With(migrated -> {
			List<EObject> records = new ArrayList<>(migrated.records());
			records.remove(0);
			return new Snapshot(4, migrated.parts(), records, migrated.preferences(), migrated.states(),
					migrated.outbox(), migrated.sync());
		})));
		MigrationException e = assertThrows(MigrationException.class, () -> store.info());
		assertTrue(e.getMessage().contains("counts differ"), e.getMessage());
		assertOldIntact(before);
	}

	/** A step that changes a value (same counts, same keys) is caught by the content checksum; the old database stays. */
	@Test
	public void checksumMismatchKeepsOldData() throws Exception {
		Fixtures.install(1, layout);
		String before = checksumOfV1();
		store = new CdoPartStore(() -> root, migratorWith(step3To4With(migrated -> {
			UserRecord record = (UserRecord) migrated.records().get(0);
			record.setTimeSpent(record.getTimeSpent() + 1);
			return migrated;
		})));
		MigrationException e = assertThrows(MigrationException.class, () -> store.info());
		assertTrue(e.getMessage().contains("content checksum differs") && !e.getMessage().contains("counts differ"),
				e.getMessage());
		assertOldIntact(before);
	}

	/**
	 * What v3 → v4 adds or converts is verified by the step's own check: lost part states and a wrong exporter id are
	 * caught, and the v3 database stays as it was.
	 */
	@Test
	public void v3ToV4CheckCatchesLostStatesAndWrongFormats() throws Exception {
		Fixtures.install(Fixtures.APP_V3, layout);
		String before = checksumOf(3);
		store = new CdoPartStore(() -> root, new Migrator(List.of(step3To4With(migrated -> {
			for (EObject o : migrated.preferences()) {
				if (((dev.partforge.model.Preference) o).getObjectValue() instanceof ExportPreferences export) {
					export.setFormat("pdf");
				}
			}
			return new Snapshot(4, migrated.parts(), migrated.records(), migrated.preferences(),
					migrated.states().subList(1, migrated.states().size()), migrated.outbox(), migrated.sync());
		}))));
		MigrationException e = assertThrows(MigrationException.class, () -> store.info());
		assertTrue(e.getMessage().contains("3 parts bookmarked or viewed, but 2 part states")
				&& e.getMessage().contains("format STEP became pdf") && !e.getMessage().contains("checksum"),
				e.getMessage());
		assertEquals(3, SchemaProbe.storedVersion(layout.db()));
		assertEquals(before, checksumOf(3));
		assertEquals(0, countDirectories("migrating-"));
		store.close();
		store = null;
	}

	private String checksumOfV1() throws Exception {
		return checksumOf(1);
	}

	private String checksumOf(int version) throws Exception {
		try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db())) {
			return new Checksum(SchemaHistory.load(version)).of(StoreResources.read(repository, version));
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
		EPackage v5 = EcoreUtil.copy(ModelPackage.eINSTANCE);
		v5.setNsURI(SchemaHistory.nsUri(SchemaHistory.CURRENT_VERSION + 1));
		new EcoreResourceFactoryImpl().createResource(URI.createURI(v5.getNsURI())).getContents().add(v5);
		try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db())) {
			CDOTransaction tx = repository.session().openTransaction();
			EObject part = EcoreUtil.create((org.eclipse.emf.ecore.EClass) v5.getEClassifier("StoredPart"));
			EStructuralFeature id = part.eClass().getEStructuralFeature("id");
			part.eSet(id, "FUTURE-1");
			tx.getOrCreateResource(StoreResources.PARTS).getContents().add(part);
			tx.commit();
			tx.close();
		}
		byte[] before = digest(layout.db());
		store = new CdoPartStore(root);
		VersionMismatchException e = assertThrows(VersionMismatchException.class, () -> store.listParts(PartQuery.ALL));
		assertTrue(e.getMessage().contains("newer PartForge") && e.getMessage().contains("schema v5")
				&& e.getMessage().contains("reads up to v4"), e.getMessage());
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
