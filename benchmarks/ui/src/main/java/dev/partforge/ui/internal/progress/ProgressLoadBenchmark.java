// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;

import dev.partforge.model.ModelPackage;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.cdo.internal.CdoPartStore;

/**
 * What the Progress view's loading Job costs at a library's size (issue 13, the UI stall at 10⁶ records: the Job
 * competes with the UI thread for the machine's two cores). In one JVM on a library filled by
 * {@code PartsViewBenchmark}, rounds alternate between the baseline, the records read as objects
 * ({@code listRecords(ALL)}, what the Job read before it built its figures from them, so a lower bound of the former
 * load), and the Job's whole load now: the attempt history as columns with the newest 1,000 records, the summary and
 * the chart's timeline. Per round: wall time, CPU time and bytes allocated by the measuring thread; medians of the
 * rounds after the first (warm-up) of each.
 * <p>
 * Run: {@code ../../mvnw compile exec:exec@progress -Dbench.dir=/tmp/partforge-stall-1e6} (a library of 10,000
 * parts and 10⁶ records; fill it first with {@code exec:exec -Dbench.args=10000,100,0}).
 */
public final class ProgressLoadBenchmark {
	private static final int ROUNDS = 6;
	/** The newest records the view's table lists ({@code ProgressView.TABLE_LIMIT}; the view is not compiled here). */
	private static final int TABLE = 1_000;

	private ProgressLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		ModelPackage.eINSTANCE.getNsURI();
		CdoPartStore store = new CdoPartStore(Path.of(args[0]));
		try {
			long t = System.nanoTime();
			long records = store.info().records();
			System.out.printf(Locale.ROOT, "# Progress view load: Java %s, %d cores, %,d records, store open %d ms%n",
					System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), records,
					(System.nanoTime() - t) / 1_000_000);
			List<long[]> baseline = new ArrayList<>();
			List<long[]> load = new ArrayList<>();
			for (int round = 0; round < ROUNDS; round++) {
				long[] b = measure(() -> store.listRecords(RecordQuery.ALL).size());
				long[] l = measure(() -> {
					ZoneId zone = ZoneId.systemDefault();
					ProgressSummary summary = ProgressSummary.of(store.attemptHistory(TABLE), Map.of(),
							LocalDate.now(zone), zone);
					return ProgressCharts.Timeline.of(summary).series().size() + summary.total();
				});
				System.out.printf(Locale.ROOT, "round %d: records as objects %,6d ms (CPU %,6d ms, %,6d MB allocated) | history,"
						+ " summary, timeline %,6d ms (CPU %,6d ms, %,6d MB)%n", round, b[0], b[1], b[2], l[0], l[1], l[2]);
				if (round > 0) {
					baseline.add(b);
					load.add(l);
				}
			}
			long[] mb = medians(baseline);
			long[] ml = medians(load);
			System.out.printf(Locale.ROOT, "%n| median of %d | wall | CPU | allocated |%n|---|---|---|---|%n", ROUNDS - 1);
			System.out.printf(Locale.ROOT, "| records as objects (baseline, the former read) | %,d ms | %,d ms | %,d MB |%n", mb[0], mb[1], mb[2]);
			System.out.printf(Locale.ROOT, "| history, summary and timeline (the Job now) | %,d ms | %,d ms | %,d MB |%n", ml[0], ml[1], ml[2]);
			System.out.printf(Locale.ROOT, "ratio now / baseline: wall %.2fx, CPU %.2fx, allocated %.2fx%n", (double) ml[0] / mb[0],
					(double) ml[1] / mb[1], (double) ml[2] / mb[2]);
		} finally {
			store.close();
		}
	}

	/** @return {wall ms, CPU ms, MB allocated} of one call on this thread */
	private static long[] measure(Supplier<Integer> work) {
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long id = Thread.currentThread().threadId();
		long bytes = threads.getThreadAllocatedBytes(id);
		long cpu = threads.getThreadCpuTime(id);
		long t = System.nanoTime();
		int sink = work.get();
		long wall = System.nanoTime() - t;
		if (sink < 0) {
			throw new IllegalStateException("no result");
		}
		return new long[] { wall / 1_000_000, (threads.getThreadCpuTime(id) - cpu) / 1_000_000,
				(threads.getThreadAllocatedBytes(id) - bytes) >> 20 };
	}

	private static long[] medians(List<long[]> runs) {
		long[] m = new long[3];
		for (int k = 0; k < 3; k++) {
			final int c = k;
			m[k] = runs.stream().mapToLong(r -> r[c]).sorted().toArray()[runs.size() / 2];
		}
		return m;
	}
}
