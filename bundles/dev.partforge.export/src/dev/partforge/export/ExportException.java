// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.io.Serial;

/** An export failed; the message names the part or file and says what to do. */
public final class ExportException extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 *
	 * @param message what failed, for the user
	 */
	public ExportException(String message) {
		super(message);
	}

	/**
	 * Creates the exception with its cause.
	 *
	 * @param message what failed, for the user
	 * @param cause   the underlying error
	 */
	public ExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
