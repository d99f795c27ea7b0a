// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step;

/**
 * A STEP file that cannot be checked: not a Part 21 file, truncated, of another schema, without
 * exactly one solid, or using an entity the reader does not support. The message is one line a user
 * can act on and names the entity where there is one.
 */
public final class StepReadException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message one line saying what is wrong */
	public StepReadException(String message) {
		super(message);
	}
}
