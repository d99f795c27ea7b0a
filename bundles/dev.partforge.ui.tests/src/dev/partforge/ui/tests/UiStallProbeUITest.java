// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.swt.PartForgeBot;

/**
 * The stall probe tells a UI thread held in the store from one held by anything else: store calls on the UI thread for
 * 400 ms are one long stretch in the store (the measure {@code MillionRecordsStallUITest} asserts), a 400 ms sleep on it
 * is a long round trip (the probe posts every 20 ms, so it sees at least the hold less that) and no time in the store.
 */
class UiStallProbeUITest {

	private static final long HOLD_MS = 400;

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);

	@Test
	void storeCallsOnTheUiThreadCountAsStoreWaitsOtherHoldsDoNot() throws Exception {
		try (UiStallProbe probe = new UiStallProbe(bot.ui().display())) {
			bot.ui().flush();
			probe.phase();
			bot.ui().run(() -> {
				long end = System.nanoTime() + HOLD_MS * 1_000_000;
				while (System.nanoTime() < end) {
					store.listPartSummaries(PartQuery.ALL);
				}
			});
			bot.ui().flush();
			probe.phase();
			UiStallProbe.StoreWait inStore = probe.lastPhaseStore();
			assertTrue(inStore.ms() >= HOLD_MS / 2, "store calls on the UI thread for " + HOLD_MS + " ms: " + inStore.figures());
			assertTrue(inStore.stack().contains("dev.partforge.store"), inStore.stack());

			bot.ui().run(() -> {
				try {
					Thread.sleep(HOLD_MS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
			bot.ui().flush();
			UiStallProbe.Stall held = probe.phase();
			assertTrue(held.ms() >= HOLD_MS - 50, "a " + HOLD_MS + " ms hold is a long round trip: " + held.figures());
			assertEquals(0, probe.lastPhaseStore().ms(), "a hold outside the store is no store wait");
		}
	}
}
