// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import dev.partforge.store.PartStore;
import dev.partforge.store.StoreChange;
import dev.partforge.store.StoreListener;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * Keeps a view in step with the store: a change of parts or records (not of preferences; or the kinds the view
 * names), reported on the thread that made it, is marshalled to the UI thread and reloads the view in a background {@link StoreJobs} job, waiting
 * {@link #COALESCE_MILLIS} so that a burst of changes loads once. A reload replaces the one still waiting or running.
 * Used from the UI thread only; {@link #stop()} when the view is disposed.
 *
 * @param <T> what one load produces
 */
public final class StoreReload<T> {

	/** How long a reload after a store change waits for further changes. */
	public static final long COALESCE_MILLIS = 150;

	private final PartStore store;
	private final StoreMonitor monitor;
	private final Control control;
	private final String name;
	private final Supplier<StoreJobs.Work<T>> work;
	private final Consumer<T> show;
	private final Set<StoreChange.Kind> kinds;
	private final StoreListener listener = this::changed;
	private Job job;

	private StoreReload(PartStore store, StoreMonitor monitor, Control control, String name, Set<StoreChange.Kind> kinds,
			Supplier<StoreJobs.Work<T>> work, Consumer<T> show) {
		this.kinds = Set.copyOf(kinds);
		this.store = store;
		this.monitor = monitor;
		this.control = control;
		this.name = name;
		this.work = work;
		this.show = show;
	}

	/**
	 * Starts listening to the store and loads the view once.
	 *
	 * @param <T>     what one load produces
	 * @param store   the store to follow
	 * @param monitor the store state, told about each load's success or failure
	 * @param control the view's control: no reload once it is disposed
	 * @param name    the job name
	 * @param work    makes the work of one load, called on the UI thread when the load is scheduled (so it may
	 *                capture the view's state of that moment)
	 * @param show    shows a load's result, on the UI thread
	 * @return the running reload
	 */
	public static <T> StoreReload<T> start(PartStore store, StoreMonitor monitor, Control control, String name,
			Supplier<StoreJobs.Work<T>> work, Consumer<T> show) {
		return start(store, monitor, control, name, EnumSet.of(StoreChange.Kind.PARTS, StoreChange.Kind.RECORDS), work, show);
	}

	/**
	 * Starts listening to the store for some kinds of change and loads the view once.
	 *
	 * @param <T>     what one load produces
	 * @param store   the store to follow
	 * @param monitor the store state, told about each load's success or failure
	 * @param control the view's control: no reload once it is disposed
	 * @param name    the job name
	 * @param kinds   the kinds of change that reload the view
	 * @param work    makes the work of one load, called on the UI thread when the load is scheduled
	 * @param show    shows a load's result, on the UI thread
	 * @return the running reload
	 */
	public static <T> StoreReload<T> start(PartStore store, StoreMonitor monitor, Control control, String name,
			Set<StoreChange.Kind> kinds, Supplier<StoreJobs.Work<T>> work, Consumer<T> show) {
		StoreReload<T> reload = follow(store, monitor, control, name, kinds, work, show);
		reload.schedule(0);
		return reload;
	}

	/**
	 * Starts listening to the store for some kinds of change, without loading now (the view's first load reads it too).
	 *
	 * @param <T>     what one load produces
	 * @param store   the store to follow
	 * @param monitor the store state, told about each load's success or failure
	 * @param control the view's control: no reload once it is disposed
	 * @param name    the job name
	 * @param kinds   the kinds of change that reload the view
	 * @param work    makes the work of one load, called on the UI thread when the load is scheduled
	 * @param show    shows a load's result, on the UI thread
	 * @return the reload, listening
	 */
	public static <T> StoreReload<T> follow(PartStore store, StoreMonitor monitor, Control control, String name,
			Set<StoreChange.Kind> kinds, Supplier<StoreJobs.Work<T>> work, Consumer<T> show) {
		StoreReload<T> reload = new StoreReload<>(store, monitor, control, name, kinds, work, show);
		store.addListener(reload.listener);
		return reload;
	}

	/**
	 * Loads the view again, replacing a load still waiting or running.
	 *
	 * @param delay milliseconds to wait first
	 */
	public void schedule(long delay) {
		if (job != null) {
			job.cancel();
		}
		job = StoreJobs.create(name, false, monitor, work.get(), show);
		job.schedule(delay);
	}

	/** Stops listening and cancels a waiting or running load. */
	public void stop() {
		store.removeListener(listener);
		if (job != null) {
			job.cancel();
		}
	}

	private void changed(StoreChange change) {
		// called on the thread that changed the store: marshal to the UI thread
		if (kinds.contains(change.kind()) && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					schedule(COALESCE_MILLIS);
				}
			});
		}
	}
}
