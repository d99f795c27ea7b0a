// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

/** The store is closed (the application is shutting down or the store failed to open). */
public final class StoreClosedException extends StoreException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 *
	 * @param message what happened and what to do
	 * @param cause the underlying failure, or null
	 */
	public StoreClosedException(String message, Throwable cause) {
		super(message, cause);
	}
}
