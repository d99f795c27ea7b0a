// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the metrics service collected, at one moment.
 *
 * @param since   when the metrics of this data directory were first kept
 * @param timings per operation kind, sorted by kind
 * @param errors  failures per error kind ({@code "<operation kind>: <exception class>"}), sorted by kind
 * @param usage   storage usage over time, oldest first (bounded)
 * @param caches  the caches' figures, sorted by name
 */
public record MetricsSnapshot(Instant since, List<Timing> timings, Map<String, Long> errors,
		List<StorageSample> usage, List<CacheFigures> caches) {

	/** No figures at all. */
	public static final MetricsSnapshot EMPTY = new MetricsSnapshot(Instant.EPOCH, List.of(), Map.of(), List.of(),
			List.of());

	/** Copies the collections. */
	public MetricsSnapshot {
		timings = List.copyOf(timings);
		errors = Collections.unmodifiableMap(new TreeMap<>(errors));
		usage = List.copyOf(usage);
		caches = List.copyOf(caches);
	}

	/**
	 * Finds the timings of one operation kind.
	 *
	 * @param kind the operation kind
	 * @return its timings, or empty if none was recorded
	 */
	public Optional<Timing> timing(String kind) {
		return timings.stream().filter(t -> t.kind().equals(kind)).findFirst();
	}

	/**
	 * Returns the newest storage figures.
	 *
	 * @return the last sample, or empty if none was recorded
	 */
	public Optional<StorageSample> latestUsage() {
		return usage.isEmpty() ? Optional.empty() : Optional.of(usage.get(usage.size() - 1));
	}
}
