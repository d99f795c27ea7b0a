// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.ViewKind;
import dev.partforge.drawing.internal.Curve2;
import dev.partforge.drawing.internal.Isometric;
import dev.partforge.drawing.internal.Section;
import dev.partforge.geometry.Solid;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Countersink;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/**
 * A countersink cut off its axis, derived by hand. Block 60 x 40 x 20 with a through countersink Ø6 / Ø12 × 90° on TOP at
 * (30, 20): its cone narrows from r = 6 at z = 20 to r = 3 at z = 17, r(z) = z - 14. The plane y = 24, 4 from the axis,
 * misses the hole (r = 3) and meets the cone where r ≥ 4, z from 18 to 20, in the hyperbola (x - 30)² = (z - 14)² - 16
 * (front view: x right, z up), two branches meeting at (30, 18). Its chords must have their vertices on the hyperbola
 * and stay within the chord tolerance of it, {@link Isometric#CHORD} on paper divided by the scale.
 */
final class SectionConeTest {

	private static final double E = 4;

	private static Solid block() {
		return SolidBuilder.build(new Recipe("countersink", 1, Difficulty.INTERMEDIATE, Units.MM, 4,
				new Stock(StockKind.BLOCK, 60, 40, 20, 0, 0, CornerTreatment.NONE, 0),
				List.of(new Countersink("TOP", 30, 20, 6, 0, true, 12, new Pattern.None()))));
	}

	/** @return the outline's chords of the hyperbola: both ends within it (|x - 30| ≤ √20, 18 ≤ z ≤ 20) */
	private static List<Curve2.Seg> chords(Section s) {
		double reach = Math.sqrt(20) + 1e-9;
		return s.outline().stream().filter(Curve2.Seg.class::isInstance).map(Curve2.Seg.class::cast)
				.filter(g -> Math.abs(g.x1() - 30) <= reach && Math.abs(g.x2() - 30) <= reach && g.y1() >= 18 - 1e-9 && g.y2() >= 18 - 1e-9
						&& g.y1() <= 20 + 1e-9 && g.y2() <= 20 + 1e-9 && !(g.y1() == 20 && g.y2() == 20))
				.toList();
	}

	/** @return the largest distance of the exact hyperbola between the chord's ends from the chord (400 points) */
	private static double deviation(Curve2.Seg g) {
		double side = Math.signum(g.x1() + g.x2() - 60);
		double worst = 0;
		for (int i = 0; i <= 400; i++) {
			double z = g.y1() + (g.y2() - g.y1()) * i / 400;
			double x = 30 + side * Math.sqrt(Math.max(0, (z - 14) * (z - 14) - E * E));
			worst = Math.max(worst, g.distance(x, z));
		}
		return worst;
	}

	@Test
	void hyperbolaWithinTheChordTolerance() {
		Solid solid = block();
		int previous = 0;
		for (double scale : new double[] { 0.5, 1, 5 }) {
			double chord = Isometric.CHORD / scale;
			Section s = Section.of(solid, ViewKind.FRONT, 20 + E, chord);
			List<Curve2.Seg> chords = chords(s);
			double rise = 0;
			double worst = 0;
			for (Curve2.Seg g : chords) {
				for (double[] p : new double[][] { { g.x1(), g.y1() }, { g.x2(), g.y2() } }) {
					double dx = p[0] - 30;
					double dz = p[1] - 14;
					assertEquals(dz * dz - E * E, dx * dx, 1e-9, "a vertex on the hyperbola");
				}
				worst = Math.max(worst, deviation(g));
				rise += Math.abs(g.y2() - g.y1());
			}
			assertEquals(4, rise, 1e-9, "two branches from z = 18 to 20");
			assertTrue(worst <= chord + 1e-12, "a chord leaves the hyperbola by " + worst + " > " + chord);
			assertTrue(worst > chord / 8, "not sampled far finer than needed: " + worst + " for " + chord);
			assertTrue(chords.size() > previous, chords.size() + " chords at " + scale + ", " + previous + " at the smaller scale");
			previous = chords.size();
			assertEquals(1, s.loops().size(), "the outline closes: the block's cut rectangle with the countersink's notch");
		}
	}
}
