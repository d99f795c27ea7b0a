// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

/**
 * The metrics service: every part of PartForge that does work worth watching (the store, exporters, the generator,
 * workbench jobs, synchronisation) reports to it, and the Storage Monitor view and {@code partforge metrics} show
 * what it collected. It is an OSGi service; its figures are kept in the data directory and survive a restart.
 * <p>
 * Operation kinds are short dotted names such as {@code "store.commit"}, {@code "export.pdf"} or {@code "sync.push"}.
 * Timing one operation is one line:
 *
 * <pre>
 * metrics.time("sync.push", () -&gt; push(changes));
 * </pre>
 *
 * Memory is bounded whatever is reported: at most {@link #MAX_KINDS} operation kinds, error kinds and caches each
 * (further names are counted under {@code "other"}), a fixed-size histogram per kind and a bounded usage history.
 *
 * @noimplement clients use the service; {@link #NONE} stands in where there is none
 */
public interface Metrics {

	/** How many operation kinds (and error kinds, and caches) are kept apart; the rest count as {@code "other"}. */
	int MAX_KINDS = 128;

	/** A metrics service that keeps nothing (tests, and code running without the service). */
	Metrics NONE = new Metrics() {
		@Override
		public void record(String kind, long nanos) {
			// keeps nothing
		}

		@Override
		public void error(String kind, Throwable cause) {
			// keeps nothing
		}

		@Override
		public void storage(StorageSample sample) {
			// keeps nothing
		}

		@Override
		public void cache(CacheFigures cache) {
			// keeps nothing
		}

		@Override
		public MetricsSnapshot snapshot() {
			return MetricsSnapshot.EMPTY;
		}
	};

	/**
	 * Work that returns a value and may fail.
	 *
	 * @param <T> the result
	 * @param <E> the exception it may throw
	 */
	@FunctionalInterface
	interface Work<T, E extends Exception> {

		/**
		 * Does the work.
		 *
		 * @return the result
		 * @throws E if it fails
		 */
		T run() throws E;
	}

	/**
	 * Work without a result that may fail.
	 *
	 * @param <E> the exception it may throw
	 */
	@FunctionalInterface
	interface Action<E extends Exception> {

		/**
		 * Does the work.
		 *
		 * @throws E if it fails
		 */
		void run() throws E;
	}

	/**
	 * Runs work and records how long it took under {@code kind}; if it throws, also counts an error of that kind.
	 *
	 * @param <T>  the result
	 * @param <E>  the exception the work may throw
	 * @param kind the operation kind, e.g. {@code "store.commit"}
	 * @param work the work
	 * @return the work's result
	 * @throws E what the work throws, unchanged
	 */
	default <T, E extends Exception> T time(String kind, Work<T, E> work) throws E {
		long start = System.nanoTime();
		try {
			return work.run();
		} catch (Exception | Error e) {
			error(kind, e);
			throw e;
		} finally {
			record(kind, System.nanoTime() - start);
		}
	}

	/**
	 * Runs work without a result and records it as {@link #time(String, Work)} does.
	 *
	 * @param <E>    the exception the work may throw
	 * @param kind   the operation kind
	 * @param action the work
	 * @throws E what the work throws, unchanged
	 */
	default <E extends Exception> void time(String kind, Action<E> action) throws E {
		time(kind, () -> {
			action.run();
			return null;
		});
	}

	/**
	 * Records one operation's duration.
	 *
	 * @param kind  the operation kind
	 * @param nanos how long it took, in nanoseconds (negative values count as 0)
	 */
	void record(String kind, long nanos);

	/**
	 * Counts one failed operation; the error kind is {@code kind} and the failure's class, e.g.
	 * {@code "store.commit: StorageFullException"}.
	 *
	 * @param kind  the operation kind
	 * @param cause what went wrong
	 */
	void error(String kind, Throwable cause);

	/**
	 * Records how much storage the data uses now (kept as a bounded history).
	 *
	 * @param sample the figures
	 */
	void storage(StorageSample sample);

	/**
	 * Reports a cache's current size, bound and hit counts (replacing what was reported for that cache before).
	 *
	 * @param cache the figures
	 */
	void cache(CacheFigures cache);

	/**
	 * Returns everything collected so far: since the metrics were first kept in this data directory, including what
	 * other PartForge processes on it have saved.
	 *
	 * @return the figures
	 */
	MetricsSnapshot snapshot();
}
