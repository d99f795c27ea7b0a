// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

/** Receives {@link StoreChange}s after they are committed. */
@FunctionalInterface
public interface StoreListener {

	/**
	 * Called after a successful change, on the thread that made it. Exceptions are logged and ignored.
	 *
	 * @param change the change
	 */
	void storeChanged(StoreChange change);
}
