// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

/** A drawing could not be made; the message says which part and why. */
public final class DrawingException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	/**
	 * @param message what failed, for the user
	 * @param cause   the underlying failure
	 */
	public DrawingException(String message, Throwable cause) {
		super(message, cause);
	}
}
