// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.internal;

/**
 * SplitMix64 (Steele, Lea, Flood 2014): the generator's only source of randomness, so the same
 * seed gives the same recipe on every JVM (integer arithmetic only).
 */
public final class SplitMix64 {
	private long state;

	/** @param seed initial state */
	public SplitMix64(long seed) {
		this.state = seed;
	}

	/** @return the next 64 random bits */
	public long nextLong() {
		long z = state += 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** @return a uniform int in [0, n) */
	public int nextInt(int n) {
		return (int) Long.remainderUnsigned(nextLong(), n);
	}

	/** @return a uniform int in [lo, hi] */
	public int between(int lo, int hi) {
		return lo + nextInt(hi - lo + 1);
	}

	/** @return true with probability percent / 100 */
	public boolean chance(int percent) {
		return nextInt(100) < percent;
	}

	/** @return one of the values */
	public double pick(double... values) {
		return values[nextInt(values.length)];
	}
}
