// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.Metrics;
import dev.partforge.metrics.MetricsSnapshot;
import dev.partforge.metrics.StorageSample;
import dev.partforge.metrics.Timing;

/** The metrics service on a real folder: timings, errors, persistence across restarts, bounds. */
class MetricsServiceTest {

	@TempDir
	Path dir;

	private MetricsService started() {
		MetricsService s = new MetricsService(() -> dir);
		s.start();
		return s;
	}

	@Test
	void timesWorkAndCountsFailuresByKind() {
		MetricsService metrics = started();
		assertEquals("done", metrics.time("store.commit", () -> "done"));
		IllegalStateException thrown = new IllegalStateException("disk");
		assertSame(thrown, assertThrows(IllegalStateException.class, () -> metrics.time("store.commit", () -> {
			throw thrown;
		})));
		assertThrows(IOException.class, () -> metrics.time("export.pdf", () -> {
			throw new IOException("full");
		}));
		MetricsSnapshot s = metrics.snapshot();
		Timing commit = s.timing("store.commit").orElseThrow();
		assertEquals(2, commit.count());
		assertEquals(1, commit.errors());
		assertEquals(0.5, commit.errorRate());
		assertEquals(1L, s.errors().get("store.commit: IllegalStateException"));
		assertEquals(1L, s.errors().get("export.pdf: IOException"));
		metrics.stop();
	}

	@Test
	void figuresSurviveARestartAndAddUp() throws IOException {
		MetricsService first = started();
		for (int i = 1; i <= 100; i++) {
			first.record("store.query", i * 1_000_000L);
		}
		first.error("store.open", new IllegalStateException());
		Instant at = Instant.parse("2026-12-04T10:00:00Z");
		first.storage(new StorageSample(at, 1000, 200, 5_000_000, false));
		first.cache(new CacheFigures("cdo.revisions", 10, 100, 30, 10));
		first.stop();
		assertTrue(Files.readString(dir.resolve("metrics.tsv")).startsWith(MetricsCodec.HEADER));

		MetricsService second = started();
		MetricsSnapshot s = second.snapshot();
		Timing query = s.timing("store.query").orElseThrow();
		assertEquals(100, query.count());
		assertEquals(100_000_000L, query.max());
		assertTrue(Math.abs(query.p50() - 50_000_000L) <= 50_000_000L / 32, "p50 " + query.p50());
		assertTrue(Math.abs(query.p95() - 95_000_000L) <= 95_000_000L / 32, "p95 " + query.p95());
		assertEquals(1L, s.errors().get("store.open: IllegalStateException"));
		assertEquals(List.of(new StorageSample(at, 1000, 200, 5_000_000, false)), s.usage());
		assertEquals(0.75, s.caches().get(0).hitRate());

		second.record("store.query", 1);
		second.storage(new StorageSample(at.plus(Duration.ofHours(1)), 2000, 200, 4_000_000, true));
		second.stop();
		MetricsSnapshot third = started().snapshot();
		assertEquals(101, third.timing("store.query").orElseThrow().count());
		assertEquals(2, third.usage().size());
		assertTrue(third.latestUsage().orElseThrow().low());
		assertTrue(third.since().isBefore(Instant.now().plusSeconds(1)));
	}

	@Test
	void processesSavingAtOnceLoseNothing() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int p = 0; p < 4; p++) {
			done.add(pool.submit(() -> {
				for (int round = 0; round < 10; round++) {
					MetricsService process = new MetricsService(() -> dir);
					for (int i = 0; i < 25; i++) {
						process.record("export.dxf", 1000 + i);
					}
					process.save();
				}
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		assertEquals(4 * 10 * 25, new MetricsService(() -> dir).snapshot().timing("export.dxf").orElseThrow().count());
	}

	@Test
	void aMillionSamplesTakeAFixedSize() throws IOException {
		MetricsService metrics = new MetricsService(() -> dir);
		Random random = new Random(1);
		Instant t = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 0; i < 1_000_000; i++) {
			metrics.record("kind-" + i, random.nextLong(1, 1L << 40)); // a new kind every time
			metrics.error("kind-" + i, new IOException());
			metrics.storage(new StorageSample(t.plusSeconds(61L * i), i, i, i, false));
			metrics.cache(new CacheFigures("cache-" + i, 1, 2, 3, 4));
		}
		metrics.save();
		MetricsSnapshot s = metrics.snapshot();
		assertEquals(Metrics.MAX_KINDS, s.timings().size());
		assertEquals(1_000_000, s.timings().stream().mapToLong(Timing::count).sum());
		assertEquals(Metrics.MAX_KINDS, s.errors().size());
		assertEquals(Metrics.MAX_KINDS, s.caches().size());
		assertEquals(MetricsData.USAGE_SAMPLES, s.usage().size());
		assertEquals(t.plusSeconds(61L * 999_999), s.latestUsage().orElseThrow().at());
		long size = Files.size(dir.resolve("metrics.tsv"));
		// every histogram has Histogram.BUCKETS counters at most: the file cannot grow beyond this
		long bound = Metrics.MAX_KINDS * (Histogram.BUCKETS * 30L + 200) + 4 * Metrics.MAX_KINDS * 200L
				+ MetricsData.USAGE_SAMPLES * 100L;
		assertTrue(size < bound, size + " bytes");

		for (int i = 0; i < 1_000_000; i++) {
			metrics.record("kind-" + (i % 10), random.nextLong(1, 1L << 40));
		}
		metrics.save();
		assertTrue(Files.size(dir.resolve("metrics.tsv")) < bound);
	}

	@Test
	void aFailedSaveKeepsTheFiguresInMemory() throws IOException {
		Path blocker = dir.resolve("a-file");
		Files.writeString(blocker, "in the way");
		MetricsService metrics = new MetricsService(() -> blocker.resolve("metrics"));
		metrics.record("store.commit", 5);
		assertThrows(UncheckedIOException.class, metrics::save);
		metrics.record("store.commit", 6);
		assertEquals(2, metrics.snapshot().timing("store.commit").orElseThrow().count());
		assertThrows(UncheckedIOException.class, metrics::save);
		assertEquals(2, metrics.snapshot().timing("store.commit").orElseThrow().count());
	}

	@Test
	void aDamagedFileIsMovedAsideAndMetricsStartAgain() throws IOException {
		Files.writeString(dir.resolve("metrics.tsv"), "partforge-metrics\t1\nsince\tyesterday\n",
				StandardCharsets.UTF_8);
		MetricsService metrics = new MetricsService(() -> dir);
		metrics.record("store.open", 5);
		metrics.save();
		assertEquals(1, metrics.snapshot().timing("store.open").orElseThrow().count());
		try (var files = Files.list(dir)) {
			Path aside = files.filter(f -> f.getFileName().toString().startsWith("metrics.tsv.damaged-")).findFirst()
					.orElseThrow();
			assertEquals("partforge-metrics\t1\nsince\tyesterday\n", Files.readString(aside));
		}
	}

	@Test
	void theServiceIsRegistered() {
		var context = org.osgi.framework.FrameworkUtil.getBundle(MetricsService.class).getBundleContext();
		var tracker = new org.osgi.util.tracker.ServiceTracker<Metrics, Metrics>(context, Metrics.class, null);
		tracker.open();
		try {
			Metrics service = tracker.waitForService(10_000);
			assertTrue(service instanceof MetricsService, String.valueOf(service));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		} finally {
			tracker.close();
		}
	}
}
