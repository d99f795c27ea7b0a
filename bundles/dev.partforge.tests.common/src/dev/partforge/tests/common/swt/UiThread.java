// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs code on the SWT UI thread from a test thread ({@code useUIThread=false}), and waits for conditions.
 * Interactions that may open a modal dialog are posted asynchronously so the test thread never blocks on them.
 */
public final class UiThread {

	private final Display display;

	/**
	 * Creates a helper for a display.
	 *
	 * @param display the workbench display
	 */
	public UiThread(Display display) {
		this.display = display;
	}

	/**
	 * Returns the display.
	 *
	 * @return the display
	 */
	public Display display() {
		return display;
	}

	/**
	 * Computes a value on the UI thread and returns it; exceptions are rethrown on the test thread.
	 *
	 * @param <T>  the value type
	 * @param task the computation
	 * @return its result
	 */
	public <T> T call(Callable<T> task) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(task.call());
			} catch (Throwable t) { // rethrown below, on the test thread
				failure.set(t);
			}
		});
		if (failure.get() instanceof RuntimeException re) {
			throw re;
		}
		if (failure.get() instanceof Error err) {
			throw err;
		}
		if (failure.get() != null) {
			throw new IllegalStateException(failure.get());
		}
		return result.get();
	}

	/**
	 * Runs code on the UI thread and waits for it.
	 *
	 * @param task the code
	 */
	public void run(Runnable task) {
		call(() -> {
			task.run();
			return null;
		});
	}

	/**
	 * Posts code to the UI thread without waiting (for clicks that may open a modal dialog).
	 *
	 * @param task the code
	 */
	public void post(Runnable task) {
		display.asyncExec(task);
	}

	/**
	 * Waits until a condition, evaluated on the UI thread, holds.
	 *
	 * @param what      the condition, for the failure message
	 * @param condition the condition
	 * @param timeout   how long to wait
	 * @throws AssertionError if the condition does not hold in time
	 */
	public void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (call(condition::getAsBoolean)) {
				return;
			}
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for: " + what);
			}
			sleep(50);
		}
	}

	/**
	 * Lets the UI thread process pending events.
	 */
	public void flush() {
		run(() -> {
			while (display.readAndDispatch()) {
				// drain the event queue
			}
		});
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting for the UI", e);
		}
	}
}
