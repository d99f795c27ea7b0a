// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.LruCache;
import dev.partforge.metrics.MemoryBudget;
import dev.partforge.metrics.Metrics;
import dev.partforge.practice.MonitoringPreferences;
import dev.partforge.store.PartStore;
import dev.partforge.store.PreferenceValue;
import dev.partforge.tests.common.Components;
import dev.partforge.ui.internal.services.CacheBudget;

/**
 * The workbench follows the memory budget preference on the real store without a restart: setting it re-bounds the
 * caches and the metrics show the new bound; a value out of range counts as the default.
 */
class CacheBudgetTest {

	private static final long MIB = 1024 * 1024;

	private final PartStore store = Components.service(PartStore.class);
	private final Metrics metrics = Components.service(Metrics.class);

	@AfterEach
	void restore() {
		MonitoringPreferences.putMemoryBudgetMB(store, MemoryBudget.DEFAULT_MB);
		waitFor(() -> MemoryBudget.megabytes() == MemoryBudget.DEFAULT_MB, "the default budget applies again");
	}

	@Test
	void theWorkbenchStartsFollowingTheBudget() {
		BundleContext context = FrameworkUtil.getBundle(CacheBudget.class).getBundleContext();
		waitFor(() -> {
			ServiceReference<CacheBudget> ref = context.getServiceReference(CacheBudget.class);
			Bundle[] users = ref == null ? null : ref.getUsingBundles();
			return users != null && Arrays.stream(users).anyMatch(b -> b.getSymbolicName().equals("dev.partforge.ui"));
		}, "the workbench's start-up gets the CacheBudget component (nothing else in this test run asks for it first)");
	}

	@Test
	void aNewBudgetAppliesAtOnceAndShowsInTheMetrics() {
		Components.service(CacheBudget.class); // the workbench's component, active
		LruCache<Integer, String> cache = new LruCache<>("test.budget", 1);
		MemoryBudget.register(cache, 0.25, MIB);
		for (int i = 0; i < 100; i++) {
			cache.put(i, "entry " + i);
		}
		assertEquals(64, cache.figures().bound(), "a quarter of the default 256 MiB in 1 MiB entries");

		MonitoringPreferences.putMemoryBudgetMB(store, 32);
		waitFor(() -> cache.figures().bound() == 8, "the budget of 32 MiB bounds the cache to 8 entries");
		assertEquals(8, cache.size());
		waitFor(() -> bound(metrics, "test.budget").equals(Optional.of(8L)), "the metrics show the new bound");

		MonitoringPreferences.putMemoryBudgetMB(store, 400);
		waitFor(() -> cache.figures().bound() == 100, "a larger budget raises the bound");

		store.putPreference(MemoryBudget.PREFERENCE, new PreferenceValue.Number(1)); // as `prefs set` may
		waitFor(() -> cache.figures().bound() == 64, "a budget out of range counts as the default");
		assertTrue(metrics.snapshot().caches().stream().anyMatch(c -> c.name().equals("test.budget")));
	}

	private static Optional<Long> bound(Metrics metrics, String name) {
		return metrics.snapshot().caches().stream().filter(c -> c.name().equals(name)).map(CacheFigures::bound)
				.findFirst();
	}

	private static void waitFor(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out: " + what);
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted: " + what, e);
			}
		}
	}
}
