// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/**
 * Section A-A of the golden beginner part, derived by hand. Beginner round #1 (see {@link GoldenDrawingsTest}): disc
 * Ø100 x 20 centred at (50, 50); on TOP a through hole Ø8 at (30, 73), a blind hole Ø5 deep 10 at (18, 36) and a pocket
 * 10 x 8 at (84, 52). The blind hole and the pocket hide their shape; each is one instance, so the plane runs through
 * the first, y = 36. It meets the disc's side at x = 50 ± √(50² − 14²) = 2 and 98, and of the features only the blind
 * hole (x 15.5 to 20.5, z 10 to 20).
 */
final class SectionViewTest {

	/**
	 * The cut face is the rectangle 96 x 20 less the blind hole's 5 x 10: one loop, area 1870 mm² at 1:1. Section view:
	 * the top and bottom lines (the back halves of the disc's circles, 0 to 100), the disc's silhouettes behind the
	 * plane (x = 0 and 100), the two lines where the plane cuts the disc's side, the hole's two walls and its floor: 9
	 * visible lines, no hidden one; the other views as without the section, the isometric view as in
 * {@link GoldenDrawingsTest#beginnerRoundPlate()}.
	 */
	@Test
	void beginnerSectionDerivedByHand() {
		Sheet s = GoldenDrawingsTest.draw(Difficulty.BEGINNER, 1, DrawingOptions.defaults());
		assertEquals("1:1", s.scale().toString());
		StringBuilder views = new StringBuilder();
		s.views().forEach(v -> views.append(v.kind()).append(' ').append(v.visible()).append('/').append(v.hidden()).append(' '));
		assertEquals("FRONT 9/0 TOP 11/0 LEFT 4/8 ISOMETRIC 23/0", views.toString().trim());
		List<Entity.Hatch> hs = SectionGeometry.hatches(s);
		assertEquals(1, hs.size());
		Entity.Hatch h = hs.getFirst();
		assertEquals(1, h.loops().size());
		double[] loop = SectionGeometry.polygon(h.loops().getFirst());
		assertEquals(8, loop.length / 2, "a rectangle with a notch");
		assertEquals(1870, Math.abs(SectionGeometry.area(loop)), 1e-9);
		assertEquals(45, h.angleDeg());
		assertEquals(2.5, h.spacing(), "an eighth of the section's 20 mm height on paper");
		// the lines fill the region: their total length times the spacing is its area, up to a spacing along the outline
		double length = h.lines().stream().mapToDouble(l -> Math.hypot(l[2] - l[0], l[3] - l[1])).sum();
		assertEquals(1870, length * h.spacing(), SectionGeometry.perimeter(loop) * h.spacing());
		assertEquals(List.of(), SectionGeometry.problems(s));
		// the cutting-plane line lies at y = 36 in the top view and runs past the part on both sides
		Sheet.PlacedView top = s.views().stream().filter(v -> v.kind() == ViewKind.TOP).findFirst().orElseThrow();
		double y = top.y0() + (36 - top.originU());
		List<Entity.Line> chain = s.on(Layer.CENTER).stream().filter(e -> e instanceof Entity.Line l && l.y1() == l.y2()
				&& Math.abs(l.y1() - y) < 1e-9 && l.x1() < top.x0() && l.x2() > top.x1()).map(Entity.Line.class::cast).toList();
		assertEquals(1, chain.size(), "one cutting-plane line across the top view");
		assertEquals(4, s.on(Layer.CUTTING_PLANE).stream().filter(Entity.Line.class::isInstance).count(), "two wide ends, two arrows");
		assertEquals(2, s.on(Layer.CUTTING_PLANE).stream().filter(Entity.Polygon.class::isInstance).count(), "two arrowheads");
		Sheet.PlacedView front = s.views().stream().filter(v -> v.kind() == ViewKind.FRONT).findFirst().orElseThrow();
		Entity.Text label = SectionGeometry.texts(s, "A-A").getFirst();
		assertTrue(label.y() < front.y0(), "the label is under the section view");
		assertEquals((front.x0() + front.x1()) / 2, label.x(), 1e-9, "centred under it");
	}

	/** {@code --sections none}: the plain front view with its hidden lines, no hatch, no cutting plane, no label. */
	@Test
	void noSections() {
		Sheet s = GoldenDrawingsTest.draw(Difficulty.BEGINNER, 1, DrawingOptions.defaults().withSections(false));
		assertEquals(List.of(), SectionGeometry.hatches(s));
		assertEquals(List.of(), SectionGeometry.texts(s, "A-A"));
		assertEquals(List.of(), s.on(Layer.CUTTING_PLANE));
		assertEquals(8, s.views().getFirst().hidden());
	}

	/** A counterbore cut through its axis: the intermediate golden part's section is clean too. */
	@Test
	void intermediateSection() {
		Sheet s = GoldenDrawingsTest.draw(Difficulty.INTERMEDIATE, 7, DrawingOptions.defaults());
		assertEquals(List.of(), SectionGeometry.problems(s));
		assertEquals(List.of(), SheetChecks.insideFrame(s, true));
	}

	/**
	 * Beginner round #65: a slot 36 x 8 at v = 35 (walls at y = 31 and 39), a pocket at v = 39 and a blind hole at
	 * v = 17. A plane through the pocket's axis would run along the slot's wall, which is no section; the blind hole's
	 * plane, y = 17, is taken.
	 */
	@Test
	void planeAlongAFaceIsNotTaken() {
		Sheet s = GoldenDrawingsTest.draw(Difficulty.BEGINNER, 65, DrawingOptions.defaults());
		assertEquals(List.of(), SectionGeometry.problems(s));
		Sheet.PlacedView top = s.views().stream().filter(v -> v.kind() == ViewKind.TOP).findFirst().orElseThrow();
		double k = s.scale().factor();
		double y = top.y0() + (17 - top.originU()) * k;
		assertEquals(1, s.on(Layer.CENTER).stream().filter(e -> e instanceof Entity.Line l && Math.abs(l.y1() - y) < 1e-9
				&& Math.abs(l.y2() - y) < 1e-9 && l.x1() < top.x0() && l.x2() > top.x1()).count());
	}
	/**
	 * A blind hole in a side face. Block 100 x 60 x 30 (x, y, z) with a blind hole Ø8 deep 20 in its front face (SIDE0:
	 * u along x, v up) at u = 30, v = 15: its axis runs along y at x = 30, z = 15, from y = 0 to 20. The planes through
	 * it are x = 30 (parallel to the side view) and z = 15 (the top view's, taken only when no other plane cuts cleanly),
	 * so the section replaces the side view: in first-angle projection the left view, seen along +x, right = -y, up = z.
	 * The cut face is the 60 x 30 rectangle less the hole's 20 x 8 notch open at the front face: one loop of 8 vertices,
	 * area 1800 - 160 = 1640 mm² (4 × that on paper at 2:1, the scale at which the drawing fits A4). Spacing: an eighth
	 * of the smaller side on paper, 60 / 8 = 7.5, capped at 3 mm. The
	 * cutting-plane line is seen edge-on in the front view: a vertical line at x = 30 running past the part above and
	 * below, its arrows pointing in the section's viewing direction, +x (to the right); in third-angle projection the
	 * right view (seen along -x) shows the section and the arrows point to the left.
	 */
	@Test
	void sideBlindHoleDerivedByHand() {
		Recipe r = new Recipe("side hole", 1, Difficulty.INTERMEDIATE, Units.MM, 4,
				new Stock(StockKind.BLOCK, 100, 60, 30, 0, 0, CornerTreatment.NONE, 0),
				List.of(new Hole("SIDE0", 30, 15, 8, 20, false, new Pattern.None())));
		for (Projection p : Projection.values()) {
			Sheet s = Drafter.draw("SIDE-1", r, DrawingOptions.defaults().withProjection(p));
			ViewKind side = p == Projection.FIRST_ANGLE ? ViewKind.LEFT : ViewKind.RIGHT;
			assertEquals(List.of(), SectionGeometry.problems(s), p.toString());
			assertEquals(side, SectionGeometry.sectionView(s).kind());
			assertEquals(0, SectionGeometry.sectionView(s).hidden());
			assertEquals("2:1", s.scale().toString(), "the smallest sheet at the largest scale: A4 at 2:1");
			double k = 2;
			Entity.Hatch h = SectionGeometry.hatches(s).getFirst();
			assertEquals(1, h.loops().size());
			double[] loop = SectionGeometry.polygon(h.loops().getFirst());
			assertEquals(8, loop.length / 2, "a rectangle with a notch");
			assertEquals(1640 * k * k, Math.abs(SectionGeometry.area(loop)), 1e-9);
			assertEquals(3, h.spacing());
			double length = h.lines().stream().mapToDouble(l -> Math.hypot(l[2] - l[0], l[3] - l[1])).sum();
			assertEquals(1640 * k * k, length * h.spacing(), SectionGeometry.perimeter(loop) * h.spacing());
			// the cutting-plane line: vertical at x = 30 in the front view, past the part at both ends
			Sheet.PlacedView front = s.views().stream().filter(v -> v.kind() == ViewKind.FRONT).findFirst().orElseThrow();
			double x = front.x0() + (30 - front.originR()) * k;
			assertEquals(1, s.on(Layer.CENTER).stream().filter(e -> e instanceof Entity.Line l && Math.abs(l.x1() - x) < 1e-9
					&& Math.abs(l.x2() - x) < 1e-9 && Math.min(l.y1(), l.y2()) < front.y0() && Math.max(l.y1(), l.y2()) > front.y1())
					.count(), "one cutting-plane line across the front view");
			double[] plane = SectionGeometry.plane(s);
			assertEquals(30 * side.forward().x(), plane[3], 1e-9, "the plane x = 30 as read back from the sheet");
			// the arrowheads point in the viewing direction: their tips lie on the side the view looks towards
			double towards = side.forward().x();
			for (Entity e : s.on(Layer.CUTTING_PLANE)) {
				if (e instanceof Entity.Polygon g) {
					assertEquals(x + 6 * towards, g.points()[0], 1e-9, "the arrow's tip");
				}
			}
			Entity.Text label = SectionGeometry.texts(s, "A-A").getFirst();
			Sheet.PlacedView sec = SectionGeometry.sectionView(s);
			assertEquals((sec.x0() + sec.x1()) / 2, label.x(), 1e-9, "centred under the section");
		}
	}
}
