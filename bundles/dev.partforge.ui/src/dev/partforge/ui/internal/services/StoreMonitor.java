// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.services;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.store.MigrationReport;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreInfo;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.UiPreferences;

/**
 * Knows the state of the store for the status bar: opening it (and migrating an older schema) in a Job when the
 * component activates, then open, or the error of the last failed store call that a view or handler reported. Also
 * applies the backup policy after opening.
 */
@Component(service = StoreMonitor.class)
public final class StoreMonitor {

	/** The states shown in the status bar. */
	public enum State {
		/** The store is being opened (and migrated if its schema is older). */
		MIGRATING,
		/** The store is open. */
		OPEN,
		/** The last store call failed. */
		ERROR
	}

	/**
	 * A state and, for {@link State#ERROR}, the message.
	 *
	 * @param state   the state
	 * @param message the error message, empty otherwise
	 */
	public record Condition(State state, String message) {
	}

	private final PartStore store;
	private final List<Consumer<Condition>> listeners = new CopyOnWriteArrayList<>();
	private volatile Condition status = new Condition(State.MIGRATING, "");

	/**
	 * Creates the monitor and schedules opening the store.
	 *
	 * @param store the store
	 */
	@Activate
	public StoreMonitor(@Reference PartStore store) {
		this.store = store;
		Job job = Job.create(Messages.StoreMonitor_opening, this::open);
		job.setSystem(false);
		job.schedule();
	}

	private IStatus open(IProgressMonitor monitor) {
		try {
			MigrationReport report = store.migrate();
			ILog.of(StoreMonitor.class).info("Store ready: " + report);
			StoreInfo info = store.info();
			ok();
			backupIfDue(info);
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			report(e);
			return Status.error(Messages.StoreMonitor_openFailed + ' ' + e.getMessage(), e);
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

	/** Notes that a store call succeeded. */
	public void ok() {
		set(new Condition(State.OPEN, ""));
	}

	/**
	 * Notes that a store call failed (the caller logs or shows the error).
	 *
	 * @param failure the failure
	 */
	public void report(Throwable failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		set(new Condition(State.ERROR, message));
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
