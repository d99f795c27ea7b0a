// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;

import dev.partforge.export.ExportException;

/**
 * {@link ParallelParts}: results and progress in the parts' order, the first failure in part order, cancellation,
 * and no part's work running once it has returned or thrown.
 */
class ParallelPartsTest {

	@Test
	void resultsComeInOrderFromSeveralThreads() throws ExportException {
		Set<String> threads = ConcurrentHashMap.newKeySet();
		CountDownLatch both = new CountDownLatch(2);
		CountingMonitor monitor = new CountingMonitor();
		List<Integer> results = ParallelParts.run(20, 2, (i, m) -> {
			threads.add(Thread.currentThread().getName());
			if (i < 2) {
				both.countDown();
				await(both); // the first two parts run at the same time
			}
			sleep(20 - i);
			return i * i;
		}, SubMonitor.convert(monitor, 60), 3);
		assertEquals(IntStream.range(0, 20).map(i -> i * i).boxed().toList(), results);
		assertEquals(2, threads.size(), threads.toString());
		assertEquals(monitor.total, monitor.worked.get(), "3 units per part: the whole 60 reported");
	}

	@Test
	void theFirstFailureInPartOrderIsThrownAndNothingRunsAfterwards() {
		AtomicInteger running = new AtomicInteger();
		ExportException e = assertThrows(ExportException.class, () -> ParallelParts.run(12, 3, (i, m) -> {
			running.incrementAndGet();
			try {
				if (i == 5) {
					sleep(300); // fails after part 6 has failed
					throw new ExportException("part P-5 cannot be drawn");
				}
				if (i == 6) {
					throw new ExportException("part P-6 cannot be drawn");
				}
				sleep(50);
				return i;
			} finally {
				running.decrementAndGet();
			}
		}, SubMonitor.convert(new NullProgressMonitor(), 12), 1));
		assertEquals("part P-5 cannot be drawn", e.getMessage());
		assertEquals(0, running.get(), "no part still running");
	}

	@Test
	void cancellingStopsThePartsNotStartedAndTellsTheRunningOnes() {
		AtomicInteger started = new AtomicInteger();
		AtomicInteger sawStop = new AtomicInteger();
		NullProgressMonitor monitor = new NullProgressMonitor();
		assertThrows(OperationCanceledException.class, () -> ParallelParts.run(100, 2, (i, m) -> {
			started.incrementAndGet();
			if (i == 3) {
				monitor.setCanceled(true);
			}
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (i >= 3 && !m.isCanceled() && System.nanoTime() < end) {
				sleep(5);
			}
			if (m.isCanceled()) {
				sawStop.incrementAndGet();
				throw new OperationCanceledException();
			}
			return i;
		}, SubMonitor.convert(monitor, 100), 1));
		assertTrue(started.get() < 10, started + " parts started");
		assertTrue(sawStop.get() >= 1, "the running parts saw the stop");
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertTrue(latch.await(10, TimeUnit.SECONDS), "the other part did not start");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** Counts the units of work reported. */
	private static final class CountingMonitor extends NullProgressMonitor {
		final AtomicInteger worked = new AtomicInteger();
		int total;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void internalWorked(double work) {
			worked.addAndGet((int) Math.round(work));
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}
	}
}
