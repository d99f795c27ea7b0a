// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

/**
 * Test hook for kill -9 scenarios: when the system property {@value #PROPERTY} names a point a cycle reaches, the
 * thread prints {@code PAUSED <point>} on standard output and waits there for good, so that a test can kill the JVM at
 * exactly that point. Unset in production.
 */
final class PausePoints {

	/** The system property naming the point to pause at. */
	static final String PROPERTY = "partforge.sync.pauseAt";

	/** A batch of the outbox is committed on the server, its entries are still in the local outbox. */
	static final String SERVER_COMMITTED = "server-committed";

	private static final String PAUSE_AT = System.getProperty(PROPERTY);

	private PausePoints() {
	}

	/**
	 * Pauses for good if this is the point named by {@link #PROPERTY}.
	 *
	 * @param point the name of the point just reached
	 */
	static void reached(String point) {
		if (point.equals(PAUSE_AT)) {
			System.out.println("PAUSED " + point);
			System.out.flush();
			while (true) {
				try {
					Thread.sleep(Long.MAX_VALUE);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while paused at " + point, e);
				}
			}
		}
	}
}
