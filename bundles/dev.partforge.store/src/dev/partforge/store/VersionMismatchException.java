// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

/** The store was written by a different, incompatible PartForge version. */
public final class VersionMismatchException extends StoreException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 *
	 * @param message what happened and what to do
	 * @param cause the underlying failure, or null
	 */
	public VersionMismatchException(String message, Throwable cause) {
		super(message, cause);
	}
}
