// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;

import dev.partforge.export.DxfVersion;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.drawing.Paper;
import dev.partforge.export.dxf.DxfExporter;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Units;

/**
 * Runs the project's validator scripts (scripts/*.py with Debian's /usr/bin/python3 and ezdxf, or
 * other external readers) over exported files. A missing tool fails the test unless
 * -Dpartforge.skipValidators=true (exit 3 of a script means "reader missing", 127 of timeout(1)
 * "command missing").
 */
final class Validator {
	private static final long TIMEOUT_S = 900;

	private Validator() {
	}

	/** @return the directory target/NAME (or under -Dpartforge.testOutput), created */
	static Path outputDir(String name) throws IOException {
		Path dir = Path.of(System.getProperty("partforge.testOutput", "target"), name);
		Files.createDirectories(dir);
		return dir;
	}

	/**
	 * Exports one part to DIR/NAME.dxf with the settings the validation tests use (A3 in mm, ANSI B in
	 * inch).
	 *
	 * @return the settings used
	 */
	static ExportSettings writeDxf(Path dir, String name, Recipe r, Units units) throws Exception {
		return writeDxf(dir.resolve(name + ".dxf"), name, r, units, DxfVersion.R2013);
	}

	/**
	 * Exports one part as part NAME to a file in a DXF release, with the settings the validation tests
	 * use.
	 *
	 * @return the settings used
	 */
	static ExportSettings writeDxf(Path file, String name, Recipe r, Units units, DxfVersion version) throws Exception {
		ExportSettings s = ExportSettings.defaults().withUnits(units).withPaper(units == Units.INCH ? Paper.ANSI_B : Paper.A3)
				.withDxfVersion(version);
		try (OutputStream out = Files.newOutputStream(file)) {
			new DxfExporter().export(ExportRequest.of(new ExportPart(name, r), s), out, new NullProgressMonitor());
		}
		return s;
	}

	/**
	 * Runs scripts/SCRIPT with /usr/bin/python3 and asserts exit 0.
	 *
	 * @return the script's output
	 */
	static String python(String script, String... args) throws Exception {
		Path path = Path.of("scripts", script).toAbsolutePath();
		assertTrue(Files.exists(path), "script " + path);
		List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", path.toString()));
		cmd.addAll(List.of(args));
		return run(cmd, "/usr/bin/python3 with ezdxf (apt-get install python3-ezdxf)");
	}

	/**
	 * Runs a command and asserts exit 0.
	 *
	 * @param cmd  the command
	 * @param need what to install when the command is missing
	 * @return its output (stdout and stderr)
	 */
	static String run(List<String> cmd, String need) throws Exception {
		return run(cmd, Map.of(), need);
	}

	/**
	 * Runs a command with extra environment variables and asserts exit 0.
	 *
	 * @param cmd  the command
	 * @param env  variables added to the environment
	 * @param need what to install when the command is missing
	 * @return its output (stdout and stderr)
	 */
	static String run(List<String> cmd, Map<String, String> env, String need) throws Exception {
		Process p;
		try {
			ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
			pb.environment().putAll(env);
			p = pb.start();
		} catch (IOException e) {
			if (Boolean.getBoolean("partforge.skipValidators")) {
				Assumptions.abort(need + " missing and -Dpartforge.skipValidators=true");
			}
			throw new AssertionError(need + " is needed, or build with -Dpartforge.skipValidators=true: " + e.getMessage(), e);
		}
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS), cmd.getFirst() + " finished");
		// 3: a script's reader is missing; 127: timeout(1) did not find the command
		if ((p.exitValue() == 3 || p.exitValue() == 127) && Boolean.getBoolean("partforge.skipValidators")) {
			Assumptions.abort(need + " missing and -Dpartforge.skipValidators=true: " + out);
		}
		assertEquals(0, p.exitValue(), String.join(" ", cmd) + ": " + out);
		return out;
	}
}
