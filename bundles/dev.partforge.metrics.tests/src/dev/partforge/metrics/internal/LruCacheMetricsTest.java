// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.LruCache;

/** A bounded cache's figures reach the metrics service and are kept across a restart. */
class LruCacheMetricsTest {

	@TempDir
	Path dir;

	@Test
	void figuresReachTheServiceAndSurviveARestart() {
		LruCache<String, String> cache = new LruCache<>("drawing.sheets", 2);
		for (String key : List.of("A-1", "A-1", "A-2", "A-3", "A-1")) {
			cache.get(key, String::toLowerCase);
		}
		MetricsService first = new MetricsService(() -> dir);
		first.start();
		cache.report(first);
		CacheFigures expected = new CacheFigures("drawing.sheets", 2, 2, 1, 4);
		assertEquals(List.of(expected), first.snapshot().caches());
		first.stop();

		MetricsService second = new MetricsService(() -> dir);
		second.start();
		assertEquals(List.of(expected), second.snapshot().caches());
		second.stop();
	}
}
