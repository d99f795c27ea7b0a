// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.partforge.metrics.MemoryBudget;
import dev.partforge.metrics.StorageWarnings;
import dev.partforge.practice.MonitoringPreferences;
import dev.partforge.store.PartStore;
import dev.partforge.store.PreferenceValue;
import dev.partforge.tests.common.Components;

/** The memory budget and the storage quota on the real store: stored, read back, and nonsense read as the default. */
class MonitoringPreferencesTest {

	private final PartStore store = Components.service(PartStore.class);

	@AfterEach
	void restore() {
		MonitoringPreferences.putMemoryBudgetMB(store, MemoryBudget.DEFAULT_MB);
		MonitoringPreferences.putQuotaMB(store, 0);
	}

	@Test
	void theMemoryBudgetIsStoredAndNonsenseReadsAsTheDefault() {
		MonitoringPreferences.putMemoryBudgetMB(store, 256);
		assertEquals(256, MonitoringPreferences.memoryBudgetMB(store));
		assertThrows(IllegalArgumentException.class, () -> MonitoringPreferences.putMemoryBudgetMB(store, 2));
		assertEquals(256, MonitoringPreferences.memoryBudgetMB(store), "a refused budget is not stored");
		for (PreferenceValue nonsense : new PreferenceValue[] { new PreferenceValue.Number(2),
				new PreferenceValue.Number(1e9), new PreferenceValue.Number(64.5), new PreferenceValue.Text("128") }) {
			store.putPreference(MemoryBudget.PREFERENCE, nonsense); // as `partforge prefs set` may
			assertEquals(MemoryBudget.DEFAULT_MB, MonitoringPreferences.memoryBudgetMB(store), nonsense.toString());
		}
	}

	@Test
	void theQuotaIsStoredInMiBAndNoneUnlessPositive() {
		assertEquals(0, MonitoringPreferences.quotaBytes(store));
		MonitoringPreferences.putQuotaMB(store, 3);
		assertEquals(3, MonitoringPreferences.quotaMB(store));
		assertEquals(3L * 1024 * 1024, MonitoringPreferences.quotaBytes(store));
		MonitoringPreferences.putQuotaMB(store, 0.5);
		assertEquals(512L * 1024, MonitoringPreferences.quotaBytes(store));
		store.putPreference(StorageWarnings.QUOTA_PREFERENCE, new PreferenceValue.Number(-5));
		assertEquals(0, MonitoringPreferences.quotaBytes(store));
		assertThrows(IllegalArgumentException.class, () -> MonitoringPreferences.putQuotaMB(store, -1));
		assertThrows(IllegalArgumentException.class, () -> MonitoringPreferences.putQuotaMB(store, Double.NaN));
	}
}
