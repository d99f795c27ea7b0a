// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.export.ExportException;

/**
 * Runs the work of the parts of a batch on a bounded pool of threads and hands the results back in the parts'
 * order, as running them one after the other would: progress is reported in that order on the calling thread (the
 * only one that touches the caller's monitor), the first failure in part order is thrown as it was thrown, and
 * cancellation (the caller's monitor) stops the parts not started and is seen by the running ones through the
 * monitor they are given. When it returns or throws, no part's work is running any more.
 */
final class ParallelParts {

	/** How long the calling thread waits for a part before it looks at its monitor's cancellation again. */
	private static final long POLL_MS = 100;

	/**
	 * The work of one part.
	 *
	 * @param <R> its result
	 */
	@FunctionalInterface
	interface Work<R> {
		/**
		 * @param index   the part's index
		 * @param monitor cancellation of the whole batch (the part's own progress is not reported)
		 * @return the result
		 * @throws ExportException if the part fails (the message names it)
		 */
		R run(int index, IProgressMonitor monitor) throws ExportException;
	}

	private ParallelParts() {
	}

	/**
	 * @return the number of parts worked on at once by default: the processors available to the JVM
	 */
	static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Runs the work of every part and returns the results in the parts' order.
	 *
	 * @param <R>          the result of one part
	 * @param count        how many parts
	 * @param threads      at most this many parts at once (1: one after the other on a single worker)
	 * @param work         the work of one part; it must be safe to run for different parts at once
	 * @param monitor      the caller's progress and cancellation; {@code unitsPerPart} units are reported per part
	 * @param unitsPerPart the units of work of one part
	 * @return the results, in order
	 * @throws ExportException            the first failure in part order
	 * @throws OperationCanceledException if the caller's monitor was cancelled
	 */
	static <R> List<R> run(int count, int threads, Work<R> work, SubMonitor monitor, int unitsPerPart)
			throws ExportException {
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, count)), threads());
		try {
			List<Future<R>> futures = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					if (stop.get()) {
						throw new OperationCanceledException();
					}
					return work.run(index, new NullProgressMonitor() {
						@Override
						public boolean isCanceled() {
							return stop.get();
						}
					});
				}));
			}
			List<R> results = new ArrayList<>(count);
			for (Future<R> f : futures) {
				results.add(await(f, monitor));
				monitor.worked(unitsPerPart);
			}
			return results;
		} finally {
			stop.set(true);
			pool.shutdown();
			awaitQuietly(pool);
		}
	}

	private static <R> R await(Future<R> f, SubMonitor monitor) throws ExportException {
		while (true) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				return f.get(POLL_MS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// not done yet: look at the cancellation again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException("interrupted");
			} catch (CancellationException e) {
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				throw rethrown(e.getCause());
			}
		}
	}

	private static ExportException rethrown(Throwable cause) {
		if (cause instanceof ExportException e) {
			return e;
		}
		if (cause instanceof RuntimeException e) {
			throw e;
		}
		if (cause instanceof Error e) {
			throw e;
		}
		return new ExportException(String.valueOf(cause.getMessage()), cause);
	}

	/** Waits for the running parts to finish (they see the stop at their next cancellation check). */
	private static void awaitQuietly(ExecutorService pool) {
		boolean interrupted = false;
		while (true) {
			try {
				if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
					break;
				}
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static ThreadFactory threads() {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, "partforge-parts-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}
}
