// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/** A recipe that breaks a rule (unknown kind, out of the stock, too thin, features too close). */
public final class InvalidRecipeException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	/** @param message what is wrong and what to change */
	public InvalidRecipeException(String message) {
		super(message);
	}
}
