// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs Tcl scripts in OpenCASCADE DRAW through scripts/draw.sh. A missing occt-draw fails the test
 * unless the build runs with -Dpartforge.skipValidators=true (CI never does).
 */
final class Occ {

	private Occ() {
	}

	/** @return DRAW's output of the script (pload MODELING DATAEXCHANGE is prepended) */
	static String run(Path dir, String tcl) throws IOException, InterruptedException, URISyntaxException {
		Path script = Files.createTempFile(dir, "occ", ".tcl");
		Files.writeString(script, "pload MODELING DATAEXCHANGE\n" + tcl + "\nexit\n");
		Process p = new ProcessBuilder("bash", drawScript().toString(), script.toString()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(5, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			fail("DRAW timed out");
		}
		if (p.exitValue() == 3) {
			if (Boolean.getBoolean("partforge.skipValidators")) {
				Assumptions.abort("OpenCASCADE not available and -Dpartforge.skipValidators=true: " + out.strip());
			}
			fail("OpenCASCADE could not run (install occt-draw, or build with -Dpartforge.skipValidators=true):\n" + out);
		}
		return out;
	}

	/** @return the number after "label" in DRAW's output (e.g. "Mass :") */
	static double number(String out, String label, int occurrence) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(label) + "\\s*(\\S+)").matcher(out);
		for (int i = 0; i <= occurrence; i++) {
			if (!m.find()) {
				fail("no '" + label + "' #" + occurrence + " in DRAW output:\n" + out);
			}
		}
		return Double.parseDouble(m.group(1));
	}

	private static Path drawScript() throws URISyntaxException {
		List<Path> starts = new ArrayList<>();
		starts.add(Paths.get(Occ.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
		starts.add(Paths.get("").toAbsolutePath());
		for (Path start : starts) {
			for (Path p = start; p != null; p = p.getParent()) {
				for (Path c : List.of(p.resolve("scripts/draw.sh"), p.resolve("bundles/dev.partforge.check.step.tests/scripts/draw.sh"))) {
					if (Files.isRegularFile(c)) {
						return c;
					}
				}
			}
		}
		throw new IllegalStateException("scripts/draw.sh not found near " + starts);
	}
}
