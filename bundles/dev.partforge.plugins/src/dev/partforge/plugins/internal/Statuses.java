// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/** Turns a p2 status tree into one line a user can read. */
final class Statuses {

	private static final int MAX_LENGTH = 400;

	private Statuses() {
	}

	/**
	 * Joins the messages of a status and of its most severe descendants.
	 *
	 * @param status a status, possibly a multi-status
	 * @return one line, at most a few hundred characters
	 */
	static String oneLine(IStatus status) {
		Set<String> messages = new LinkedHashSet<>();
		collect(status, status.getSeverity(), messages);
		String line = String.join("; ", messages).replaceAll("\\s+", " ").trim();
		return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 3) + "...";
	}

	private static void collect(IStatus status, int severity, Set<String> messages) {
		if (status.getSeverity() < severity && severity > IStatus.INFO) {
			return;
		}
		String message = status.getMessage();
		if (message != null && !message.isBlank()) {
			messages.add(message.trim());
		}
		for (IStatus child : status.getChildren()) {
			collect(child, severity, messages);
		}
	}
}
