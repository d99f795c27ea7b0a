// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.cdo.internal.CdoPartStore;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.ui.internal.StoreReload;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * The one store-change reload of the Parts and Progress views, on a real store in the running workbench: it loads
 * once at the start (not before the workbench opened the store: {@link StoreMonitor#open()}), again after parts change (on the UI thread), not for preferences, and not once stopped.
 */
class StoreReloadTest {

	/** Well above the reload's coalescing delay and a load of an almost empty store. */
	private static final long QUIET_MILLIS = 2_000;

	@TempDir
	Path root;

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void reloadsAfterPartChangesNotForPreferencesAndNotOnceStopped() throws Exception {
		CdoPartStore store = new CdoPartStore(root);
		StoreMonitor monitor = new StoreMonitor(store, 200);
		Shell shell = bot.ui().call(() -> new Shell(PlatformUI.getWorkbench().getDisplay()));
		List<Integer> shown = new CopyOnWriteArrayList<>();
		List<Boolean> onUiThread = new CopyOnWriteArrayList<>();
		AtomicReference<StoreReload<Integer>> reload = new AtomicReference<>();
		try {
			reload.set(bot.ui().call(() -> StoreReload.start(store, monitor, shell, "StoreReloadTest",
					() -> m -> store.listParts(PartQuery.ALL).size(), n -> {
						onUiThread.add(shell.getDisplay().getThread() == Thread.currentThread());
						shown.add(n);
					})));
			Thread.sleep(QUIET_MILLIS);
			assertEquals(List.of(), shown, "the view loaded before the workbench opened the store");
			assertFalse(Files.exists(root.resolve("db")), "the store was opened before the workbench opened it");
			monitor.open();
			bot.waitFor("the first load, once the store is open", () -> shown.equals(List.of(0)));
			assertTrue(monitor.settled());

			store.putPreference("reload.test", PreferenceValue.parse("1"));
			Thread.sleep(QUIET_MILLIS);
			assertEquals(List.of(0), shown, "a preference change reloaded the view");

			store.putPart(part("R-1"));
			bot.waitFor("a reload after a part was stored", () -> shown.equals(List.of(0, 1)));

			bot.ui().call(() -> {
				reload.get().stop();
				return null;
			});
			store.putPart(part("R-2"));
			Thread.sleep(QUIET_MILLIS);
			assertEquals(List.of(0, 1), shown, "a stopped reload still reloaded");
			assertEquals(List.of(true, true), onUiThread);
		} finally {
			bot.ui().call(() -> {
				if (reload.get() != null) {
					reload.get().stop();
				}
				shell.dispose();
				return null;
			});
			monitor.stop();
			store.close();
		}
	}

	private static StoredPart part(String id) {
		StoredPart part = ModelFactory.eINSTANCE.createStoredPart();
		part.setId(id);
		return part;
	}
}
