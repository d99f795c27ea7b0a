// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cache that keeps at most a bound of entries, dropping the least recently used one first, and counts its hits
 * and misses so it can report them to the {@link Metrics} service.
 * <p>
 * Thread-safe. A value is computed outside the lock, so two threads missing the same key at once may both compute
 * it; the last one stored wins. Values must not be {@code null}.
 *
 * @param <K> the key, e.g. a part id with the options the value depends on
 * @param <V> the cached value
 */
public final class LruCache<K, V> {

	private final String name;
	private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
	private int bound;
	private long hits;
	private long misses;

	/**
	 * Creates an empty cache.
	 *
	 * @param name  the name it reports under, e.g. {@code "drawing.sheets"}
	 * @param bound the most entries it keeps, at least 1
	 */
	public LruCache(String name, int bound) {
		this.name = Objects.requireNonNull(name, "name");
		this.bound = checked(bound);
	}

	/**
	 * Returns the value for a key, computing and keeping it if it is not there.
	 *
	 * @param key     the key
	 * @param compute computes the value on a miss; must not return {@code null}
	 * @return the cached or computed value
	 */
	public V get(K key, Function<? super K, ? extends V> compute) {
		Objects.requireNonNull(key, "key");
		synchronized (this) {
			V value = entries.get(key);
			if (value != null) {
				hits++;
				return value;
			}
			misses++;
		}
		V value = Objects.requireNonNull(compute.apply(key), () -> "computed null for " + key + " in " + name);
		put(key, value);
		return value;
	}

	/**
	 * Returns the value for a key if it is there, counting a hit or a miss.
	 *
	 * @param key the key
	 * @return the value, or empty
	 */
	public synchronized Optional<V> lookup(K key) {
		V value = entries.get(Objects.requireNonNull(key, "key"));
		if (value == null) {
			misses++;
		} else {
			hits++;
		}
		return Optional.ofNullable(value);
	}

	/**
	 * Stores a value, dropping the least recently used entries beyond the bound.
	 *
	 * @param key   the key
	 * @param value the value
	 */
	public synchronized void put(K key, V value) {
		entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
		trim();
	}

	/**
	 * Forgets one entry, e.g. when the part it was computed from changed.
	 *
	 * @param key the key
	 */
	public synchronized void remove(K key) {
		entries.remove(key);
	}

	/** Forgets every entry; the hit and miss counts stay. */
	public synchronized void clear() {
		entries.clear();
	}

	/**
	 * Changes the bound (e.g. when the memory budget preference changes), dropping the least recently used entries
	 * beyond it at once.
	 *
	 * @param newBound the most entries it keeps, at least 1
	 */
	public synchronized void setBound(int newBound) {
		bound = checked(newBound);
		trim();
	}

	/**
	 * Returns how many entries it holds now.
	 *
	 * @return the size, never above the bound
	 */
	public synchronized int size() {
		return entries.size();
	}

	/**
	 * Returns its figures now: size, bound, hits and misses.
	 *
	 * @return the figures under its name
	 */
	public synchronized CacheFigures figures() {
		return new CacheFigures(name, entries.size(), bound, hits, misses);
	}

	/**
	 * Reports its figures to the metrics service.
	 *
	 * @param metrics where to report ({@link Metrics#NONE} where there is none)
	 */
	public void report(Metrics metrics) {
		metrics.cache(figures());
	}

	private void trim() {
		Iterator<K> eldestFirst = entries.keySet().iterator();
		while (entries.size() > bound) {
			eldestFirst.next();
			eldestFirst.remove();
		}
	}

	private static int checked(int bound) {
		if (bound < 1) {
			throw new IllegalArgumentException("cache bound must be at least 1, was " + bound);
		}
		return bound;
	}
}
