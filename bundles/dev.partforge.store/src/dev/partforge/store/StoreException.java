// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

/**
 * A store operation failed. The message says what happened and what the user can do; subclasses tell the cause
 * apart. A failed operation changes nothing.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 *
	 * @param message what happened and what to do
	 * @param cause the underlying failure, or null
	 */
	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Creates an exception without cause.
	 *
	 * @param message what happened and what to do
	 */
	public StoreException(String message) {
		super(message);
	}
}
