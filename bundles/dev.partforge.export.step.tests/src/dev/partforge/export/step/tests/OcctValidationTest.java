// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.partforge.export.step.internal.StepOptions;
import dev.partforge.export.step.internal.StepPart;
import dev.partforge.export.step.internal.StepWriter;
import dev.partforge.geometry.MassProperties;
import dev.partforge.recipes.AnalyticMassProperties;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * Third-party check: OpenCASCADE (occt-draw) reads 100 generated parts per level (even seeds in
 * mm, odd seeds in inch, AP214 and AP242 alternating) plus a 3-part assembly; every solid must be
 * valid, with max tolerance &lt;= 0.01 mm, and volume and bounding box equal to the analytic values
 * within 1e-6 relative. Fails when OCCT is missing, unless the build runs with -Dpartforge.skipValidators=true (which the
 * root pom passes to the test JVM; CI never sets it).
 */
final class OcctValidationTest {

	private static final int SEEDS = 100;
	private static final java.util.regex.Pattern LINE = java.util.regex.Pattern
			.compile("STEPCHECK (OK|FAIL) file=(\\S+) .*?volume=(\\S*) .*?bbox=(\\S+)x(\\S+)x(\\S+)");

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(Difficulty.class)
	void openCascadeAcceptsEveryPart(Difficulty level) throws Exception {
		Path script = script();
		Map<String, MassProperties> expected = new HashMap<>();
		List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
		for (int seed = 0; seed < SEEDS; seed++) {
			Units units = seed % 2 == 0 ? Units.MM : Units.INCH;
			Recipe r = RecipeGenerator.generate(level, seed, units);
			Path f = dir.resolve(level + "-" + seed + ".step");
			write(List.of(StepParts.of(r)), f, new StepOptions(seed % 4 < 2 ? StepOptions.Schema.AP214 : StepOptions.Schema.AP242,
					units == Units.MM ? StepOptions.LengthUnit.MM : StepOptions.LengthUnit.INCH, f.getFileName().toString(), "2026-01-01T00:00:00"));
			expected.put(f.toRealPath().toString(), AnalyticMassProperties.of(r));
			cmd.add(f.toString());
		}
		Map<String, String> results = run(cmd);
		assertEquals(SEEDS, results.size(), "one verdict per file");
		for (Map.Entry<String, MassProperties> e : expected.entrySet()) {
			check(e.getKey(), results.get(e.getKey()), e.getValue().volume(), e.getValue().bounds().size().x(),
					e.getValue().bounds().size().y(), e.getValue().bounds().size().z());
		}
	}

	@ParameterizedTest
	@EnumSource(Units.class)
	void openCascadeReadsAnAssemblyInMillimetres(Units units) throws Exception {
		List<StepPart> parts = new ArrayList<>();
		double volume = 0;
		double width = -StepWriter.ASSEMBLY_GAP;
		double depth = 0;
		double height = 0;
		for (Difficulty d : Difficulty.values()) {
			Recipe r = RecipeGenerator.generate(d, 17, units);
			parts.add(StepParts.of(r));
			MassProperties m = AnalyticMassProperties.of(r);
			volume += m.volume();
			width += m.bounds().size().x() + StepWriter.ASSEMBLY_GAP;
			depth = Math.max(depth, m.bounds().size().y());
			height = Math.max(height, m.bounds().size().z());
		}
		Path f = dir.resolve("set-" + units + ".step");
		write(parts, f, new StepOptions(StepOptions.Schema.AP214, units == Units.MM ? StepOptions.LengthUnit.MM : StepOptions.LengthUnit.INCH,
				"set.step", "2026-01-01T00:00:00"));
		Map<String, String> results = run(List.of("bash", script().toString(), f.toString()));
		check(f.toRealPath().toString(), results.get(f.toRealPath().toString()), volume, width, depth, height);
		assertTrue(results.get(f.toRealPath().toString()).contains("solids=3"), results.toString());
	}

	@org.junit.jupiter.api.Test
	void aMissingOpenCascadeIsAToolErrorNotASilentPass() throws Exception {
		ProcessBuilder pb = new ProcessBuilder("bash", script().toString(), "any.step").redirectErrorStream(true);
		pb.environment().put("OCCT_DRAW", dir.resolve("no-such-occt-draw").toString());
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(2, TimeUnit.MINUTES));
		assertEquals(3, p.exitValue(), "exit code 3 (tool error) makes run() fail unless skipping is requested: " + out);
	}

	private static void check(String file, String line, double volume, double dx, double dy, double dz) {
		assertTrue(line != null, "no verdict for " + file);
		Matcher m = LINE.matcher(line);
		assertTrue(m.find(), line);
		assertEquals("OK", m.group(1), line);
		assertEquals(volume, Double.parseDouble(m.group(3)), 1e-6 * volume, "volume: " + line);
		double[] want = { dx, dy, dz };
		for (int i = 0; i < 3; i++) {
			assertEquals(want[i], Double.parseDouble(m.group(4 + i)), 1e-6 * want[i] + 1e-6, "bbox: " + line);
		}
	}

	private static void write(List<StepPart> parts, Path f, StepOptions o) throws IOException {
		try (OutputStream out = Files.newOutputStream(f)) {
			StepWriter.write(parts, o, out);
		}
	}

	private static Map<String, String> run(List<String> cmd) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(10, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			fail("check-step.sh timed out");
		}
		if (p.exitValue() == 3) {
			if (Boolean.getBoolean("partforge.skipValidators")) {
				Assumptions.abort("OpenCASCADE not available and -Dpartforge.skipValidators=true: " + out.strip());
			}
			fail("OpenCASCADE check could not run (install occt-draw, or build with -Dpartforge.skipValidators=true to skip "
					+ "explicitly):\n" + out);
		}
		Map<String, String> results = new HashMap<>();
		for (String line : out.split("\n")) {
			Matcher m = java.util.regex.Pattern.compile("^STEPCHECK \\S+ file=(\\S+)").matcher(line);
			if (m.find()) {
				results.put(m.group(1), line);
			}
		}
		return results;
	}

	/** @return scripts/check-step.sh of this fragment, found from the class location or the working directory */
	static Path script() throws URISyntaxException {
		List<Path> starts = new ArrayList<>();
		starts.add(Paths.get(OcctValidationTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
		starts.add(Paths.get("").toAbsolutePath());
		for (Path start : starts) {
			for (Path p = start; p != null; p = p.getParent()) {
				for (Path c : List.of(p.resolve("scripts/check-step.sh"), p.resolve("bundles/dev.partforge.export.step.tests/scripts/check-step.sh"))) {
					if (Files.isRegularFile(c)) {
						return c;
					}
				}
			}
		}
		throw new IllegalStateException("scripts/check-step.sh not found near " + starts);
	}
}
