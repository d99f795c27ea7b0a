// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did.
 *
 * @param backup the backup restored
 * @param keptAside where the database it replaced was kept, if there was one
 * @param parts number of parts restored
 * @param records number of records restored
 */
public record RestoreReport(Path backup, Optional<Path> keptAside, long parts, long records) {
}
