// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.check.step.ModelProperties;
import dev.partforge.check.step.StepCheck;
import dev.partforge.check.step.StepCheckResult;
import dev.partforge.check.step.StepModel;
import dev.partforge.check.step.StepModelReader;
import dev.partforge.recipes.SolidBuilder;

/**
 * Reference models built by OpenCASCADE from primitives and booleans, moved and turned
 * arbitrarily, written as STEP by OpenCASCADE: the right part passes in millimetres and in inches,
 * the part with one hole missing fails on its volume, and on a model with spherical faces round either pole
 * and a spherical void (BREP_WITH_VOIDS), a torus, a cone and B-spline intersection curves our properties equal
 * OpenCASCADE's own.
 */
final class OcctReferenceTest {

	@TempDir
	Path dir;

	@Test
	void theRightModelPassesInMillimetresAndTheOneWithAHoleMissingFails() throws Exception {
		Path right = dir.resolve("right.step");
		Path missing = dir.resolve("missing.step");
		Occ.run(dir, HolePlate.occ(-1) + "stepwrite a part " + right + "\n");
		Occ.run(dir, HolePlate.occ(1) + "stepwrite a part " + missing + "\n");
		ModelProperties exact = ModelProperties.of(SolidBuilder.build(HolePlate.recipe()));

		StepModel m = StepModelReader.read(right);
		StepCheckResult ok = StepCheck.compare(exact, m.properties(), StepCheck.DEFAULT_TOLERANCE);
		assertTrue(ok.passed(), ok.summary() + " " + ok.quantities());
		assertEquals("millimetre", m.lengthUnit());
		assertEquals("AP214", m.protocol());
		assertEquals(exact.volume(), m.properties().volume(), 1e-6 * exact.volume());

		StepCheckResult bad = StepCheck.compare(exact, StepModelReader.read(missing).properties(), StepCheck.DEFAULT_TOLERANCE);
		assertFalse(bad.passed());
		assertFalse(bad.volume().ok(), bad.summary());
		double blindHole = Math.PI * 4 * 4 * 12;
		assertEquals(blindHole, bad.volume().actual() - bad.volume().expected(), 1e-6 * exact.volume(), bad.summary());
		assertTrue(bad.summary().startsWith("not correct: volume +"), bad.summary());
	}

	@Test
	void aModelInInchesPasses() throws Exception {
		Path inch = dir.resolve("inch.step");
		Occ.run(dir, "param write.step.unit INCH\n" + HolePlate.occ(-1) + "stepwrite a part " + inch + "\n");
		ModelProperties exact = ModelProperties.of(SolidBuilder.build(HolePlate.recipe()));
		StepModel m = StepModelReader.read(inch);
		assertEquals("inch", m.lengthUnit());
		assertTrue(StepCheck.check(SolidBuilder.build(HolePlate.recipe()), inch, StepCheck.DEFAULT_TOLERANCE).passed());
		StepCheckResult r = StepCheck.compare(exact, m.properties(), StepCheck.DEFAULT_TOLERANCE);
		assertTrue(r.passed(), r.summary() + " " + r.quantities());
		assertEquals(exact.volume(), m.properties().volume(), 1e-6 * exact.volume());
	}

	@Test
	void aBodyOfBsplineSurfacesHasTheExactProperties() throws Exception {
		Path f = dir.resolve("nurbs.step");
		Occ.run(dir, HolePlate.occ(-1) + "nurbsconvert part part\nstepwrite a part " + f + "\n");
		String text = Files.readString(f);
		assertTrue(text.contains("RATIONAL_B_SPLINE_SURFACE") && !text.contains("CYLINDRICAL_SURFACE") && !text.contains("PLANE("),
				"every face is a B-spline surface");
		ModelProperties exact = ModelProperties.of(SolidBuilder.build(HolePlate.recipe()));
		ModelProperties p = StepModelReader.read(f).properties();
		assertEquals(exact.volume(), p.volume(), 1e-8 * exact.volume());
		assertEquals(exact.area(), p.area(), 1e-8 * exact.area());
		assertEquals(exact.principalMoments().z(), p.principalMoments().z(), 1e-7 * exact.principalMoments().z());
		assertTrue(StepCheck.compare(exact, p, StepCheck.DEFAULT_TOLERANCE).passed());
	}

	@Test
	void spheresToriAndBsplineEdgesGiveOpenCascadesProperties() throws Exception {
		Path f = dir.resolve("round.step");
		String out = Occ.run(dir, """
				box r -50 -30 -10 100 60 20
				pcylinder c 4 40; ttranslate c 20 0 -20; bcut r r c
				pcylinder c 3 200; trotate c 0 0 0 0 1 0 90; ttranslate c -100 5 0; bcut r r c
				pcone k 8 0 8; ttranslate k -20 0 2; bcut r r k
				psphere s 6; ttranslate s 0 15 10; bcut r r s
				ptorus t 30 3; ttranslate t 0 0 10; bcut r r t
				psphere s2 5; ttranslate s2 -40 -22 10; bfuse r r s2
				psphere s3 3; ttranslate s3 30 15 0; bcut r r s3
				trotate r 0 0 0 1 1 1 37; ttranslate r 100 -200 50
				puts [vprops r -full]
				puts [sprops r -full]
				""" + "stepwrite a r " + f + "\n");
		assertTrue(Files.readString(f).contains("BREP_WITH_VOIDS"), "the inner sphere is a void shell");
		StepModel m = StepModelReader.read(f);
		ModelProperties p = m.properties();
		assertEquals(Occ.number(out, "Mass :", 0), p.volume(), 1e-5 * p.volume(), out);
		assertEquals(Occ.number(out, "Mass :", 1), p.area(), 1e-5 * p.area(), out);
		double[] occ = { Occ.number(out, "IX =", 0), Occ.number(out, "IY =", 0), Occ.number(out, "IZ =", 0) };
		java.util.Arrays.sort(occ);
		assertEquals(occ[0], p.principalMoments().x(), 1e-5 * occ[0]);
		assertEquals(occ[1], p.principalMoments().y(), 1e-5 * occ[1]);
		assertEquals(occ[2], p.principalMoments().z(), 1e-5 * occ[2]);
	}
}
