// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * The stall probe: a thread that sends a no-op through the UI thread's event queue every 20 ms and keeps the
 * longest round trip, and, for a round trip longer than {@value #SAMPLE_MS} ms, the UI thread's stack sampled while
 * it was held up (the stack of the longest one is kept). A round trip also counts the time the UI thread waits for
 * a core on a loaded machine.
 */
final class UiStallProbe implements AutoCloseable {

	/** Round trips longer than this are sampled for the UI thread's stack. */
	static final long SAMPLE_MS = 100;

	private final Display display;
	private final Thread thread;
	private volatile boolean running = true;
	private volatile long worst;
	private volatile String worstStack = "";
	private long phaseWorst;

	/**
	 * Starts probing.
	 *
	 * @param display the workbench display
	 */
	UiStallProbe(Display display) {
		this.display = display;
		this.thread = new Thread(this::probe, "UI latency probe");
		thread.setDaemon(true);
		thread.start();
	}

	private void probe() {
		Thread ui = display.getThread();
		while (running && !display.isDisposed()) {
			CountDownLatch done = new CountDownLatch(1);
			long start = System.nanoTime();
			display.asyncExec(done::countDown);
			String stack = null;
			try {
				if (!done.await(SAMPLE_MS, TimeUnit.MILLISECONDS)) {
					stack = Arrays.stream(ui.getStackTrace()).limit(40).map(f -> "\tat " + f)
							.collect(Collectors.joining("\n"));
					done.await();
				}
				long ms = (System.nanoTime() - start) / 1_000_000;
				synchronized (this) {
					if (ms > worst) {
						worst = ms;
						worstStack = stack == null ? "" : stack;
					}
					phaseWorst = Math.max(phaseWorst, ms);
				}
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Returns the longest round trip since the last call (or the start) and starts a new phase.
	 *
	 * @return milliseconds
	 */
	synchronized long phase() {
		long ms = phaseWorst;
		phaseWorst = 0;
		return ms;
	}

	/** @return the longest round trip so far, in milliseconds */
	long worst() {
		return worst;
	}

	/** @return the UI thread's stack sampled during the longest round trip ("" when it took less than 100 ms) */
	String worstStack() {
		return worstStack;
	}

	/** @return a one-line summary for the log */
	String summary() {
		return String.format(Locale.ROOT, "worst UI thread round trip %d ms", worst);
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join();
	}
}
