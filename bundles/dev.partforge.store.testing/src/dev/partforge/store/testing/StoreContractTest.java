// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.testing;

import static dev.partforge.store.testing.TestParts.part;
import static dev.partforge.store.testing.TestParts.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.ExportDefaults;
import dev.partforge.model.ExportPreferences;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.Units;
import dev.partforge.model.UserRecord;
import dev.partforge.store.AttemptHistory;
import dev.partforge.store.AttemptStats;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.store.PartSummary;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.Statistics;
import dev.partforge.store.StoreChange;
import dev.partforge.store.StoreInfo;

/**
 * The behaviour every {@link PartStore} implementation must have. Subclass it in the implementation's test fragment
 * and supply fresh stores; all test methods are final.
 */
public abstract class StoreContractTest {

	private PartStore store;

	/**
	 * Creates a fresh, empty store.
	 *
	 * @return the store
	 * @throws Exception if it cannot be created
	 */
	protected abstract PartStore createStore() throws Exception;

	/**
	 * Closes a store and opens the same data again, as a new process would.
	 *
	 * @param current the open store
	 * @return the reopened store
	 * @throws Exception if reopening fails
	 */
	protected abstract PartStore reopen(PartStore current) throws Exception;

	/**
	 * Closes a store and deletes its data.
	 *
	 * @param current the store
	 * @throws Exception if disposing fails
	 */
	protected abstract void dispose(PartStore current) throws Exception;

	/** @throws Exception if the store cannot be created */
	@BeforeEach
	public final void createFreshStore() throws Exception {
		store = createStore();
	}

	/** @throws Exception if the store cannot be disposed */
	@AfterEach
	public final void disposeStore() throws Exception {
		dispose(store);
	}

	/** Parts round-trip with their whole recipe, and keys and times are maintained. */
	@Test
	public final void putAndGetPart() {
		StoredPart original = part("P-1", Difficulty.INTERMEDIATE);
		StoredPart stored = store.putPart(original);
		assertEquals("P-1", stored.getKey());
		assertNotNull(stored.getCreated());
		assertNotNull(stored.getModified());
		StoredPart read = store.getPart("P-1").orElseThrow();
		assertEquals("P-1", read.getKey());
		assertEquals(original.getRecipe().getSeed(), read.getRecipe().getSeed());
		assertEquals(Difficulty.INTERMEDIATE, read.getRecipe().getDifficulty());
		assertEquals(Units.MM, read.getRecipe().getUnits());
		assertEquals(original.getRecipe().getDifficultyScore(), read.getRecipe().getDifficultyScore());
		assertTrue(EcoreUtil.equals(original.getRecipe(), read.getRecipe()), "recipe content differs");
		assertEquals(List.of("hole", "pocket"), read.getRecipe().getFeatures().stream().map(f -> f.getKind()).toList());
		assertEquals(List.of("diameter", "depth", "x", "y"),
				read.getRecipe().getFeatures().get(0).getParams().stream().map(p -> p.getName()).toList());
		assertEquals(Optional.empty(), store.getPart("nope"));
	}

	/** Putting a part again replaces it and keeps its creation time. */
	@Test
	public final void putReplacesAndKeepsCreated() throws InterruptedException {
		StoredPart first = store.putPart(part("P-1", Difficulty.BEGINNER));
		Thread.sleep(5);
		StoredPart change = store.getPart("P-1").orElseThrow();
		change.setBookmarked(true);
		change.setTimeSpent(1234);
		StoredPart second = store.putPart(change);
		assertEquals(first.getCreated(), second.getCreated());
		assertTrue(second.getModified().after(first.getModified()), "modified not advanced");
		assertEquals(1, store.listParts(PartQuery.ALL).size());
		StoredPart read = store.getPart("P-1").orElseThrow();
		assertTrue(read.isBookmarked());
		assertEquals(1234, read.getTimeSpent());
	}

	/** Returned objects are copies: changing them changes nothing stored. */
	@Test
	public final void returnedObjectsAreDetached() {
		store.putPart(part("P-1", Difficulty.BEGINNER));
		StoredPart read = store.getPart("P-1").orElseThrow();
		read.setBookmarked(true);
		read.getRecipe().setName("changed");
		StoredPart again = store.getPart("P-1").orElseThrow();
		assertFalse(again.isBookmarked());
		assertEquals("Part P-1", again.getRecipe().getName());
	}

	/** Deleting removes exactly that part. */
	@Test
	public final void deletePart() {
		store.putPart(part("P-1", Difficulty.BEGINNER));
		store.putPart(part("P-2", Difficulty.BEGINNER));
		assertTrue(store.deletePart("P-1"));
		assertFalse(store.deletePart("P-1"));
		assertEquals(List.of("P-2"), ids(store.listParts(PartQuery.ALL)));
	}

	/** Lists are ordered by id and filtered by bookmark, completion and difficulty. */
	@Test
	public final void listPartsFilters() {
		StoredPart a = part("C", Difficulty.EXPERT);
		a.setBookmarked(true);
		StoredPart b = part("A", Difficulty.BEGINNER);
		b.setCompleted(true);
		StoredPart c = part("B", Difficulty.EXPERT);
		c.setBookmarked(true);
		c.setCompleted(true);
		store.putParts(List.of(a, b, c));
		assertEquals(List.of("A", "B", "C"), ids(store.listParts(PartQuery.ALL)));
		assertEquals(List.of("B", "C"), ids(store.listParts(PartQuery.ALL.withBookmarked(true))));
		assertEquals(List.of("A", "B"), ids(store.listParts(PartQuery.ALL.withCompleted(true))));
		assertEquals(List.of("B", "C"), ids(store.listParts(PartQuery.ALL.withDifficulty(Difficulty.EXPERT))));
		assertEquals(List.of("B"),
				ids(store.listParts(PartQuery.ALL.withDifficulty(Difficulty.EXPERT).withCompleted(true))));
		assertEquals(List.of(), ids(store.listParts(PartQuery.ALL.withDifficulty(Difficulty.INTERMEDIATE))));
	}

	/**
	 * Part summaries hold what the loaded parts and the statistics say (name, difficulty, units, seed, bookmark,
	 * completion, last view, best completed time), filtered like {@link PartStore#listParts(PartQuery)}, without
	 * deleted parts, also after a reopen.
	 *
	 * @throws Exception if the store cannot be reopened
	 */
	@Test
	public final void partSummariesMatchTheParts() throws Exception {
		StoredPart viewed = part("C", Difficulty.EXPERT);
		viewed.setBookmarked(true);
		viewed.setLastViewed(Date.from(Instant.parse("2026-12-02T14:05:00Z")));
		StoredPart inch = part("A-IN", Difficulty.BEGINNER);
		inch.getRecipe().setUnits(Units.INCH);
		inch.getRecipe().setName(null);
		StoredPart bare = part("Z", Difficulty.INTERMEDIATE);
		bare.setRecipe(null);
		store.putParts(List.of(viewed, inch, bare, part("B", Difficulty.EXPERT), part("D", Difficulty.BEGINNER)));
		store.addRecords(List.of(record("C", 5_000, true, null), record("C", 3_000, true, null),
				record("C", 1_000, false, null), record("B", 9_000, false, null), record("D", 7_000, true, null)));
		assertTrue(store.deletePart("D"));
		List<PartSummary> all = store.listPartSummaries(PartQuery.ALL);
		assertEquals(List.of("A-IN", "B", "C", "Z"), all.stream().map(PartSummary::id).toList());
		assertEquals(new PartSummary("C", "Part C", Difficulty.EXPERT, Units.MM, "C".hashCode() * 31L, true, true,
				Instant.parse("2026-12-02T14:05:00Z"), OptionalLong.of(3_000)), all.get(2));
		assertEquals("A-IN", all.get(0).name());
		assertEquals(Units.INCH, all.get(0).units());
		assertEquals(OptionalLong.empty(), all.get(1).bestTime());
		assertEquals(ExpectedSummaries.of(store, PartQuery.ALL), all);
		for (PartQuery query : List.of(PartQuery.ALL.withBookmarked(true), PartQuery.ALL.withCompleted(false),
				PartQuery.ALL.withDifficulty(Difficulty.EXPERT).withCompleted(true),
				PartQuery.ALL.withDifficulty(Difficulty.INTERMEDIATE))) {
			assertEquals(ExpectedSummaries.of(store, query), store.listPartSummaries(query), query.toString());
		}
		store = reopen(store);
		assertEquals(all, store.listPartSummaries(PartQuery.ALL));
	}

	/** Batches larger than a chunk are stored completely; duplicates in a batch are refused before writing. */
	@Test
	public final void batchPutParts() {
		List<StoredPart> parts = new ArrayList<>();
		for (int i = 0; i < 1234; i++) {
			parts.add(part(String.format("B%05d", i), Difficulty.values()[i % 3]));
		}
		assertEquals(1234, store.putParts(parts));
		assertEquals(1234, store.listParts(PartQuery.ALL).size());
		assertEquals(412, store.listParts(PartQuery.ALL.withDifficulty(Difficulty.BEGINNER)).size());
		assertThrows(IllegalArgumentException.class,
				() -> store.putParts(List.of(part("X", Difficulty.BEGINNER), part("X", Difficulty.BEGINNER))));
		assertEquals(Optional.empty(), store.getPart("X"));
	}

	/** Records get increasing ids, a unique uuid equal to the key, and the part's difficulty by default. */
	@Test
	public final void addRecordAssignsIds() {
		store.putPart(part("P-1", Difficulty.EXPERT));
		long first = store.addRecord(record("P-1", 1000, false, null));
		long second = store.addRecord(record("P-1", 2000, true, null));
		assertTrue(second > first, "ids not increasing: " + first + ", " + second);
		List<UserRecord> records = store.listRecords(RecordQuery.forPart("P-1"));
		assertEquals(List.of(first, second), records.stream().map(UserRecord::getId).toList());
		UserRecord r = records.get(0);
		assertNotNull(r.getUuid());
		assertEquals(r.getUuid(), r.getKey());
		assertNotEquals(r.getUuid(), records.get(1).getUuid());
		assertEquals(Difficulty.EXPERT, r.getDifficulty());
		assertNotNull(r.getDate());
		List<Long> batch = store.addRecords(List.of(record("P-1", 1, false, null), record("P-1", 2, false, null)));
		assertEquals(2, batch.size());
		assertTrue(batch.get(0) > second && batch.get(1) > batch.get(0), "batch ids " + batch);
	}

	/** Records are found by part, difficulty and date range. */
	@Test
	public final void recordQueries() {
		store.putParts(List.of(part("E", Difficulty.EXPERT), part("B", Difficulty.BEGINNER)));
		Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
		store.addRecords(List.of(record("E", 10, false, t0), record("E", 20, true, t0.plus(1, ChronoUnit.DAYS)),
				record("B", 30, true, t0.plus(2, ChronoUnit.DAYS))));
		assertEquals(List.of(10L, 20L), times(store.listRecords(RecordQuery.forPart("E"))));
		assertEquals(List.of(30L), times(store.listRecords(RecordQuery.forDifficulty(Difficulty.BEGINNER))));
		assertEquals(List.of(20L, 30L),
				times(store.listRecords(RecordQuery.between(t0.plusSeconds(1), t0.plus(3, ChronoUnit.DAYS)))));
		assertEquals(List.of(20L),
				times(store.listRecords(RecordQuery.between(t0.plusSeconds(1), t0.plus(2, ChronoUnit.DAYS)))));
		assertEquals(3, store.listRecords(RecordQuery.ALL).size());
		assertEquals(List.of(), store.listRecords(RecordQuery.forPart("none")));
	}

	/**
	 * The attempt history holds every record as columns, oldest first whatever order they were added in, and the
	 * newest as objects, newest first, as many as asked for.
	 */
	@Test
	public final void attemptHistory() {
		store.putParts(List.of(part("E", Difficulty.EXPERT), part("B", Difficulty.BEGINNER)));
		Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
		UserRecord checked = record("B", 30, true, t0.plus(2, ChronoUnit.DAYS));
		checked.setResult(CheckResult.CORRECT);
		UserRecord wrong = record("E", 40, false, t0.plus(3, ChronoUnit.DAYS));
		wrong.setResult(CheckResult.INCORRECT);
		store.addRecords(List.of(record("E", 20, true, t0.plus(1, ChronoUnit.DAYS)), checked, record("E", 10, false, t0), wrong));
		AttemptHistory history = store.attemptHistory(2);
		assertEquals(4, history.size());
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			assertTrue(history.dated(i));
			assertEquals(t0.plus(times.size(), ChronoUnit.DAYS).toEpochMilli(), history.date(i), "oldest first");
			times.add(history.timeSpent(i));
		}
		assertEquals(List.of(10L, 20L, 30L, 40L), times);
		assertEquals(List.of(Difficulty.EXPERT, Difficulty.EXPERT, Difficulty.BEGINNER, Difficulty.EXPERT),
				List.of(history.difficulty(0), history.difficulty(1), history.difficulty(2), history.difficulty(3)));
		assertEquals(List.of(false, true, true, false),
				List.of(history.completed(0), history.completed(1), history.completed(2), history.completed(3)));
		assertEquals(List.of(false, false, true, true), List.of(history.checked(0), history.checked(1), history.checked(2), history.checked(3)));
		assertEquals(List.of(false, false, true, false), List.of(history.correct(0), history.correct(1), history.correct(2), history.correct(3)));
		assertEquals(List.of(40L, 30L), times(history.newest()), "the two newest, newest first");
		assertEquals(List.of(), store.attemptHistory(0).newest());
		assertThrows(IllegalArgumentException.class, () -> store.attemptHistory(-1));
		assertThrows(IndexOutOfBoundsException.class, () -> history.date(4));
	}

	/** Statistics count attempts, completions, total and best completed time per part and per difficulty. */
	@Test
	public final void statistics() {
		store.putParts(List.of(part("E", Difficulty.EXPERT), part("B", Difficulty.BEGINNER)));
		store.addRecords(List.of(record("E", 100, false, null), record("E", 300, true, null),
				record("E", 200, true, null), record("B", 50, false, null)));
		StoredPart e = store.getPart("E").orElseThrow();
		assertEquals(600, e.getTimeSpent(), "a part's time is the sum of its records");
		assertTrue(e.isCompleted(), "a completed record completes its part");
		assertFalse(store.getPart("B").orElseThrow().isCompleted());
		Statistics stats = store.statistics();
		assertEquals(List.of(new AttemptStats("B", 1, 0, 50, OptionalLong.empty()),
				new AttemptStats("E", 3, 2, 600, OptionalLong.of(200))), stats.perPart());
		assertEquals(List.of(new AttemptStats("BEGINNER", 1, 0, 50, OptionalLong.empty()),
				new AttemptStats("EXPERT", 3, 2, 600, OptionalLong.of(200))), stats.perDifficulty());
	}

	/** Bad input is refused with IllegalArgumentException and changes nothing. */
	@Test
	public final void badInputChangesNothing() {
		store.putPart(part("P-1", Difficulty.BEGINNER));
		StoredPart blank = part(" ", Difficulty.BEGINNER);
		assertThrows(IllegalArgumentException.class, () -> store.putPart(blank));
		assertThrows(IllegalArgumentException.class, () -> store.addRecord(record("P-1", -1, false, null)));
		assertThrows(IllegalArgumentException.class, () -> store.addRecord(record("unknown", 5, false, null)));
		assertThrows(IllegalArgumentException.class,
				() -> store.addRecords(List.of(record("P-1", 5, false, null), record("unknown", 5, false, null))));
		assertThrows(IllegalArgumentException.class, () -> store.putPreference("", new PreferenceValue.Flag(true)));
		assertEquals(1, store.listParts(PartQuery.ALL).size());
		assertEquals(0, store.listRecords(RecordQuery.ALL).size());
	}

	/** Preferences keep their type; setting a name again replaces value and type. */
	@Test
	public final void typedPreferences() {
		store.putPreference("s", new PreferenceValue.Text("hello"));
		store.putPreference("n", new PreferenceValue.Number(2.5));
		store.putPreference("b", new PreferenceValue.Flag(true));
		assertEquals(Optional.of(new PreferenceValue.Text("hello")), store.getPreference("s"));
		assertEquals(Optional.of(new PreferenceValue.Number(2.5)), store.getPreference("n"));
		assertEquals(Optional.of(new PreferenceValue.Flag(true)), store.getPreference("b"));
		store.putPreference("s", new PreferenceValue.Number(7));
		assertEquals(Optional.of(new PreferenceValue.Number(7)), store.getPreference("s"));
		assertEquals(Optional.empty(), store.getPreference("missing"));
		assertEquals(3, store.info().preferences());
	}

	/** Export preferences have defaults and round-trip. */
	@Test
	public final void exportPreferencesRoundTrip() {
		ExportPreferences defaults = store.getExportPreferences();
		assertEquals("pdf", defaults.getFormat());
		assertEquals(ExportDefaults.AUTOMATIC_PAPER, defaults.getPaperSize(), "a user who has chosen no paper has it automatic");
		assertTrue(defaults.isIncludeTitle());
		ExportPreferences prefs = ModelFactory.eINSTANCE.createExportPreferences();
		prefs.setFormat("step");
		prefs.setDxfVersion("R12");
		prefs.setPaperSize("A3");
		prefs.setUnits(Units.INCH);
		prefs.setIncludeTitle(false);
		prefs.setIncludeDimensions(false);
		store.putExportPreferences(prefs);
		ExportPreferences read = store.getExportPreferences();
		assertTrue(EcoreUtil.equals(prefs, read), "export preferences differ");
		assertTrue(store.getPreference("export").orElseThrow() instanceof PreferenceValue.Model);
	}

	/** Listeners hear about committed changes until they are removed. */
	@Test
	public final void listenersAreNotified() {
		List<StoreChange> changes = new ArrayList<>();
		dev.partforge.store.StoreListener listener = changes::add;
		store.addListener(listener);
		store.putPart(part("P-1", Difficulty.BEGINNER));
		long id = store.addRecord(record("P-1", 5, true, null));
		store.putPreference("x", new PreferenceValue.Flag(true));
		store.deletePart("P-1");
		assertThrows(IllegalArgumentException.class, () -> store.addRecord(record("P-1", 5, true, null)));
		assertEquals(List.of(new StoreChange(StoreChange.Kind.PARTS, Set.of("P-1")),
				new StoreChange(StoreChange.Kind.RECORDS, Set.of(String.valueOf(id))),
				new StoreChange(StoreChange.Kind.PARTS, Set.of("P-1")),
				new StoreChange(StoreChange.Kind.PREFERENCES, Set.of("x")),
				new StoreChange(StoreChange.Kind.PARTS, Set.of("P-1"))), changes);
		store.removeListener(listener);
		store.putPart(part("P-2", Difficulty.BEGINNER));
		assertEquals(5, changes.size());
	}

	/** Everything survives closing and reopening; record ids continue. */
	@Test
	public final void dataSurvivesReopen() throws Exception {
		store.putPart(part("P-1", Difficulty.EXPERT));
		long id = store.addRecord(record("P-1", 42, true, null));
		store.putPreference("theme", new PreferenceValue.Text("dark"));
		store = reopen(store);
		assertEquals("Part P-1", store.getPart("P-1").orElseThrow().getRecipe().getName());
		assertEquals(List.of(42L), times(store.listRecords(RecordQuery.forPart("P-1"))));
		assertEquals(Optional.of(new PreferenceValue.Text("dark")), store.getPreference("theme"));
		long next = store.addRecord(record("P-1", 1, false, null));
		assertTrue(next > id, "record id reused after reopen: " + next + " <= " + id);
	}

	/** Info counts objects; verify finds a sound store with unique keys. */
	@Test
	public final void infoAndVerify() {
		store.putParts(List.of(part("A", Difficulty.BEGINNER), part("B", Difficulty.BEGINNER)));
		store.addRecord(record("A", 5, true, null));
		StoreInfo info = store.info();
		assertEquals(2, info.parts());
		assertEquals(1, info.records());
		long onDisk = bytesBelow(info.location());
		assertTrue(info.sizeOnDisk() > 0 && info.sizeOnDisk() <= onDisk,
				"sizeOnDisk " + info.sizeOnDisk() + " is not within the " + onDisk + " bytes below " + info.location());
		var report = store.verify();
		assertTrue(report.ok(), "problems: " + report.problems());
		assertEquals(2, report.parts());
		assertEquals(1, report.records());
		assertEquals(64, report.checksum().length());
		Set<String> keys = new HashSet<>();
		store.listParts(PartQuery.ALL).forEach(p -> keys.add(p.getKey()));
		store.listRecords(RecordQuery.ALL).forEach(r -> keys.add(r.getKey()));
		assertEquals(3, keys.size());
	}

	private static List<String> ids(List<StoredPart> parts) {
		return parts.stream().map(StoredPart::getId).toList();
	}

	private static List<Long> times(List<UserRecord> records) {
		return records.stream().map(UserRecord::getTimeSpent).toList();
	}

	/** @return the bytes of the files below a directory, as {@code du --apparent-size} counts them */
	private static long bytesBelow(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot measure " + dir, e);
		}
	}
}
