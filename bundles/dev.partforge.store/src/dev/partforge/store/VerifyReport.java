// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.util.List;

/**
 * The result of {@link PartStore#verify()}.
 *
 * @param parts parts read
 * @param records records read
 * @param preferences preferences read
 * @param checksum content checksum over all stored data (hex)
 * @param problems problems found, empty if the store is sound
 */
public record VerifyReport(long parts, long records, long preferences, String checksum, List<String> problems) {

	/**
	 * Creates a report.
	 *
	 * @param parts parts
	 * @param records records
	 * @param preferences preferences
	 * @param checksum checksum
	 * @param problems problems
	 */
	public VerifyReport {
		problems = List.copyOf(problems);
	}

	/**
	 * Returns whether no problems were found.
	 *
	 * @return true if sound
	 */
	public boolean ok() {
		return problems.isEmpty();
	}
}
