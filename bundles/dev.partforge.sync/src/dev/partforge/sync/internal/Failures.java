// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what CDO and Net4j throw into a {@link SyncFailure} with one line: the server's own refusal text when it
 * refused (login, ownership), "connection lost" when the network failed, the innermost message otherwise.
 */
final class Failures {

	private static final Pattern REFUSAL = Pattern.compile(
			"(Unknown user or wrong password[^\\n]*|User \\S+ may not (?:change|read) the records of \\S+)");

	private Failures() {
	}

	/**
	 * @param doing   what was being done, e.g. "push records"
	 * @param failure what was thrown
	 * @return the classified failure
	 */
	static SyncFailure classify(String doing, Throwable failure) {
		Throwable root = failure;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			Matcher m = REFUSAL.matcher(String.valueOf(t.getMessage()));
			if (m.find()) {
				return new SyncFailure(SyncFailure.Kind.REFUSED, "the server refused to " + doing + ": " + m.group(1),
						failure);
			}
			if (t instanceof SecurityException) {
				return new SyncFailure(SyncFailure.Kind.REFUSED,
						"the server refused to " + doing + ": " + t.getMessage(), failure);
			}
			root = t;
		}
		if (root instanceof IOException || isConnectionFailure(failure)) {
			return new SyncFailure(SyncFailure.Kind.UNREACHABLE,
					"the connection to the server was lost during " + doing + " (" + root.getMessage() + ")", failure);
		}
		return new SyncFailure(SyncFailure.Kind.FAILED, "cannot " + doing + ": " + root.getMessage(), failure);
	}

	private static boolean isConnectionFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String name = t.getClass().getName();
			String text = String.valueOf(t.getMessage());
			if (name.contains("Timeout") || name.contains("ConnectorException") || name.contains("ChannelException")
					|| text.contains("not active") || text.contains("Connection") || text.contains("closed")) {
				return true;
			}
		}
		return false;
	}
}
