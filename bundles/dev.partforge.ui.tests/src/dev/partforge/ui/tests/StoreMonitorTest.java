// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.ui.PlatformUI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.cdo.internal.CdoPartStore;
import dev.partforge.tests.common.StoreHolder;
import dev.partforge.ui.internal.services.StoreMonitor;
import dev.partforge.ui.internal.services.StoreMonitor.State;

/**
 * The workbench's store monitor while another PartForge process (a separate JVM) holds the store: it says why the
 * store is unavailable and, without any user action, sees it open once the other process is gone; with a damaged
 * database it says that a read-only copy of which backup is shown, until a restore.
 */
class StoreMonitorTest {

	@TempDir
	Path root;

	@Test
	void saysWhyTheStoreIsUnavailableAndRecoversWhenItIsReleased() throws Exception {
		Files.createDirectories(root.resolve("db"));
		CdoPartStore store = new CdoPartStore(root);
		StoreMonitor monitor = null;
		List<StoreMonitor.Condition> seen = new CopyOnWriteArrayList<>();
		try {
			try (StoreHolder other = StoreHolder.hold(root.resolve("db/partforge"))) {
				monitor = new StoreMonitor(store, 200);
				monitor.addListener(seen::add);
				assertFalse(monitor.settled(), "settled before the store was opened");
				monitor.open();
				StoreMonitor m = monitor;
				waitFor(() -> m.condition().state() == State.ERROR, "the monitor never reported the held store");
				assertTrue(monitor.settled(), "a failed first open must end the wait of the views");
				assertEquals("in use by another PartForge process", monitor.condition().reason());
				assertTrue(monitor.condition().message().contains("in use by another PartForge process"),
						monitor.condition().message());
			}
			StoreMonitor m = monitor;
			waitFor(() -> m.condition().state() == State.OPEN, "the monitor did not see the store open again");
			assertEquals(List.of(), store.listParts(PartQuery.ALL));
			assertEquals(State.OPEN, seen.get(seen.size() - 1).state());
		} finally {
			if (monitor != null) {
				monitor.stop();
			}
			store.close();
		}
	}

	@Test
	void saysThatAReadOnlyCopyOfABackupIsShownUntilARestore() throws Exception {
		CdoPartStore store = new CdoPartStore(root);
		StoreMonitor monitor = null;
		try {
			StoredPart part = ModelFactory.eINSTANCE.createStoredPart();
			part.setId("M-1");
			store.putPart(part);
			Path backup = store.backup();
			store.close();
			Path file = root.resolve("db/partforge.mv.db");
			byte[] bytes = Files.readAllBytes(file);
			bytes[bytes.length / 2] ^= 0x5A;
			Files.write(file, bytes);
			store = new CdoPartStore(root);
			monitor = new StoreMonitor(store, 200);
			monitor.open();
			StoreMonitor m = monitor;
			waitFor(() -> m.condition().state() == State.READ_ONLY_COPY, "the monitor never reported the copy");
			assertEquals("read-only copy of a backup", monitor.condition().reason());
			assertTrue(monitor.condition().message().contains(backup.toString()), monitor.condition().message());
			monitor.ok();
			assertEquals(State.READ_ONLY_COPY, monitor.condition().state(), "a successful read keeps saying so");
			store.restore(Optional.empty());
			monitor.update(store.info());
			assertEquals(State.OPEN, monitor.condition().state());
			assertEquals(1, store.listParts(PartQuery.ALL).size());
		} finally {
			if (monitor != null) {
				monitor.stop();
			}
			store.close();
		}
	}

	/**
	 * While the workbench runs, the monitor writes a backup once the newest one is older than the policy's period
	 * (weekly by default), not only when it starts; the store keeps as many as {@code backups.keep} says.
	 */
	@Test
	void writesABackupWhenOneIsDueWhileRunningAndKeepsAsManyAsSet() throws Exception {
		CdoPartStore store = new CdoPartStore(root);
		StoreMonitor monitor = null;
		try {
			StoredPart part = ModelFactory.eINSTANCE.createStoredPart();
			part.setId("M-1");
			store.putPart(part);
			store.putPreference(CdoPartStore.KEEP_BACKUPS, new PreferenceValue.Number(2));
			Path first = store.backup();
			monitor = new StoreMonitor(store, 200, 200);
			monitor.open();
			StoreMonitor m = monitor;
			waitFor(() -> m.condition().state() == State.OPEN, "the store did not open");
			Thread.sleep(1500);
			assertEquals(List.of(first), store.backups(), "a backup of today is not due");
			for (int due = 1; due <= 3; due++) {
				Path newest = store.backups().get(0);
				Files.setLastModifiedTime(newest, FileTime.from(Instant.now().minus(Duration.ofDays(8))));
				waitFor(() -> !store.backups().get(0).equals(newest)
						&& Instant.now().minus(Duration.ofMinutes(5)).isBefore(lastModified(store.backups().get(0))),
						"no backup written while running after the newest became older than a week (" + due + ")");
				assertEquals(Math.min(2, 1 + due), store.backups().size(), "backups.keep is 2");
			}
		} finally {
			if (monitor != null) {
				monitor.stop();
			}
			store.close();
		}
	}

	private static Instant lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void theUiThreadCannotWaitForTheStoreToOpen() throws Exception {
		StoreMonitor monitor = new StoreMonitor(new CdoPartStore(root), 200);
		try {
			AtomicReference<Throwable> thrown = new AtomicReference<>();
			PlatformUI.getWorkbench().getDisplay().syncExec(() -> thrown.set(assertThrows(IllegalStateException.class,
					() -> monitor.await(new NullProgressMonitor()))));
			assertTrue(thrown.get().getMessage().contains("UI thread"), thrown.get().getMessage());
			NullProgressMonitor cancelled = new NullProgressMonitor();
			cancelled.setCanceled(true);
			assertThrows(OperationCanceledException.class, () -> monitor.await(cancelled),
					"a cancelled Job must stop waiting");
			assertFalse(Files.exists(root.resolve("db")), "the store was opened before open()");
		} finally {
			monitor.stop();
		}
		assertThrows(OperationCanceledException.class, () -> monitor.await(new NullProgressMonitor()),
				"deactivation (shutdown) before the store opened must end every wait as cancelled, not let the work run");
	}

	private static void waitFor(BooleanSupplier condition, String message) throws InterruptedException {
		long end = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertTrue(System.nanoTime() < end, message);
			Thread.sleep(50);
		}
	}
}
