// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.partforge.export.step.internal.StepOptions;
import dev.partforge.export.step.internal.StepOptions.LengthUnit;
import dev.partforge.export.step.internal.StepOptions.Schema;
import dev.partforge.export.step.internal.StepPart;
import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.TopologyReport;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/** Our STEP output read back by an independent Part 21 parser. */
final class StepWriterTest {

	private static StepPart part(Difficulty d, long seed) {
		return StepParts.of(RecipeGenerator.generate(d, seed, Units.MM));
	}

	@Test
	void singlePartStructureMatchesTheSolid() throws IOException {
		StepPart p = part(Difficulty.EXPERT, 11);
		Part21Reader r = Part21Reader.parse(StepParts.write(List.of(p), StepOptions.defaults("p.step")));
		assertEquals("FILE_SCHEMA", r.header.get(2).name());
		assertEquals(List.of("AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }"), r.header.get(2).params().getFirst());
		TopologyReport t = TopologyReport.of(p.solid());
		assertEquals(t.faces(), r.all("ADVANCED_FACE").size());
		assertEquals(t.edges(), r.all("EDGE_CURVE").size());
		assertEquals(t.vertices(), r.all("VERTEX_POINT").size());
		assertEquals(t.innerLoops(), r.all("FACE_BOUND").size());
		assertEquals(t.faces(), r.all("FACE_OUTER_BOUND").size());
		assertEquals(2 * t.edges(), r.all("ORIENTED_EDGE").size());
		assertEquals(1, r.all("MANIFOLD_SOLID_BREP").size());
		assertEquals(1, r.all("CLOSED_SHELL").size());
		assertEquals(1, r.all("PRODUCT").size());
		assertTrue(r.all("CONICAL_SURFACE").size() + r.all("CYLINDRICAL_SURFACE").size() > 0);
		for (Part21Reader.Ref ref : r.references()) {
			assertTrue(r.data.containsKey(ref.id()), "dangling reference #" + ref.id());
		}
		List<Object> prod = r.all("PRODUCT").getFirst().params();
		assertEquals("PF-EXPERT-11", prod.get(0));
		assertEquals(p.name(), prod.get(1));
		assertTrue(((String) prod.get(2)).contains("seed=11; difficulty=EXPERT"), prod.get(2).toString());
		List<Part21Reader.Instance> si = r.all("LENGTH_UNIT+NAMED_UNIT+SI_UNIT");
		assertEquals(1, si.size());
	}

	@Test
	void inchFilesDeclareTheConversionAndScaleCoordinates() throws IOException {
		StepPart p = part(Difficulty.INTERMEDIATE, 3);
		Part21Reader mm = Part21Reader.parse(StepParts.write(List.of(p), StepOptions.defaults("p.step")));
		Part21Reader in = Part21Reader.parse(StepParts.write(List.of(p), new StepOptions(Schema.AP214, LengthUnit.INCH, "p.step", "t")));
		Part21Reader.Instance unit = in.all("CONVERSION_BASED_UNIT+LENGTH_UNIT+NAMED_UNIT").getFirst();
		assertEquals("INCH", unit.partials().getFirst().params().getFirst());
		double maxMm = maxCoordinate(mm);
		double maxIn = maxCoordinate(in);
		assertEquals(maxMm / 25.4, maxIn, 1e-9 * maxMm);
		double bbox = BrepMassProperties.of(p.solid()).bounds().max().x();
		assertTrue(maxMm >= bbox - 1e-9, "coordinates reach the bounding box");
	}

	private static double maxCoordinate(Part21Reader r) {
		double m = 0;
		for (Part21Reader.Instance i : r.all("CARTESIAN_POINT")) {
			for (Object o : (List<?>) i.params().get(1)) {
				m = Math.max(m, Math.abs((Double) o));
			}
		}
		return m;
	}

	@Test
	void ap242OnRequest() throws IOException {
		Part21Reader r = Part21Reader.parse(StepParts.write(List.of(part(Difficulty.BEGINNER, 1)),
				new StepOptions(Schema.AP242, LengthUnit.MM, "p.step", "t")));
		assertEquals(List.of("AP242_MANAGED_MODEL_BASED_3D_ENGINEERING_MIM_LF { 1 0 10303 442 1 1 4 }"), r.header.get(2).params().getFirst());
		assertEquals("managed model based 3d engineering", r.all("APPLICATION_CONTEXT").getFirst().params().getFirst());
	}

	@Test
	void assemblyHasOneProductPerPartAndPlacements() throws IOException {
		List<StepPart> parts = List.of(part(Difficulty.BEGINNER, 5), part(Difficulty.INTERMEDIATE, 5), part(Difficulty.EXPERT, 5));
		Part21Reader r = Part21Reader.parse(StepParts.write(parts, StepOptions.defaults("set.step")));
		assertEquals(4, r.all("PRODUCT").size());
		assertEquals(3, r.all("NEXT_ASSEMBLY_USAGE_OCCURRENCE").size());
		assertEquals(3, r.all("ITEM_DEFINED_TRANSFORMATION").size());
		assertEquals(3, r.all("CONTEXT_DEPENDENT_SHAPE_REPRESENTATION").size());
		assertEquals(3, r.all("MANIFOLD_SOLID_BREP").size());
		assertEquals(1, r.all("SHAPE_REPRESENTATION").size());
		for (Part21Reader.Ref ref : r.references()) {
			assertTrue(r.data.containsKey(ref.id()), "dangling reference #" + ref.id());
		}
	}

	@Test
	void outputIsDeterministicAndLocaleIndependent() throws IOException {
		StepPart p = part(Difficulty.EXPERT, 99);
		Locale before = Locale.getDefault();
		String a;
		String b;
		try {
			Locale.setDefault(Locale.GERMANY);
			a = StepParts.write(List.of(p), StepOptions.defaults("p.step"));
			Locale.setDefault(Locale.forLanguageTag("ar-EG"));
			b = StepParts.write(List.of(part(Difficulty.EXPERT, 99)), StepOptions.defaults("p.step"));
		} finally {
			Locale.setDefault(before);
		}
		assertEquals(a, b);
		assertTrue(a.chars().allMatch(c -> c < 128), "ASCII only");
	}
}
