// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partforge.core.DataDirectory;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * The store commands against the real CDO store service. The store is one service per runtime, opened on first use
 * in {@code partforge.data}, which the build points at this module's {@code target/test-data}.
 */
class StoreCommandsTest {

	private static Path data;

	@BeforeAll
	static void findDataDirectory() {
		data = DataDirectory.get();
	}

	private static CliRun ok(String... args) {
		CliRun r = CliRun.run(data, args);
		assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
		return r;
	}

	private static void fails(int exitCode, String... args) {
		CliRun r = CliRun.run(data, args);
		assertEquals(exitCode, r.exitCode(), String.join(" ", args) + " -> " + r.out() + r.err());
		assertTrue(r.err().startsWith("partforge: ") && r.err().strip().lines().count() == 1,
				"one-line error expected: " + r.err());
	}

	@Test
	void partsLifecycle() {
		String id = ok("parts", "add", "--name", "Bracket", "--difficulty", "expert", "--seed", "42").out().strip();
		assertEquals("E-42", id);
		String json = ok("parts", "get", id, "--json").out();
		String stockKind = RecipeGenerator.generate(Difficulty.EXPERT, 42, Units.MM).stock().kind().id();
		assertTrue(json.contains("\"id\":\"" + id + "\"") && json.contains("\"difficulty\":\"EXPERT\"")
				&& json.contains("\"name\":\"Bracket\"") && json.contains("\"kind\":\"" + stockKind + "\"")
				&& json.contains("\"seed\":42"), json);
		ok("parts", "bookmark", id);
		assertTrue(ok("parts", "list", "--bookmarked", "--json").out().contains(id));
		ok("parts", "unbookmark", id);
		assertFalse(ok("parts", "list", "--bookmarked", "--json").out().contains(id));
		assertTrue(ok("parts", "list", "--difficulty", "EXPERT").out().contains(id));
		ok("parts", "delete", id);
		fails(1, "parts", "get", id);
		fails(1, "parts", "delete", id);
		fails(2, "parts", "add", "--name", "X", "--difficulty", "hard");
		fails(2, "parts", "add", "--name", "X", "--difficulty", "beginner", "--seed", "abc");
		fails(2, "parts", "frobnicate");
	}

	@Test
	void recordsAndStats() {
		String id = ok("parts", "add", "--name", "Plate", "--difficulty", "beginner").out().strip();
		String before = ok("records", "list", "--json").out();
		fails(2, "records", "add", "--part", id, "--time", "-5");
		fails(2, "records", "add", "--part", id, "--time", "soon");
		fails(2, "records", "add", "--part", "P-none", "--time", "5");
		assertEquals(before, ok("records", "list", "--json").out(), "bad input changed records");
		String first = ok("records", "add", "--part", id, "--time", "30").out().strip();
		String second = ok("records", "add", "--part", id, "--time", "12.5", "--completed").out().strip();
		assertNotEquals(first, second);
		String records = ok("records", "list", "--part", id, "--json").out();
		assertTrue(records.contains("\"timeSpent\":30000") && records.contains("\"timeSpent\":12500")
				&& records.contains("\"partId\":\"" + id + "\"") && records.contains("\"uuid\":"), records);
		assertTrue(ok("parts", "get", id, "--json").out().contains("\"timeSpent\":42500"));
		String stats = ok("stats", "--json").out();
		assertTrue(stats.contains("{\"partId\":\"" + id + "\",\"attempts\":2,\"completed\":1,\"totalTime\":42500,"
				+ "\"bestTime\":12500}"), stats);
		assertTrue(ok("stats").out().contains("BEGINNER"));
	}

	@Test
	void preferences() {
		ok("prefs", "set", "theme", "dark");
		assertEquals("dark", ok("prefs", "get", "theme").out().strip());
		ok("prefs", "set", "zoom", "1.5");
		fails(2, "prefs", "set", "zoom", "big");
		assertEquals("1.5", ok("prefs", "get", "zoom").out().strip());
		fails(1, "prefs", "get", "nothing-here");
	}

	@Test
	void storeMaintenance() {
		ok("parts", "add", "--name", "Shaft", "--difficulty", "intermediate");
		String info = ok("store", "info", "--json").out();
		assertTrue(info.contains("\"schemaVersion\":4") && info.contains(data.resolve("store").toString()), info);
		Path backup = Path.of(ok("store", "backup").out().strip());
		assertTrue(Files.isRegularFile(backup) && backup.toString().endsWith(".cdo.xml.gz"), backup.toString());
		assertTrue(ok("store", "info", "--json").out().contains("\"lastBackup\":\"20"));
		assertTrue(ok("store", "verify").out().strip().endsWith("ok"));
		assertTrue(ok("store", "migrate").out().contains("nothing to migrate"));
	}

	@Test
	void storeRestore() {
		String kept = ok("parts", "add", "--name", "Kept", "--difficulty", "beginner", "--seed", "9001").out().strip();
		Path backup = Path.of(ok("store", "backup").out().strip());
		String later = ok("parts", "add", "--name", "Later", "--difficulty", "beginner", "--seed", "9002").out().strip();
		CliRun restored = ok("store", "restore", backup.toString());
		assertTrue(restored.out().startsWith("restored " + backup) && restored.out().contains("kept in"),
				restored.out());
		ok("parts", "get", kept);
		fails(1, "parts", "get", later);
		fails(2, "store", "restore", "one", "two");
		fails(1, "store", "restore", data.resolve("no-such-backup.cdo.xml.gz").toString());
		ok("parts", "get", kept);
	}

	@Test
	void aDamagedStoreIsReadFromItsBackupAndRefusesWrites() throws Exception {
		String kept = ok("parts", "add", "--name", "Copy", "--difficulty", "beginner", "--seed", "9101").out().strip();
		Path backup = Path.of(ok("store", "backup").out().strip());
		ok("store", "restore", backup.toString()); // closes the store: the next command opens it again
		Path file = data.resolve("store/db/partforge.mv.db");
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x5A;
		Files.write(file, bytes);
		String warning = "warning: PartForge is showing a read-only copy of the backup " + backup + " because ";

		CliRun list = ok("parts", "list");
		assertTrue(list.out().contains(kept), list.out());
		assertTrue(list.err().startsWith(warning) && list.err().strip().lines().count() == 1, list.err());
		CliRun info = ok("store", "info", "--json");
		assertTrue(info.out().contains("\"readOnlyCopy\":\"" + backup + "\""), info.out());
		CliRun add = CliRun.run(data, "records", "add", "--part", kept, "--time", "3");
		assertEquals(1, add.exitCode(), add.out() + add.err());
		assertEquals("", add.out());
		assertTrue(add.err().startsWith("partforge: PartForge is showing a read-only copy of the backup " + backup)
				&& add.err().strip().endsWith("use Restore... in the Storage view")
				&& add.err().strip().lines().count() == 1, add.err());
		CliRun doctor = CliRun.run(data, "doctor");
		assertTrue(doctor.out().contains("FAIL  store: PartForge is showing a read-only copy"), doctor.out());
		assertTrue(Arrays.equals(bytes, Files.readAllBytes(file)), "the damaged file is untouched");

		ok("store", "restore");
		CliRun normal = ok("parts", "list");
		assertTrue(normal.out().contains(kept) && normal.err().isEmpty(), normal.err());
		assertTrue(ok("store", "info", "--json").out().contains("\"readOnlyCopy\":null"));
		ok("records", "add", "--part", kept, "--time", "3");
	}
}
