// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.util.OptionalLong;

/**
 * Aggregated attempts of one group (a part or a difficulty).
 *
 * @param group the part id or the difficulty name
 * @param attempts number of records
 * @param completed number of completed records
 * @param totalTime sum of the records' time in milliseconds
 * @param bestTime shortest completed attempt in milliseconds, empty if none was completed
 */
public record AttemptStats(String group, long attempts, long completed, long totalTime, OptionalLong bestTime) {
}
