// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.recipes.Boss;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/**
 * ISO 128-30 and ISO 5456-2: no more views than needed. A plain through hole looks the same from both ends, so a hole
 * through a 100 x 60 x 30 block from its bottom face is stated in the top view, which every drawing has, instead of in
 * a bottom view drawn only for it. Where the two ends differ (a counterbore) or the hole is blind, the bottom view
 * stays. (A boss cannot stand over the exit: features keep 2 mm apart.)
 */
final class ThroughHoleViewTest {
	private static final Stock BLOCK = new Stock(StockKind.BLOCK, 100, 60, 30, 0, 0, CornerTreatment.NONE, 0);
	private static final Hole THROUGH = new Hole("BOTTOM", 30, 20, 8, 0, true, new Pattern.None());

	@Test
	void aThroughHoleFromBelowIsStatedInTheTopView() {
		for (Projection p : Projection.values()) {
			Sheet s = draw(p, THROUGH);
			ViewKind side = p == Projection.FIRST_ANGLE ? ViewKind.LEFT : ViewKind.RIGHT;
			assertEquals(new TreeSet<>(Set.of(ViewKind.FRONT, ViewKind.TOP, side, ViewKind.ISOMETRIC)), kinds(s), p.toString());
			Entity.Dimension callout = s.dimensions().stream().filter(d -> d.kind() == DimensionKind.CALLOUT).findFirst().orElseThrow();
			assertEquals("\u00D88 THRU", callout.text());
			// the bottom face's frame starts at (0, 60, 0) with v along -y: the hole's centre is (30, 40) seen from above
			Sheet.PlacedView top = s.views().stream().filter(v -> v.kind() == ViewKind.TOP).findFirst().orElseThrow();
			double k = s.scale().factor();
			double x = top.x0() + (30 - top.originR()) * k;
			double y = top.y0() + (40 - top.originU()) * k;
			assertEquals(x, (callout.p1()[0] + callout.p2()[0]) / 2, 1e-6, p + ": the callout points at the hole in the top view");
			assertEquals(y, (callout.p1()[1] + callout.p2()[1]) / 2, 1e-6, p.toString());
			assertEquals(8 * k, Math.hypot(callout.p1()[0] - callout.p2()[0], callout.p1()[1] - callout.p2()[1]), 1e-6);
			List<Double> positions = s.dimensions().stream().filter(d -> d.param().startsWith("F0.")).filter(d -> d.kind() == DimensionKind.LINEAR)
					.map(Entity.Dimension::value).sorted().toList();
			assertEquals(List.of(20.0, 30.0), positions, "the hole's position from the bottom face's datum edges");
		}
	}

	@Test
	void theBottomViewStaysWhereItShowsMore() {
		Counterbore counterbore = new Counterbore("BOTTOM", 30, 20, 8, 0, true, 14, 5, new Pattern.None());
		assertTrue(kinds(draw(Projection.FIRST_ANGLE, counterbore)).contains(ViewKind.BOTTOM), "a counterbore is seen from its own end");
		Hole blind = new Hole("BOTTOM", 30, 20, 8, 12, false, new Pattern.None());
		assertTrue(kinds(draw(Projection.FIRST_ANGLE, blind)).contains(ViewKind.BOTTOM), "a blind hole does not show from above");
		Boss beside = new Boss("TOP", 80, 40, 20, 10, new Pattern.None());
		assertTrue(!kinds(draw(Projection.FIRST_ANGLE, THROUGH, beside)).contains(ViewKind.BOTTOM), "a boss clear of the exit");
	}

	private static Sheet draw(Projection p, Feature... features) {
		Recipe r = new Recipe("through hole", 1, Difficulty.INTERMEDIATE, Units.MM, 4, BLOCK, List.of(features));
		return Drafter.draw("THRU-1", r, DrawingOptions.defaults().withProjection(p));
	}

	private static Set<ViewKind> kinds(Sheet s) {
		Set<ViewKind> kinds = new TreeSet<>();
		s.views().forEach(v -> kinds.add(v.kind()));
		return kinds;
	}
}
