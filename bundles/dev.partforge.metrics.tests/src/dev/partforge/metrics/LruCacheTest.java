// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The bound holds, the least recently used entry goes first, and hits and misses are counted exactly. */
class LruCacheTest {

	@Test
	void boundHoldsAndLeastRecentlyUsedGoesFirst() {
		LruCache<String, Integer> cache = new LruCache<>("test", 3);
		List<String> computed = new ArrayList<>();
		for (String key : List.of("a", "b", "c")) {
			cache.get(key, k -> compute(computed, k));
		}
		cache.get("a", k -> compute(computed, k)); // hit: "a" is now the most recently used
		cache.get("d", k -> compute(computed, k)); // miss: drops "b", the least recently used
		assertEquals(3, cache.size());
		assertEquals(Optional.of(1), cache.lookup("a"));
		assertEquals(Optional.empty(), cache.lookup("b"));
		cache.get("b", k -> compute(computed, k)); // computed again: drops "c"
		assertEquals(List.of("a", "b", "c", "d", "b"), computed);
		assertEquals(Optional.empty(), cache.lookup("c"));
		assertEquals(new CacheFigures("test", 3, 3, 2, 7), cache.figures());
	}

	@Test
	void hitsAndMissesMatchAReferenceModel() {
		int bound = 50;
		LruCache<Integer, Integer> cache = new LruCache<>("model", bound);
		List<Integer> recency = new ArrayList<>(); // least recently used first
		Random random = new Random(13);
		long hits = 0;
		long misses = 0;
		for (int i = 0; i < 100_000; i++) {
			int key = random.nextInt(120);
			boolean present = recency.remove(Integer.valueOf(key));
			recency.add(key);
			if (recency.size() > bound) {
				recency.remove(0);
			}
			if (present) {
				hits++;
			} else {
				misses++;
			}
			assertEquals(key * 2, cache.get(key, k -> k * 2));
			assertTrue(cache.size() <= bound);
		}
		assertEquals(new CacheFigures("model", bound, bound, hits, misses), cache.figures());
		assertTrue(hits > 0 && misses > 0);
	}

	@Test
	void loweringTheBoundDropsTheEldestAtOnce() {
		LruCache<Integer, String> cache = new LruCache<>("shrink", 10);
		for (int i = 0; i < 10; i++) {
			cache.put(i, "v" + i);
		}
		cache.setBound(4);
		assertEquals(4, cache.size());
		for (int i = 0; i < 6; i++) {
			assertEquals(Optional.empty(), cache.lookup(i));
		}
		for (int i = 6; i < 10; i++) {
			assertEquals(Optional.of("v" + i), cache.lookup(i));
		}
		assertThrows(IllegalArgumentException.class, () -> cache.setBound(0));
		assertThrows(IllegalArgumentException.class, () -> new LruCache<>("zero", 0));
		assertThrows(NullPointerException.class, () -> cache.get(99, k -> null));
	}

	@Test
	void boundHoldsUnderConcurrentUse() throws Exception {
		LruCache<Integer, Integer> cache = new LruCache<>("concurrent", 16);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int seed = t;
				futures.add(pool.submit(() -> {
					Random random = new Random(seed);
					for (int i = 0; i < 20_000; i++) {
						int key = random.nextInt(64);
						assertEquals(key + 1, cache.get(key, k -> k + 1));
					}
				}));
			}
			for (Future<?> f : futures) {
				f.get(60, TimeUnit.SECONDS);
			}
		} finally {
			pool.shutdownNow();
		}
		CacheFigures figures = cache.figures();
		assertEquals(16, figures.size());
		assertEquals(80_000, figures.hits() + figures.misses());
	}

	private static int compute(List<String> computed, String key) {
		computed.add(key);
		return key.charAt(0) - 'a' + 1;
	}
}
