// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;

/**
 * The saved form of the paused attempts in the session state: {@code partId=millis} pairs joined by {@code ;} (part
 * ids have neither character). An entry that cannot be read is logged and skipped.
 */
final class PausedAttempts {

	private PausedAttempts() {
	}

	static String format(Map<String, Long> paused) {
		return paused.entrySet().stream().map(e -> e.getKey() + '=' + e.getValue()).collect(Collectors.joining(";"));
	}

	static Map<String, Long> parse(String text) {
		Map<String, Long> paused = new LinkedHashMap<>();
		for (String entry : text.split(";")) {
			int eq = entry.lastIndexOf('=');
			if (entry.isBlank()) {
				continue;
			}
			try {
				long millis = Long.parseLong(entry.substring(eq + 1));
				if (eq <= 0 || millis < 0) {
					throw new NumberFormatException("no part id or a negative time");
				}
				paused.put(entry.substring(0, eq), millis);
			} catch (NumberFormatException e) {
				ILog.of(PausedAttempts.class).warn("Skipping a saved paused attempt that cannot be read: '" + entry
						+ "' (" + e.getMessage() + ")");
			}
		}
		return paused;
	}
}
