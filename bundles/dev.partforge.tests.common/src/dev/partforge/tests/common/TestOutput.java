// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where tests write files a person may want to look at (screenshots, exported drawings): the module's
 * {@code target/} folder, passed by the build as the system property {@code partforge.testOutput}.
 */
public final class TestOutput {

	private TestOutput() {
	}

	/**
	 * Returns a sub-directory of the test output folder, created if needed.
	 *
	 * @param name e.g. {@code "screenshots"}
	 * @return the directory
	 */
	public static Path dir(String name) {
		String base = System.getProperty("partforge.testOutput", "target");
		Path dir = Paths.get(base, name).toAbsolutePath();
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create test output folder " + dir, e);
		}
		return dir;
	}
}
