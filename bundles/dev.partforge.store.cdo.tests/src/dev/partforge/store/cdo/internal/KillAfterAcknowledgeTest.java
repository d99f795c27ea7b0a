// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

import dev.partforge.model.OutboxEntry;
import dev.partforge.model.OutboxKind;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.RecordQuery;
import dev.partforge.tests.common.ChildJvm;

/**
 * Durability: separate JVMs ({@link StoreChild}, the real store on real H2 files) are killed with SIGKILL at random
 * points of record/preference writes, backups and migrations, right after they acknowledged something. After each
 * kill the store is opened again here and must hold every acknowledged change, completely, and nothing half-done: a
 * part's total equals the sum of its records, at most the one change in flight when the kill came is there
 * unacknowledged, each record has its sync outbox entry, every acknowledged backup is a complete file, and no
 * partial backup, migration folder or journal is left. The environment variables {@code PARTFORGE_CRASH_TRIALS} (default 50) and {@code PARTFORGE_CRASH_SEED} (default:
 * the clock, printed) repeat or shorten a run.
 */
public final class KillAfterAcknowledgeTest {

	private Path work;

	@BeforeEach
	void createDirectory() throws IOException {
		work = TempStores.newDirectory("kill9");
	}

	@AfterEach
	void deleteDirectory() throws IOException {
		TempStores.delete(work);
	}

	@Test
	public void everyAcknowledgedChangeSurvivesKill9() throws Exception {
		int trials = Integer.parseInt(System.getenv().getOrDefault("PARTFORGE_CRASH_TRIALS", "50"));
		long seed = Long.parseLong(System.getenv().getOrDefault("PARTFORGE_CRASH_SEED", Long.toString(System.nanoTime())));
		System.out.println("KillAfterAcknowledgeTest: " + trials + " trials, PARTFORGE_CRASH_SEED=" + seed);
		Random random = new Random(seed);
		Path writes = work.resolve("writes");
		Expected expected = new Expected();
		for (int trial = 0; trial < trials; trial++) {
			String what = switch (trial % 5) {
			case 3 -> "backup";
			case 4 -> "migrate";
			default -> "write";
			};
			String context = "trial " + trial + " (" + what + ", seed " + seed + ")";
			if (what.equals("migrate")) {
				Path root = work.resolve("migrate-" + trial);
				Fixtures.install(1, new StoreLayout(root));
				Expected fresh = new Expected();
				for (int i = 0; i < Fixtures.RECORD_TIMES.length; i++) {
					fresh.records.put(i + 1L, Fixtures.RECORD_TIMES[i]); // the fixture's records 1..5
				}
				killDuringRun(root, what, random, fresh, random.nextInt(8000));
				check(root, fresh, context, true);
				TempStores.delete(root);
			} else {
				killDuringRun(writes, what, random, expected, -1);
				check(writes, expected, context, false);
			}
		}
	}

	/** Runs a child and kills it after a random number of acknowledgements, or after a delay if one is given. */
	private void killDuringRun(Path root, String mode, Random random, Expected expected, int delayMillis)
			throws Exception {
		Process child = ChildJvm.start(work, StoreChild.class, Map.of(), root.toString(), mode,
				Long.toString(random.nextLong()));
		CompletableFuture.delayedExecutor(3, TimeUnit.MINUTES).execute(() -> child.toHandle().destroyForcibly());
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			if (delayMillis >= 0) {
				Thread.sleep(delayMillis);
			} else {
				int acks = 1 + random.nextInt(6);
				for (int seen = 0; seen < acks;) {
					String line = out.readLine();
					if (line == null) {
						break;
					}
					seen += expected.add(line) ? 1 : 0;
				}
				Thread.sleep(random.nextInt(25));
			}
			assertTrue(child.isAlive(), () -> "the child ended by itself: " + ChildJvm.log(child));
			child.toHandle().destroyForcibly(); // SIGKILL; Process.destroyForcibly would also close its output
			assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not die");
			for (String line; (line = out.readLine()) != null;) {
				expected.add(line);
			}
		}
	}

	private static void check(Path root, Expected expected, String context, boolean migrated) throws Exception {
		CdoPartStore store = new CdoPartStore(root);
		try {
			Map<Long, Long> records = new HashMap<>();
			for (UserRecord r : store.listRecords(RecordQuery.ALL)) {
				records.put(r.getId(), r.getTimeSpent());
			}
			expected.records.forEach((id, time) -> assertEquals(time, records.get(id),
					context + ": acknowledged record " + id + " lost or changed"));
			long unacknowledged = records.keySet().stream()
					.filter(id -> !expected.records.containsKey(id) && !expected.unacknowledged.contains(id)).count();
			assertTrue(unacknowledged <= 1, context + ": " + unacknowledged + " records appeared unacknowledged");
			records.keySet().stream().filter(id -> !expected.records.containsKey(id))
					.forEach(expected.unacknowledged::add);
			expected.preferences.forEach((name, value) -> assertEquals(Optional.of(new PreferenceValue.Number(value)),
					store.getPreference(name), context + ": acknowledged preference " + name));
			Optional<StoredPart> part = store.getPart(StoreChild.PART);
			assertTrue(part.isPresent() || !expected.part, context + ": acknowledged part lost");
			part.ifPresent(p -> assertEquals(store.listRecords(RecordQuery.forPart(StoreChild.PART)).stream()
					.mapToLong(UserRecord::getTimeSpent).sum(), p.getTimeSpent(),
					context + ": the part's total differs from its records"));
			for (Path backup : expected.backups) {
				if (Files.exists(backup)) {
					assertCompleteBackup(backup, context);
				} else {
					long newer = newerBackups(backup);
					assertTrue(newer >= CdoPartStore.DEFAULT_KEEP_BACKUPS, context + ": acknowledged backup " + backup
							+ " missing, though only " + newer + " newer backups exist (the rolling policy keeps "
							+ CdoPartStore.DEFAULT_KEEP_BACKUPS + ")");
				}
			}
			if (!migrated) {
				// each record was added with its outbox entry in one commit: no kill leaves one without the other
				assertEquals(store.listRecords(RecordQuery.ALL).stream().map(UserRecord::getUuid)
						.collect(Collectors.toSet()),
						store.outbox(Integer.MAX_VALUE).stream().filter(e -> e.getKind() == OutboxKind.RECORD_ADDED)
								.map(OutboxEntry::getBusinessKey).collect(Collectors.toSet()),
						context + ": records and their outbox entries differ");
			}
			if (migrated) {
				assertTrue(store.info().parts() >= Fixtures.PART_IDS.size(), context + ": migrated parts lost");
				assertTrue(store.info().records() >= 5, context + ": migrated records lost");
				assertEquals(4, store.info().schemaVersion());
			}
			assertTrue(store.verify().ok(), () -> context + ": verify: " + store.verify().problems());
			assertEquals(List.of(), leftovers(root), context + ": leftovers");
		} finally {
			store.close();
		}
	}

	private static List<String> leftovers(Path root) throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.map(f -> root.relativize(f).toString())
					.filter(n -> n.endsWith(".partial") || n.startsWith("migrating-") || n.endsWith(".journal"))
					.forEach(found::add);
		}
		return found;
	}

	/** @return how many backups beside this one were written after it (by the time in their names) */
	private static long newerBackups(Path backup) throws IOException {
		String time = backupTime(backup);
		try (Stream<Path> files = Files.list(backup.getParent())) {
			return files.filter(f -> f.getFileName().toString().endsWith(".cdo.xml.gz"))
					.filter(f -> backupTime(f).compareTo(time) > 0).count();
		}
	}

	private static String backupTime(Path backup) {
		return backup.getFileName().toString().replaceFirst("^partforge-v\\d+-", "");
	}

	private static void assertCompleteBackup(Path backup, String context) throws Exception {
		assertTrue(Files.isRegularFile(backup), context + ": acknowledged backup " + backup + " missing");
		try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
			SAXParserFactory.newInstance().newSAXParser().parse(in, new DefaultHandler());
		}
	}

	/** What the children acknowledged. */
	private static final class Expected {
		final Map<Long, Long> records = new LinkedHashMap<>();
		final Set<Long> unacknowledged = new HashSet<>();
		final Map<String, Double> preferences = new LinkedHashMap<>();
		final List<Path> backups = new ArrayList<>();
		boolean part;

		/** @return whether the line was an acknowledgement */
		boolean add(String line) {
			String[] f = line.split(" ");
			if (f.length < 2 || !f[0].equals("ACK")) {
				return false;
			}
			switch (f[1]) {
			case "record" -> records.put(Long.parseLong(f[2]), Long.parseLong(f[3]));
			case "pref" -> preferences.put(f[2], Double.parseDouble(f[3]));
			case "backup" -> backups.add(Path.of(f[2]));
			case "part" -> part = true;
			default -> assertFalse(f[1].isEmpty());
			}
			return true;
		}
	}
}
