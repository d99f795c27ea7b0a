// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

/** Migrating the store to the current schema failed; the old data is untouched. */
public final class MigrationException extends StoreException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 *
	 * @param message what happened and what to do
	 * @param cause the underlying failure, or null
	 */
	public MigrationException(String message, Throwable cause) {
		super(message, cause);
	}
}
