// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import dev.partforge.recipes.internal.StockShape;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Section views over generated parts (run through {@link JqwikPropertiesTest}): a part gets a section only when a
 * counterbore, blind hole or pocket sits in one of its faces (not when every plane through their axes would run along a
 * face of the part, see {@link SectionViewTest#planeAlongAFaceIsNotTaken()}), and the section's plane, read back from
 * the cutting-plane line, contains the axis of at least one of them; then every hatch line lies inside the section
 * outline, the cutting-plane letters match the label, the section shows no hidden line, and everything stays inside the
 * frame and off the title block. Parts with such features in side faces are counted, and those among them whose section
 * runs through a side feature's axis: the property fails when none does.
 */
class SectionProperties {
	private static final AtomicInteger sideParts = new AtomicInteger();
	private static final AtomicInteger sideCuts = new AtomicInteger();

	@BeforeContainer
	static void reset() {
		sideParts.set(0);
		sideCuts.set(0);
	}

	@Property(tries = 150)
	void sectionsAreCleanAndOnlyWhereNeeded(@ForAll Difficulty level, @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
			@ForAll Projection projection, @ForAll boolean inch) {
		Recipe r = RecipeGenerator.generate(level, seed, inch ? Units.INCH : Units.MM);
		Sheet s = Drafter.draw("P" + seed, r, DrawingOptions.defaults().withProjection(projection).withPaper(inch ? Paper.ANSI_B : Paper.A3));
		List<String> problems = new ArrayList<>(SheetChecks.insideFrame(s, true));
		problems.addAll(SheetChecks.textOverlaps(s));
		problems.addAll(SheetChecks.textOffViews(s));
		boolean section = !SectionGeometry.hatches(s).isEmpty() || !SectionGeometry.texts(s, "A-A").isEmpty();
		List<double[]> axes = hiddenAxes(r.inMillimetres(), false);
		List<double[]> sideAxes = hiddenAxes(r.inMillimetres(), true);
		if (section) {
			problems.addAll(SectionGeometry.problems(s));
			double[] plane = SectionGeometry.plane(s);
			if (axes.stream().noneMatch(a -> inPlane(a, plane))) {
				problems.add("the section plane " + Arrays.toString(plane) + " contains no hidden feature's axis");
			}
			if (sideAxes.stream().anyMatch(a -> inPlane(a, plane))) {
				sideCuts.incrementAndGet();
			}
		}
		if (!sideAxes.isEmpty()) {
			sideParts.incrementAndGet();
		}
		if (section && axes.isEmpty()) {
			problems.add("a section on a part without hidden features");
		}
		if (section != Drafter.draw("P" + seed, r, DrawingOptions.defaults().withProjection(projection)).entities().stream()
				.anyMatch(Entity.Hatch.class::isInstance)) {
			problems.add("the section depends on the paper");
		}
		assertEquals(List.of(), problems, r.toString());
	}

	@AfterContainer
	static void sideFeaturesAreCut() {
		System.out.println("SectionProperties: " + sideParts + " parts with hidden features in side faces, " + sideCuts
				+ " with a section through such a feature's axis");
		assertTrue(sideParts.get() == 0 || sideCuts.get() > 0, "no section through a side feature's axis");
	}

	/**
	 * @return the axes {cx, cy, cz, ax, ay, az} of every instance of the counterbores, blind holes and pockets (only
	 *         those in side faces when {@code sides})
	 */
	private static List<double[]> hiddenAxes(Recipe mm, boolean sides) {
		StockShape shape = new StockShape(mm.stock());
		List<double[]> out = new ArrayList<>();
		for (Feature f : mm.features()) {
			boolean hidden = switch (f) {
			case Counterbore c -> true;
			case Hole h -> !h.through();
			case Pocket p -> true;
			default -> false;
			};
			if (!hidden || sides && !f.face().startsWith("SIDE")) {
				continue;
			}
			Frame host = shape.frame(f.face());
			for (double[] uv : f.pattern().instances(f.u(), f.v())) {
				Vec3 c = host.point(uv[0], uv[1], 0);
				Vec3 a = host.zAxis();
				out.add(new double[] { c.x(), c.y(), c.z(), a.x(), a.y(), a.z() });
			}
		}
		return out;
	}

	/** @return true when the axis lies in the plane n · p = d */
	private static boolean inPlane(double[] axis, double[] plane) {
		double along = axis[3] * plane[0] + axis[4] * plane[1] + axis[5] * plane[2];
		double at = axis[0] * plane[0] + axis[1] * plane[1] + axis[2] * plane[2] - plane[3];
		return Math.abs(along) < 1e-9 && Math.abs(at) < 1e-6;
	}
}
