// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.partforge.model.SchemaHistory;

/**
 * Migration fidelity: after migrating a real repository made from a fixture of an old schema, every field of every
 * part, record and preference (and of everything they contain) is what the fixture file says, plus what the schema
 * change adds, derived by hand here from the fixture as read by a DOM parser ({@link FixtureModel}), never from the
 * migration code. Randomly made values (uuids, keys) are checked for their form and uniqueness, the migration time
 * for its range.
 */
public final class MigrationFidelityTest {

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
	private static final String RANDOM = "<random uuid>";
	private static final String MIGRATED = "<migration time>";

	private Path root;
	private StoreLayout layout;

	@BeforeEach
	void createDirectory() throws Exception {
		root = TempStores.newDirectory("fidelity");
		layout = new StoreLayout(root);
	}

	@AfterEach
	void deleteDirectory() throws Exception {
		TempStores.delete(root);
	}

	@ParameterizedTest(name = "v{0} to the current schema")
	@ValueSource(ints = { 1, 2, 3 })
	void everyFieldOfEveryObjectSurvives(int from) throws Exception {
		FixtureModel fixture;
		try (InputStream in = Fixtures.open(from)) {
			fixture = FixtureModel.read(in);
		}
		Fixtures.install(from, layout);
		long start = Instant.now().toEpochMilli();
		CdoPartStore store = new CdoPartStore(root);
		try {
			assertTrue(store.migrate().migrated(), "v" + from + " was not migrated");
		} finally {
			store.close();
		}
		long end = Instant.now().toEpochMilli();

		List<Map<String, String>> parts = fixture.objects(StoreResources.PARTS);
		List<Map<String, String>> records = fixture.objects(from >= 3 ? StoreResources.bucket(1) : StoreResources.RECORDS);
		List<Map<String, String>> preferences = fixture.objects(StoreResources.PREFERENCES);
		if (from < 3) {
			parts = expectedParts(parts, records);
			records = expectedRecords(records);
			preferences = expectedPreferences(preferences);
		}
		Map<String, List<Map<String, String>>> expected = Map.of( //
				StoreResources.PARTS, parts, //
				StoreResources.RECORDS, records, //
				StoreResources.PREFERENCES, v4Preferences(preferences), //
				StoreResources.STATES, v4States(parts));
		Map<String, List<Map<String, String>>> actual = new TreeMap<>();
		try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db())) {
			Snapshot stored = StoreResources.read(repository, SchemaHistory.CURRENT_VERSION);
			actual.put(StoreResources.PARTS, fields(stored.parts()));
			actual.put(StoreResources.RECORDS, fields(stored.records()));
			actual.put(StoreResources.PREFERENCES, fields(stored.preferences()));
			actual.put(StoreResources.STATES, fields(stored.states()));
			assertEquals(List.of(), stored.outbox(), "the outbox starts empty");
			assertEquals(List.of(), stored.sync(), "no sync state before a server is set");
		}
		if (from >= 3) {
			for (String resource : expected.keySet()) {
				assertEquals(sorted(expected.get(resource)), sorted(actual.get(resource)), resource + " after v" + from);
			}
			return;
		}
		Set<String> uuids = new HashSet<>();
		actual.get(StoreResources.RECORDS).forEach(r -> {
			assertTrue(r.get("uuid").matches(UUID) && uuids.add(r.get("uuid")), "record uuid " + r);
			assertEquals(r.get("uuid"), r.get("key"), "a record's key is its uuid");
			r.put("uuid", RANDOM);
			r.put("key", RANDOM);
		});
		actual.get(StoreResources.PREFERENCES).forEach(p -> {
			assertTrue(p.get("key").matches(UUID) && uuids.add(p.get("key")), "preference key " + p);
			p.put("key", RANDOM);
			long created = Long.parseLong(p.get("created"));
			assertTrue(start <= created && created <= end, "a preference is created by the migration: " + p);
			assertEquals(p.get("created"), p.get("modified"), "preference modified " + p);
			p.put("created", MIGRATED);
			p.put("modified", MIGRATED);
		});
		for (String resource : expected.keySet()) {
			assertEquals(sorted(expected.get(resource)), sorted(actual.get(resource)), resource + " after v" + from);
		}
	}

	/** v4: the export preferences' format enum (stored as its value, PDF = 0 left out) becomes the exporter id. */
	private static List<Map<String, String>> v4Preferences(List<Map<String, String>> preferences) {
		List<String> ids = List.of("pdf", "dxf", "step", "svg");
		List<Map<String, String>> expected = new ArrayList<>();
		for (Map<String, String> preference : preferences) {
			Map<String, String> p = new TreeMap<>(preference);
			if ("export".equals(p.get("name"))) {
				p.put("objectValue.format", ids.get(Integer.parseInt(p.getOrDefault("objectValue.format", "0"))));
			}
			expected.add(p);
		}
		return expected;
	}

	/** v4: a part bookmarked or viewed gets a PartState with both, keyed by the part id, created = modified = part's. */
	private static List<Map<String, String>> v4States(List<Map<String, String>> v3Parts) {
		List<Map<String, String>> expected = new ArrayList<>();
		for (Map<String, String> part : v3Parts) {
			if (part.containsKey("bookmarked") || part.containsKey("lastViewed")) {
				Map<String, String> s = new TreeMap<>();
				s.put("key", part.get("id"));
				s.put("partId", part.get("id"));
				if (part.containsKey("bookmarked")) {
					s.put("bookmarked", part.get("bookmarked"));
				}
				if (part.containsKey("lastViewed")) {
					s.put("lastViewed", part.get("lastViewed"));
				}
				s.put("created", part.get("modified"));
				s.put("modified", part.get("modified"));
				expected.add(s);
			}
		}
		return expected;
	}

	/** Parts keep every field; they gain key = id, the sum of their records' times, modified = created. */
	private static List<Map<String, String>> expectedParts(List<Map<String, String>> parts,
			List<Map<String, String>> records) {
		List<Map<String, String>> expected = new ArrayList<>();
		for (Map<String, String> part : parts) {
			Map<String, String> p = new TreeMap<>(part);
			p.put("key", part.get("id"));
			long time = records.stream().filter(r -> part.get("id").equals(r.get("partId")))
					.mapToLong(r -> Long.parseLong(r.get("timeSpent"))).sum();
			Fields.put(p, "timeSpent", time);
			p.put("modified", part.get("created"));
			expected.add(p);
		}
		return expected;
	}

	/** Records keep every field; they gain a random uuid that is also their key, created = modified = date. */
	private static List<Map<String, String>> expectedRecords(List<Map<String, String>> records) {
		List<Map<String, String>> expected = new ArrayList<>();
		for (Map<String, String> record : records) {
			Map<String, String> r = new TreeMap<>(record);
			r.put("uuid", RANDOM);
			r.put("key", RANDOM);
			r.put("created", record.get("date"));
			r.put("modified", record.get("date"));
			expected.add(r);
		}
		return expected;
	}

	/** Preferences keep every field (also of the object they hold); they gain a random key, created by the migration. */
	private static List<Map<String, String>> expectedPreferences(List<Map<String, String>> preferences) {
		List<Map<String, String>> expected = new ArrayList<>();
		for (Map<String, String> preference : preferences) {
			Map<String, String> p = new TreeMap<>(preference);
			p.put("key", RANDOM);
			p.put("created", MIGRATED);
			p.put("modified", MIGRATED);
			expected.add(p);
		}
		return expected;
	}

	private static List<Map<String, String>> fields(List<EObject> objects) {
		return new ArrayList<>(objects.stream().map(Fields::of).toList());
	}

	/** Orders objects by their identity: id for parts and records, name for preferences, part id for states. */
	private static List<Map<String, String>> sorted(List<Map<String, String>> objects) {
		return objects.stream().sorted(Comparator.comparing(
				o -> o.containsKey("id") ? o.get("id") : o.containsKey("name") ? o.get("name") : o.get("partId")))
				.toList();
	}
}
