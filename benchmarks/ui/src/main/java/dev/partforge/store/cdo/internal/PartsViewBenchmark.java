// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.PartRecipe;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.practice.internal.RecipeModels;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import dev.partforge.store.AttemptStats;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartSummary;
import dev.partforge.ui.internal.parts.PartColumn;
import dev.partforge.ui.internal.parts.PartFilter;
import dev.partforge.ui.internal.parts.PartRow;
import dev.partforge.ui.internal.parts.PartsModel;

/**
 * Parts view benchmark (not a test): a library of generated parts with attempt records, opened cold (a new JVM per
 * run) until the Parts view's model (rows filtered and sorted by name) is filled, three ways in the same run:
 * {@code summaries} (what the view does: {@code listPartSummaries}), {@code objects} (the former way: every part
 * loaded and copied by {@code listParts}, plus {@code statistics}) and {@code jdbc} (baseline: the same two SQL
 * queries on the same H2 file by raw JDBC, no CDO). Usage:
 * {@code PartsViewBenchmark WORK_DIR PARTS,RECORDS_PER_PART,RUNS}.
 */
public final class PartsViewBenchmark {

	private static final List<String> MODES = List.of("jdbc", "summaries", "objects");

	private PartsViewBenchmark() {
	}

	private static final int FILL_SLICE = 1_000;

	public static void main(String[] args) throws Exception {
		if (args[0].equals("--child")) {
			child(args[1], Path.of(args[2]));
			return;
		}
		Path work = Path.of(args[0]).toAbsolutePath();
		String[] sizes = args[1].split(",");
		int parts = Integer.parseInt(sizes[0].strip());
		int recordsPerPart = Integer.parseInt(sizes[1].strip());
		int runs = Integer.parseInt(sizes[2].strip());
		Path store = work.resolve("store");
		System.out.printf(Locale.ROOT, "# Parts view benchmark: Java %s, %d cores, %s%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Instant.now());
		fill(store, parts, recordsPerPart);
		if (runs == 0) {
			return; // fill only: the stall probe (LargeLibraryUITest) runs the workbench over this library
		}
		Map<String, List<long[]>> results = new LinkedHashMap<>();
		for (int run = 0; run < runs; run++) {
			for (String mode : MODES) {
				long[] r = spawn(mode, store);
				results.computeIfAbsent(mode, m -> new ArrayList<>()).add(r);
				System.out.printf(Locale.ROOT, "run %d %-9s open %5d ms, list+model %5d ms, total %5d ms, %d rows%n",
						run + 1, mode, r[0], r[1], r[0] + r[1], r[2]);
			}
		}
		System.out.printf(Locale.ROOT, "%n| %,d parts, %,d records, cold, median of %d | open | list + model | total |%n"
				+ "|---|---|---|---|%n", parts, (long) parts * recordsPerPart, runs);
		Map<String, Long> totals = new HashMap<>();
		for (var e : results.entrySet()) {
			long open = median(e.getValue(), r -> r[0]);
			long list = median(e.getValue(), r -> r[1]);
			long total = median(e.getValue(), r -> r[0] + r[1]);
			totals.put(e.getKey(), total);
			System.out.printf(Locale.ROOT, "| %s | %d ms | %d ms | %d ms |%n", e.getKey(), open, list, total);
		}
		System.out.printf(Locale.ROOT, "summaries / jdbc %.1fx; objects / summaries %.1fx%n",
				totals.get("summaries") / (double) Math.max(1, totals.get("jdbc")),
				totals.get("objects") / (double) Math.max(1, totals.get("summaries")));
	}

	private static void fill(Path dir, int parts, int recordsPerPart) throws IOException {
		Path done = dir.resolveSibling("filled-" + parts + "-" + recordsPerPart);
		if (Files.exists(done)) {
			System.out.println("reusing the library filled by an earlier run: " + dir);
			return;
		}
		delete(dir);
		long t0 = System.nanoTime();
		CdoPartStore store = new CdoPartStore(dir);
		try {
			List<StoredPart> batch = new ArrayList<>();
			List<UserRecord> records = new ArrayList<>();
			Instant day = Instant.parse("2026-11-01T09:00:00Z");
			for (int i = 1; i <= parts; i++) {
				Difficulty d = Difficulty.values()[i % 3];
				Units u = i % 10 == 0 ? Units.INCH : Units.MM;
				String id = d.name().charAt(0) + "-" + i + (u == Units.INCH ? "-IN" : "");
				PartRecipe recipe = RecipeModels.toModel(id, RecipeGenerator.generate(d, i, u));
				StoredPart part = ModelFactory.eINSTANCE.createStoredPart();
				part.setId(id);
				part.setRecipe(recipe);
				part.setBookmarked(i % 50 == 0);
				if (i % 7 == 0) {
					part.setLastViewed(Date.from(day.plusSeconds(i * 60L)));
				}
				batch.add(part);
				for (int k = 0; k < recordsPerPart; k++) {
					UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
					r.setPartId(id);
					r.setTimeSpent(60_000L + (i * 7919L + k * 104_729L) % 3_600_000);
					r.setCompleted((i + k) % 3 != 0);
					r.setDate(Date.from(day.plusSeconds(i * 60L + k)));
					records.add(r);
				}
				if (i % FILL_SLICE == 0 || i == parts) { // commit in slices: bounded memory, progress on the way
					store.putParts(batch);
					store.addRecords(records);
					batch.clear();
					records.clear();
					System.out.printf(Locale.ROOT, "  filled %,d parts and %,d records (%.0f s)%n", i,
							(long) i * recordsPerPart, (System.nanoTime() - t0) / 1e9);
				}
			}
		} finally {
			store.close();
		}
		Files.createFile(done);
		System.out.printf(Locale.ROOT, "filled %,d parts and %,d records in %.0f s%n", parts,
				(long) parts * recordsPerPart, (System.nanoTime() - t0) / 1e9);
	}

	/** Runs one cold measurement in a new JVM: {open ms, list and model ms, rows}. */
	private static long[] spawn(String mode, Path store) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process p = new ProcessBuilder(java.toString(), "-Xmx2g", "-cp", System.getProperty("java.class.path"),
				PartsViewBenchmark.class.getName(), "--child", mode, store.toString()).redirectErrorStream(true)
				.start();
		long[] result = null;
		StringBuilder output = new StringBuilder();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				output.append(line).append('\n');
				if (!line.startsWith("RESULT ")) {
					System.out.println("  " + mode + " | " + line);
				} else {
					result = Arrays.stream(line.substring(7).split(" ")).mapToLong(Long::parseLong).toArray();
				}
			}
		}
		if (p.waitFor() != 0 || result == null) {
			throw new IllegalStateException(mode + " run failed (exit " + p.exitValue() + "):\n" + output);
		}
		return result;
	}

	private static void child(String mode, Path dir) throws Exception {
		long t0 = System.nanoTime();
		ModelPackage.eINSTANCE.getNsURI(); // registers the model, as the model bundle's extension does in the product
		List<PartRow> rows;
		long t1;
		if (mode.equals("jdbc")) {
			try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db").resolve("partforge")
					+ ";NON_KEYWORDS=VALUE;ACCESS_MODE_DATA=r", "sa", ""); Statement s = c.createStatement()) {
				t1 = System.nanoTime();
				rows = jdbcRows(s);
			}
		} else {
			CdoPartStore store = new CdoPartStore(dir);
			try {
				store.info(); // opens the repository
				t1 = System.nanoTime();
				rows = mode.equals("summaries") ? store.listPartSummaries(PartQuery.ALL).stream().map(PartRow::of).toList()
						: objectRows(store);
			} finally {
				store.close();
			}
		}
		PartsModel model = PartsModel.of(rows, PartFilter.NONE, PartColumn.NAME, true);
		long t2 = System.nanoTime();
		System.out.printf(Locale.ROOT, "RESULT %d %d %d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
				model.visible().size());
	}

	private static List<PartRow> jdbcRows(Statement s) throws Exception {
		long resource;
		try (ResultSet r = s.executeQuery("SELECT CDO_RESOURCE FROM STOREDPART WHERE CDO_VERSION > 0 LIMIT 1")) {
			r.next();
			resource = r.getLong(1);
		}
		Map<String, Long> best = new HashMap<>();
		try (ResultSet r = s.executeQuery(PartSummaries.BEST)) {
			while (r.next()) {
				best.put(r.getString(1), r.getLong(2));
			}
		}
		List<PartRow> rows = new ArrayList<>();
		try (ResultSet r = s.executeQuery(PartSummaries.sql(resource, PartQuery.ALL))) {
			int columns = r.getMetaData().getColumnCount();
			while (r.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = r.getObject(i + 1);
				}
				rows.add(PartRow.of(PartSummaries.summary(row, best)));
			}
		}
		return rows;
	}

	/** The Parts view's former way: every part loaded and copied, best times from the statistics. */
	private static List<PartRow> objectRows(CdoPartStore store) {
		Map<String, AttemptStats> stats = store.statistics().perPart().stream()
				.collect(Collectors.toMap(AttemptStats::group, Function.identity()));
		return store.listParts(PartQuery.ALL).stream().map(p -> {
			PartRecipe recipe = p.getRecipe();
			AttemptStats a = stats.get(p.getId());
			return PartRow.of(new PartSummary(p.getId(), recipe.getName(), recipe.getDifficulty(), recipe.getUnits(),
					recipe.getSeed(), p.isBookmarked(), p.isCompleted(),
					p.getLastViewed() == null ? null : p.getLastViewed().toInstant(),
					a == null ? OptionalLong.empty() : a.bestTime()));
		}).toList();
	}

	private static long median(List<long[]> runs, java.util.function.ToLongFunction<long[]> value) {
		long[] sorted = runs.stream().mapToLong(value).sorted().toArray();
		return sorted[sorted.length / 2];
	}

	private static void delete(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(f);
				}
			}
		}
	}
}
