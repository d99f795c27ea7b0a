// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs external validators. A missing tool fails the test (CI installs qpdf and poppler-utils)
 * unless the build sets -Dpartforge.skipValidators=true, which turns it into a skipped test.
 */
final class Tools {

	private Tools() {
	}

	/** @return the tool's output; fails or skips when it is not installed */
	static Result run(Path dir, List<String> cmd) throws IOException, InterruptedException {
		Process p;
		try {
			p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
		} catch (IOException e) {
			if (Boolean.getBoolean("partforge.skipValidators")) {
				Assumptions.abort(cmd.getFirst() + " is not installed and -Dpartforge.skipValidators=true");
			}
			throw new AssertionError(cmd.getFirst() + " is not installed (apt-get install qpdf poppler-utils), or build with "
					+ "-Dpartforge.skipValidators=true to skip: " + e.getMessage(), e);
		}
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError(cmd + " did not finish in 120 s");
		}
		return new Result(p.exitValue(), out);
	}

	/** @return target/name below the test output directory (created) */
	static Path output(String name) throws IOException {
		Path d = Path.of(System.getProperty("partforge.testOutput", "target"), name);
		Files.createDirectories(d);
		return d;
	}

	/**
	 * A finished run.
	 *
	 * @param exit   exit code
	 * @param output standard output and error
	 */
	record Result(int exit, String output) {
	}
}
