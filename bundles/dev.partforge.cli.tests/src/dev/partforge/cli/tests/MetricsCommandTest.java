// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.core.DataDirectory;

/**
 * {@code partforge metrics} after real commands against the real store, exporters and metrics service: the counts
 * grow by exactly what was done.
 */
class MetricsCommandTest {

	@TempDir
	Path out;

	private static CliRun ok(String... args) {
		CliRun r = CliRun.run(DataDirectory.get(), args);
		assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
		return r;
	}

	/** @return the count (or errors) of an operation kind in {@code metrics --json}, 0 if it is not there */
	private static long figure(String json, String kind, String field) {
		Matcher m = Pattern.compile("\\{\"kind\":\"" + Pattern.quote(kind)
				+ "\",\"count\":(\\d+),\"p50\":[0-9.]+,\"p95\":[0-9.]+,\"max\":[0-9.]+,\"errors\":(\\d+)\\}").matcher(json);
		if (!m.find()) {
			return 0;
		}
		return Long.parseLong(m.group(field.equals("count") ? 1 : 2));
	}

	@Test
	void countsGrowByWhatTheCommandsDid() {
		String before = ok("metrics", "--json").out();
		ok("generate", "--difficulty", "beginner", "--seed", "9177");
		for (int i = 0; i < 3; i++) {
			ok("records", "add", "--part", "B-9177", "--time", "10");
		}
		ok("records", "list", "--part", "B-9177");
		ok("records", "list", "--part", "B-9177", "--json");
		ok("export", "--part", "B-9177", "--format", "step", "--out", out.resolve("b.step").toString());
		CliRun failed = CliRun.run(DataDirectory.get(), "export", "--part", "B-9177", "--format", "step", "--out",
				out.resolve("missing/b.step").toString());
		assertEquals(1, failed.exitCode(), failed.err());
		CliRun after = ok("metrics", "--json");
		String json = after.out();

		assertEquals(1, figure(json, "generate", "count") - figure(before, "generate", "count"), json);
		assertEquals(1 + 3, figure(json, "store.commit", "count") - figure(before, "store.commit", "count"), json);
		assertEquals(2, figure(json, "store.query.records", "count") - figure(before, "store.query.records", "count"),
				json);
		assertEquals(2, figure(json, "export.step", "count") - figure(before, "export.step", "count"), json);
		assertEquals(1, figure(json, "export.step", "errors") - figure(before, "export.step", "errors"), json);
		assertTrue(json.contains("\"export.step: ExportException\":"), json);
		assertTrue(Pattern.compile("\"database\":[1-9]\\d*").matcher(json).find(), json);
		assertTrue(json.contains("{\"name\":\"cdo.revisions\",\"size\":"), json);
		assertTrue(json.startsWith("{\"since\":\"") && json.strip().endsWith("\"warnings\":[]}"), json);
		assertEquals("", after.err());

		String text = ok("metrics").out();
		assertTrue(text.contains("store.commit") && text.contains("export.step") && text.contains("storage  database"),
				text);
	}

	@Test
	void warnsFromNinetyPercentOfTheQuotaAndShowsTheBudget() {
		ok("prefs", "set", "storage.quotaMB", "0.1"); // the test store's database alone is larger than 0.09 MiB
		ok("prefs", "set", "cache.memoryMB", "128");
		try {
			CliRun run = ok("metrics", "--json");
			String json = run.out();
			assertTrue(json.contains("\"quota\":104857,\"memoryBudget\":134217728,\"warnings\":[\"the database and "
					+ "backups use "), json);
			assertTrue(json.contains("of the quota of 0.1 MiB (preference storage.quotaMB)"), json);
			assertTrue(run.err().startsWith("warning: the database and backups use "), run.err());
			assertEquals(1, run.err().lines().count(), run.err());
			String text = ok("metrics").out();
			assertTrue(text.contains("quota    0.1 MiB for database and backups (storage.quotaMB)"), text);
			assertTrue(text.contains("memory budget of the caches 128 MiB (cache.memoryMB)"), text);
		} finally {
			ok("prefs", "set", "storage.quotaMB", "0");
			ok("prefs", "set", "cache.memoryMB", "64");
		}
		CliRun after = ok("metrics", "--json");
		assertTrue(after.out().contains("\"quota\":null,\"memoryBudget\":67108864,\"warnings\":[]"), after.out());
		assertEquals("", after.err());
	}
}
