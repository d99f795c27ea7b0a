// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

/**
 * Test hook for crash tests: when the system property {@code partforge.store.haltAt} names a point the store reaches,
 * the JVM halts there at once, as if killed (no shutdown hooks, no finally blocks). Unset in production.
 */
final class CrashPoints {

	/** The system property naming the point to halt at. */
	static final String PROPERTY = "partforge.store.haltAt";

	private static final String HALT_AT = System.getProperty(PROPERTY);

	private CrashPoints() {
	}

	/**
	 * Halts the JVM if this is the point named by {@link #PROPERTY}.
	 *
	 * @param point the name of the point just reached
	 */
	static void reached(String point) {
		if (point.equals(HALT_AT)) {
			Runtime.getRuntime().halt(99);
		}
	}
}
