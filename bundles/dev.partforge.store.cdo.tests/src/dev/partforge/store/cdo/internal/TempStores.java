// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary store directories for tests (real H2 files under java.io.tmpdir or target). */
final class TempStores {

	private TempStores() {
	}

	static Path newDirectory(String prefix) throws IOException {
		Path base = Path.of(System.getProperty("partforge.testOutput", System.getProperty("java.io.tmpdir")));
		Files.createDirectories(base);
		return Files.createTempDirectory(base, prefix);
	}

	static void delete(Path dir) throws IOException {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		}
	}
}
