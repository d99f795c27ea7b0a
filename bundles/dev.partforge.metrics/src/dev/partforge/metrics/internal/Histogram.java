// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics.internal;

import java.util.Arrays;

/**
 * A histogram of durations in nanoseconds with a fixed number of buckets: values below 32 each have their own,
 * above that every power of two is split into 32 buckets, so a bucket is at most 1/32 of its values wide. Values
 * from 2^46 ns (about 19.5 h) on share the last bucket. The maximum is kept exactly. Memory and the saved form do not
 * grow with the number of values.
 */
final class Histogram {

	private static final int SUB_BITS = 5;
	private static final int SUB = 1 << SUB_BITS;
	private static final int TOP_EXPONENT = 45;
	/** Number of buckets. */
	static final int BUCKETS = (TOP_EXPONENT - SUB_BITS + 2) * SUB;

	private final long[] counts = new long[BUCKETS];
	private long count;
	private long max;

	/**
	 * Adds one value.
	 *
	 * @param nanos the duration; negative values count as 0
	 */
	void add(long nanos) {
		add(Math.max(0, nanos), 1);
	}

	private void add(long value, long times) {
		counts[index(value)] += times;
		count += times;
		max = Math.max(max, value);
	}

	/**
	 * Adds all values of another histogram.
	 *
	 * @param other the other histogram
	 */
	void addAll(Histogram other) {
		for (int i = 0; i < BUCKETS; i++) {
			counts[i] += other.counts[i];
		}
		count += other.count;
		max = Math.max(max, other.max);
	}

	static int index(long value) {
		if (value < SUB) {
			return (int) value;
		}
		int exponent = Math.min(63 - Long.numberOfLeadingZeros(value), TOP_EXPONENT + 1);
		if (exponent > TOP_EXPONENT) {
			return BUCKETS - 1;
		}
		int sub = (int) (value >>> (exponent - SUB_BITS)) & (SUB - 1);
		return (exponent - SUB_BITS + 1) * SUB + sub;
	}

	/** @return the middle of the values a bucket holds */
	private static long middle(int index) {
		if (index < SUB) {
			return index;
		}
		int exponent = index / SUB + SUB_BITS - 1;
		long width = 1L << (exponent - SUB_BITS);
		long low = (1L << exponent) + (index % SUB) * width;
		return low + width / 2;
	}

	/**
	 * Returns a percentile.
	 *
	 * @param quantile between 0 and 1, e.g. 0.95
	 * @return the duration at or below which that share of values lies (within the bucket width), 0 if empty
	 */
	long percentile(double quantile) {
		if (count == 0) {
			return 0;
		}
		long rank = Math.max(1, (long) Math.ceil(quantile * count));
		long seen = 0;
		for (int i = 0; i < BUCKETS; i++) {
			seen += counts[i];
			if (seen >= rank) {
				return Math.min(middle(i), max);
			}
		}
		return max;
	}

	long count() {
		return count;
	}

	long max() {
		return max;
	}

	/** @return {@code count max index:n,index:n...} (only non-empty buckets) */
	String encode() {
		StringBuilder b = new StringBuilder().append(count).append(' ').append(max).append(' ');
		boolean first = true;
		for (int i = 0; i < BUCKETS; i++) {
			if (counts[i] != 0) {
				b.append(first ? "" : ",").append(i).append(':').append(counts[i]);
				first = false;
			}
		}
		return b.toString();
	}

	/**
	 * Reads what {@link #encode()} wrote.
	 *
	 * @param text the encoded histogram
	 * @return the histogram
	 * @throws IllegalArgumentException if the text is not an encoded histogram
	 */
	static Histogram decode(String text) {
		String[] parts = text.split(" ", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("not a histogram: " + text);
		}
		Histogram h = new Histogram();
		h.max = Long.parseLong(parts[1]);
		if (!parts[2].isEmpty()) {
			for (String bucket : parts[2].split(",")) {
				int colon = bucket.indexOf(':');
				int index = Integer.parseInt(bucket.substring(0, colon));
				long n = Long.parseLong(bucket.substring(colon + 1));
				if (index < 0 || index >= BUCKETS || n < 0) {
					throw new IllegalArgumentException("bad bucket " + bucket);
				}
				h.counts[index] += n;
				h.count += n;
			}
		}
		if (h.count != Long.parseLong(parts[0]) || h.max < 0) {
			throw new IllegalArgumentException("inconsistent histogram: " + text);
		}
		return h;
	}

	@Override
	public String toString() {
		return "Histogram[count=" + count + ", max=" + max + ", buckets=" + Arrays.stream(counts).filter(c -> c > 0)
				.count() + "]";
	}
}
