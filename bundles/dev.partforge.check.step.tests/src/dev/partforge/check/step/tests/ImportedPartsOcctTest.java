// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.partforge.check.step.ModelProperties;
import dev.partforge.check.step.StepCheck;
import dev.partforge.check.step.StepModelReader;
import dev.partforge.export.step.internal.StepOptions;
import dev.partforge.export.step.internal.StepPart;
import dev.partforge.export.step.internal.StepWriter;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.web.WebRecipeImporter;

/**
 * Imported web generator recipes round-trip through STEP: OpenCASCADE reads the imported part's STEP
 * file as a valid solid whose volume equals that of the solid OpenCASCADE builds from the JSON's own
 * primitives and operations; and the check by model passes that OpenCASCADE solid against the part.
 */
final class ImportedPartsOcctTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "block-with-hole-old.json", "l-bracket.json", "counterbored-plate.json", "t-profile.json", "u-channel.json",
			"round-flange.json", "pocketed-block.json" })
	void theImportedPartIsTheSolidTheJsonMeans(String fixture) throws Exception {
		String json = fixture(fixture);
		Recipe r = WebRecipeImporter.read(json).recipe();
		Path part = dir.resolve("part.step");
		try (OutputStream out = Files.newOutputStream(part)) {
			StepWriter.write(List.of(StepPart.of(r)), new StepOptions(StepOptions.Schema.AP214, StepOptions.LengthUnit.MM, "part.step",
					"2026-01-01T00:00:00"), out);
		}
		Path intended = dir.resolve("intended.step");
		String out = Occ.run(dir, draw(JsonParser.parseString(json).getAsJsonObject()) + """
				puts "INTENDED [vprops result]"
				stepwrite a result %s
				testreadstep %s imported
				puts "CHECK [checkshape imported]"
				puts "IMPORTED [vprops imported]"
				""".formatted(intended, part));
		double want = Occ.number(out.substring(out.indexOf("INTENDED")), "Mass :", 0);
		double got = Occ.number(out.substring(out.indexOf("IMPORTED")), "Mass :", 0);
		assertTrue(out.contains("This shape seems to be valid"), out);
		assertEquals(want, got, 1e-6 * want, fixture + ": the imported part's volume in OpenCASCADE");
		ModelProperties exact = ModelProperties.of(SolidBuilder.build(r));
		var result = StepCheck.compare(exact, StepModelReader.read(intended).properties(), StepCheck.DEFAULT_TOLERANCE);
		assertTrue(result.passed(), fixture + ": " + result.quantities());
	}

	/** @return DRAW commands building the JSON's solid as shape "result" from its primitives and operations */
	private static String draw(JsonObject o) {
		StringBuilder sb = new StringBuilder();
		if (o.has("holes")) {
			JsonObject b = o.getAsJsonObject("bounding_mm");
			double x = b.get("x").getAsDouble();
			double y = b.get("y").getAsDouble();
			double z = b.get("z").getAsDouble();
			sb.append(String.format(Locale.ROOT, "box result %s %s %s %s %s %s%n", -x / 2, -y / 2, -z / 2, x, y, z));
			int i = 0;
			for (JsonElement e : o.getAsJsonArray("holes")) {
				JsonObject h = e.getAsJsonObject();
				String id = "h" + i++;
				cylinder(sb, id, h.get("r").getAsDouble(), 3 * Math.max(x, Math.max(y, z)), h.has("axis") ? h.get("axis").getAsString() : "z",
						new double[] { h.get("x").getAsDouble(), h.get("y").getAsDouble(), h.get("z").getAsDouble() });
				sb.append("bcut result result ").append(id).append('\n');
			}
			return sb.toString();
		}
		String first = null;
		for (JsonElement e : o.getAsJsonArray("primitives")) {
			JsonObject p = e.getAsJsonObject();
			String id = p.get("id").getAsString();
			first = first == null ? id : first;
			JsonObject params = p.getAsJsonObject("params");
			double[] pos = position(p);
			if (p.get("kind").getAsString().equals("box")) {
				double w = params.get("width").getAsDouble();
				double d = params.get("depth").getAsDouble();
				double h = params.get("height").getAsDouble();
				sb.append(String.format(Locale.ROOT, "box %s %s %s %s %s %s %s%n", id, pos[0] - w / 2, pos[1] - d / 2, pos[2] - h / 2, w, d, h));
			} else {
				cylinder(sb, id, params.get("radius").getAsDouble(), params.get("height").getAsDouble(), params.get("axis").getAsString(), pos);
			}
		}
		for (JsonElement e : o.getAsJsonArray("operations")) {
			JsonObject op = e.getAsJsonObject();
			String t = op.get("targetId").getAsString();
			String cmd = op.get("type").getAsString().equals("union") ? "bfuse" : "bcut";
			sb.append(cmd).append(' ').append(t).append(' ').append(t).append(' ').append(op.get("toolId").getAsString()).append('\n');
		}
		return sb.append("copy ").append(first).append(" result\n").toString();
	}

	private static void cylinder(StringBuilder sb, String id, double r, double h, String axis, double[] pos) {
		sb.append(String.format(Locale.ROOT, "pcylinder %s %s %s%nttranslate %s 0 0 %s%n", id, r, h, id, -h / 2));
		if (axis.equals("x")) {
			sb.append("trotate ").append(id).append(" 0 0 0 0 1 0 90\n");
		} else if (axis.equals("y")) {
			sb.append("trotate ").append(id).append(" 0 0 0 1 0 0 -90\n");
		}
		sb.append(String.format(Locale.ROOT, "ttranslate %s %s %s %s%n", id, pos[0], pos[1], pos[2]));
	}

	private static double[] position(JsonObject p) {
		if (!p.has("transform") || !p.getAsJsonObject("transform").has("position")) {
			return new double[3];
		}
		JsonElement e = p.getAsJsonObject("transform").get("position");
		if (e.isJsonArray()) {
			return new double[] { e.getAsJsonArray().get(0).getAsDouble(), e.getAsJsonArray().get(1).getAsDouble(),
					e.getAsJsonArray().get(2).getAsDouble() };
		}
		JsonObject o = e.getAsJsonObject();
		return new double[] { o.get("x").getAsDouble(), o.get("y").getAsDouble(), o.get("z").getAsDouble() };
	}

	private static String fixture(String name) throws Exception {
		for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
			Path c = p.resolve("bundles/dev.partforge.recipes.web.tests/fixtures/" + name);
			if (Files.isRegularFile(c)) {
				return Files.readString(c);
			}
		}
		throw new IllegalStateException("fixture not found: " + name);
	}
}
