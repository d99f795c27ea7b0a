// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.Metrics;
import dev.partforge.metrics.MetricsSnapshot;
import dev.partforge.metrics.StorageSample;
import dev.partforge.metrics.Timing;

/**
 * The figures of the metrics service, bounded: at most {@link Metrics#MAX_KINDS} operation kinds, error kinds and
 * caches (further names are kept as {@value #OTHER}), and {@value #USAGE_SAMPLES} storage samples at least
 * {@link #USAGE_STEP} apart (a newer sample within the step replaces the last one). Not thread-safe.
 */
final class MetricsData {

	/** The name further kinds are counted under once {@link Metrics#MAX_KINDS} are kept. */
	static final String OTHER = "other";

	/** How many storage samples are kept. */
	static final int USAGE_SAMPLES = 500;

	/** The least time between two kept storage samples. */
	static final Duration USAGE_STEP = Duration.ofMinutes(1);

	private static final int MAX_NAME = 100;

	private Instant since;
	private final Map<String, Histogram> timings = new TreeMap<>();
	private final Map<String, Long> errors = new TreeMap<>();
	private final Map<String, Long> failures = new TreeMap<>();
	private final List<StorageSample> usage = new ArrayList<>();
	private final Map<String, CacheFigures> caches = new TreeMap<>();

	MetricsData(Instant since) {
		this.since = since;
	}

	boolean isEmpty() {
		return timings.isEmpty() && errors.isEmpty() && usage.isEmpty() && caches.isEmpty();
	}

	Instant since() {
		return since;
	}

	void record(String kind, long nanos) {
		timings.computeIfAbsent(name(timings, kind), k -> new Histogram()).add(nanos);
	}

	void error(String kind, Throwable cause) {
		String k = name(failures, kind);
		failures.merge(k, 1L, Long::sum);
		errors.merge(name(errors, k + ": " + cause.getClass().getSimpleName()), 1L, Long::sum);
	}

	void storage(StorageSample sample) {
		if (!usage.isEmpty()) {
			StorageSample last = usage.get(usage.size() - 1);
			if (sample.at().isBefore(last.at().plus(USAGE_STEP)) && !sample.at().isBefore(last.at())) {
				usage.set(usage.size() - 1, sample);
				return;
			}
		}
		int at = usage.size();
		while (at > 0 && usage.get(at - 1).at().isAfter(sample.at())) {
			at--;
		}
		usage.add(at, sample);
		while (usage.size() > USAGE_SAMPLES) {
			usage.remove(0);
		}
	}

	void cache(CacheFigures cache) {
		String n = name(caches, cache.name());
		caches.put(n, n.equals(cache.name()) ? cache
				: new CacheFigures(n, cache.size(), cache.bound(), cache.hits(), cache.misses()));
	}

	/**
	 * Adds another set of figures to these: counts add up, the newer cache figures win, the samples are merged in
	 * time order.
	 *
	 * @param other newer figures
	 * @return this
	 */
	MetricsData add(MetricsData other) {
		since = since.isBefore(other.since) ? since : other.since;
		other.timings.forEach((k, h) -> timings.computeIfAbsent(name(timings, k), x -> new Histogram()).addAll(h));
		other.errors.forEach((k, n) -> errors.merge(name(errors, k), n, Long::sum));
		other.failures.forEach((k, n) -> failures.merge(name(failures, k), n, Long::sum));
		other.usage.forEach(this::storage);
		other.caches.values().forEach(this::cache);
		return this;
	}

	/** @return a copy */
	MetricsData copy() {
		return new MetricsData(since).add(this);
	}

	MetricsSnapshot snapshot() {
		List<Timing> list = new ArrayList<>();
		timings.forEach((k, h) -> list.add(new Timing(k, h.count(), h.percentile(0.5), h.percentile(0.95), h.max(),
				failures.getOrDefault(k, 0L))));
		return new MetricsSnapshot(since, list, errors, usage, List.copyOf(caches.values()));
	}

	/** @return a name fit for the saved form (no tabs or line breaks, not too long), or {@link #OTHER} when full */
	private static String name(Map<String, ?> map, String name) {
		String clean = name.replaceAll("\\p{Cntrl}", "_");
		clean = clean.isBlank() ? "_" : clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
		return map.containsKey(clean) || map.size() < Metrics.MAX_KINDS - 1 ? clean : OTHER;
	}

	Map<String, Histogram> timings() {
		return timings;
	}

	Map<String, Long> errors() {
		return errors;
	}

	Map<String, Long> failures() {
		return failures;
	}

	List<StorageSample> usage() {
		return usage;
	}

	Map<String, CacheFigures> caches() {
		return caches;
	}
}
