// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.MigrationReport;
import dev.partforge.store.PartStore;
import dev.partforge.store.PermissionDeniedException;
import dev.partforge.store.StorageFullException;
import dev.partforge.store.StoreInfo;
import dev.partforge.store.VersionMismatchException;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.StoreReadiness;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.UiPreferences;

/**
 * Knows the state of the store for the status bar: opening it (and migrating an older schema) in a Job when asked to
 * ({@link #open()}: the workbench does when its first window is shown, not while it builds it), then open, or the error of the last failed store call that a view or handler reported. Also
 * applies the backup policy ({@link UiPreferences#BACKUP_POLICY}: daily or weekly) after opening and, while the
 * workbench runs, every {@value #BACKUP_CHECK_MINUTES} minutes in a Job: a backup is written when the newest one is
 * older than the policy's period (the store keeps as many as its {@code backups.keep} preference says; a failed
 * automatic backup is logged and tried again at the next check). While the store is unavailable (in use by another
 * PartForge process, read-only, damaged, disk full) it tries again every {@value #RETRY_SECONDS} seconds (any
 * successful store call, e.g. Refresh in the Storage view, counts too); listeners see the store open again when it
 * is. Until the first open has ended ({@link StoreReadiness}) the state is {@link State#MIGRATING} and the
 * {@link dev.partforge.ui.internal.StoreJobs} wait for it in their Jobs.
 */
@Component(service = { StoreMonitor.class, StoreReadiness.class })
public final class StoreMonitor implements StoreReadiness {

	/** The states shown in the status bar. */
	public enum State {
		/** The store is being opened (and migrated if its schema is older), or waits to be opened. */
		MIGRATING,
		/** The store is open. */
		OPEN,
		/** The last store call failed. */
		ERROR,
		/**
		 * The store cannot be opened (damaged or missing database): a read-only copy of its newest backup is shown
		 * ({@link StoreInfo#fallback()}) until a backup is restored.
		 */
		READ_ONLY_COPY
	}

	/**
	 * A state and, for {@link State#ERROR}, the message.
	 *
	 * @param state   the state
	 * @param message the error message, for {@link State#READ_ONLY_COPY} which backup is shown and why, empty
	 *                otherwise
	 * @param reason  for {@link State#ERROR}, why in a few words ("in use by another PartForge process",
	 *                "read-only", "damaged", "disk full"), for {@link State#READ_ONLY_COPY} "read-only copy of a
	 *                backup", empty otherwise
	 */
	public record Condition(State state, String message, String reason) {
	}

	/** Seconds between two attempts to reach an unavailable store. */
	public static final int RETRY_SECONDS = 5;

	/** Minutes between two checks whether a backup is due, while the workbench runs. */
	public static final int BACKUP_CHECK_MINUTES = 30;

	/**
	 * Tests only: the system property naming a file whose existence the open waits for (so a test sees the window
	 * before the store is open, as long as it wants). Unset in the product.
	 */
	public static final String TEST_OPEN_GATE = "partforge.test.storeOpenGate";

	private static final long WAIT_SLICE_MILLIS = 50;

	private final PartStore store;
	private final List<Consumer<Condition>> listeners = new CopyOnWriteArrayList<>();
	private final Job retry;
	private final long retryMillis;
	private final Job backups;
	private final long backupCheckMillis;
	private final Job opening;
	private final AtomicBoolean openRequested = new AtomicBoolean();
	private final CountDownLatch firstOpen = new CountDownLatch(1);
	/** Whether the first open ended (opened or failed), not cut short by deactivation. */
	private volatile boolean firstOpenEnded;
	private volatile boolean stopped;
	private volatile Condition status = new Condition(State.MIGRATING, "", "");

	/**
	 * Creates the monitor; the store is opened on {@link #open()}.
	 *
	 * @param store the store
	 */
	@Activate
	public StoreMonitor(@Reference PartStore store) {
		this(store, RETRY_SECONDS * 1000L);
	}

	/**
	 * Creates the monitor with another retry period (tests); the store is opened on {@link #open()}.
	 *
	 * @param store       the store
	 * @param retryMillis milliseconds between two attempts while the store is unavailable
	 */
	public StoreMonitor(PartStore store, long retryMillis) {
		this(store, retryMillis, BACKUP_CHECK_MINUTES * 60_000L);
	}

	/**
	 * Creates the monitor with other retry and backup check periods (tests); the store is opened on {@link #open()}.
	 *
	 * @param store             the store
	 * @param retryMillis       milliseconds between two attempts while the store is unavailable
	 * @param backupCheckMillis milliseconds between two checks whether a backup is due
	 */
	public StoreMonitor(PartStore store, long retryMillis, long backupCheckMillis) {
		this.store = store;
		this.retryMillis = retryMillis;
		this.backupCheckMillis = backupCheckMillis;
		this.retry = Job.createSystem(Messages.StoreMonitor_retrying, this::tryAgain);
		this.backups = Job.create(Messages.StoreMonitor_backup, this::scheduledBackup);
		backups.setSystem(true);
		this.opening = Job.create(Messages.StoreMonitor_opening, this::openStore);
		opening.setSystem(false);
	}

	@Override
	public void open() {
		if (openRequested.compareAndSet(false, true)) {
			opening.schedule();
		}
	}

	@Override
	public boolean settled() {
		return firstOpen.getCount() == 0;
	}

	@Override
	public void await(IProgressMonitor monitor) {
		if (Display.getCurrent() != null) {
			throw new IllegalStateException("The UI thread must not wait for the store to open");
		}
		try {
			while (!firstOpen.await(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("Interrupted while waiting for the store to open");
		}
		if (!firstOpenEnded) {
			throw new OperationCanceledException("PartForge is shutting down before the store was opened");
		}
	}

	/**
	 * Stops retrying (component deactivation); whoever still waits for the first open stops waiting, cancelled
	 * ({@link #await}).
	 */
	@Deactivate
	public void stop() {
		stopped = true;
		opening.cancel();
		retry.cancel();
		backups.cancel();
		firstOpen.countDown();
	}

	private IStatus scheduledBackup(IProgressMonitor monitor) {
		if (stopped || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			if (status.state() == State.OPEN) {
				StoreInfo info = store.info();
				if (info.fallback().isEmpty()) {
					backupIfDue(info);
				}
			}
		} catch (RuntimeException e) {
			ILog.of(StoreMonitor.class).warn("The automatic backup failed: " + e.getMessage(), e);
		} finally {
			if (!stopped) {
				backups.schedule(backupCheckMillis);
			}
		}
		return Status.OK_STATUS;
	}

	private IStatus tryAgain(IProgressMonitor monitor) {
		if (status.state() != State.ERROR || monitor.isCanceled()) {
			return Status.OK_STATUS;
		}
		try {
			update(store.info());
		} catch (RuntimeException e) {
			ILog.of(StoreMonitor.class).info("The store is still unavailable: " + e.getMessage());
			report(e);
		}
		return Status.OK_STATUS;
	}

	private IStatus openStore(IProgressMonitor monitor) {
		try {
			waitForTestGate(monitor);
			MigrationReport report = store.migrate();
			ILog.of(StoreMonitor.class).info("Store ready: " + report);
			StoreInfo info = store.info();
			update(info);
			firstOpenEnded = true;
			firstOpen.countDown(); // the views may load; a backup that is due does not hold them up
			if (info.fallback().isEmpty()) {
				backupIfDue(info);
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			firstOpenEnded = true; // settled before the listeners hear of the error
			firstOpen.countDown();
			report(e);
			return Status.error(Messages.StoreMonitor_openFailed + ' ' + e.getMessage(), e);
		} finally {
			firstOpen.countDown();
			if (!stopped) {
				backups.schedule(backupCheckMillis);
			}
		}
	}

	/** Tests only ({@link #TEST_OPEN_GATE}): waits until the gate file exists. */
	private void waitForTestGate(IProgressMonitor monitor) {
		String gate = System.getProperty(TEST_OPEN_GATE);
		if (gate == null || gate.isBlank()) {
			return;
		}
		Path file = Path.of(gate);
		ILog.of(StoreMonitor.class).info("Opening the store waits for " + file + " (" + TEST_OPEN_GATE + ")");
		while (!Files.exists(file)) {
			if (stopped || monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				Thread.sleep(WAIT_SLICE_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
	}

	private void backupIfDue(StoreInfo info) {
		String policy = Platform.getPreferencesService().getString(PartForgeUi.PLUGIN_ID, UiPreferences.BACKUP_POLICY,
				UiPreferences.BACKUP_WEEKLY, null);
		Duration every = switch (policy) {
		case UiPreferences.BACKUP_DAILY -> Duration.ofDays(1);
		case UiPreferences.BACKUP_WEEKLY -> Duration.ofDays(7);
		default -> null;
		};
		if (every == null || info.parts() + info.records() == 0) {
			return;
		}
		boolean due = info.lastBackup().map(t -> t.plus(every).isBefore(Instant.now())).orElse(true);
		if (due) {
			ILog.of(StoreMonitor.class).info("Backup policy '" + policy + "': wrote " + store.backup());
		}
	}

	/** @return the current state */
	public Condition condition() {
		return status;
	}

	/** Notes that a store call succeeded (a read-only copy stays one until {@link #update(StoreInfo)} says otherwise). */
	public void ok() {
		if (status.state() != State.READ_ONLY_COPY) {
			set(new Condition(State.OPEN, "", ""));
		}
	}

	/**
	 * Notes what the store said about itself: open, or showing a read-only copy of a backup.
	 *
	 * @param info the store's description
	 */
	public void update(StoreInfo info) {
		set(info.fallback()
				.map(f -> new Condition(State.READ_ONLY_COPY, f.message(), Messages.StoreMonitor_readOnlyCopy))
				.orElseGet(() -> new Condition(State.OPEN, "", "")));
	}

	/**
	 * Notes that a store call failed (the caller logs or shows the error).
	 *
	 * @param failure the failure
	 */
	public void report(Throwable failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		set(new Condition(State.ERROR, message, reason(failure)));
		retry.schedule(retryMillis);
	}

	/**
	 * Says in a few words why a store call failed.
	 *
	 * @param failure the failure
	 * @return e.g. "in use by another PartForge process"
	 */
	static String reason(Throwable failure) {
		String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("in use by another")) {
			return Messages.StoreMonitor_inUse;
		}
		return switch (failure) {
		case PermissionDeniedException p -> Messages.StoreMonitor_readOnly;
		case CorruptStoreException c -> Messages.StoreMonitor_damaged;
		case StorageFullException f -> Messages.StoreMonitor_full;
		case VersionMismatchException v -> Messages.StoreMonitor_newer;
		default -> Messages.StoreMonitor_failed;
		};
	}

	private void set(Condition value) {
		Condition old = status;
		status = value;
		if (!value.equals(old)) {
			listeners.forEach(l -> l.accept(value));
		}
	}

	/**
	 * Registers a listener, called on the thread that changed the state.
	 *
	 * @param listener the listener
	 */
	public void addListener(Consumer<Condition> listener) {
		listeners.add(listener);
	}

	/**
	 * Removes a listener.
	 *
	 * @param listener the listener
	 */
	public void removeListener(Consumer<Condition> listener) {
		listeners.remove(listener);
	}

}
