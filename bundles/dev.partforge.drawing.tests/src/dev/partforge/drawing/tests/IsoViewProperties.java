// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Scale;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.drawing.internal.Isometric;
import dev.partforge.recipes.Boss;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the isometric view over generated parts (run through {@link JqwikPropertiesTest}): there is exactly one,
 * inside the frame, off the title block, clear of the other views and of every dimension, with no hidden or centre
 * line in it; its drawn outline fills its box; the box lies within the isometric projection of the part's bounding
 * box (width {@code (w + l) / sqrt 2}, height {@code (w + l + 2 h) / sqrt 6} at the view's scale) and equals it where
 * the extreme corners are material (plain blocks), and for round stock equals the projection of the cylinder
 * ({@code 2 r} by {@code 2 r / sqrt 3 + 2 h / sqrt 6}); its scale is at most one ISO 5455 step larger than the sheet's
 * (and then not above full size) and at most two steps smaller. Switched off, there is none.
 */
class IsoViewProperties {
	/** Chord tolerance plus rounding. */
	private static final double TOL = Isometric.CHORD + 1e-6;

	@Property(tries = 150)
	void isoViewIsCleanAndTrue(@ForAll Difficulty level, @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
			@ForAll Projection projection, @ForAll boolean inch, @ForAll boolean grow) {
		Units units = inch ? Units.INCH : Units.MM;
		Recipe r = RecipeGenerator.generate(level, seed, units);
		DrawingOptions o = DrawingOptions.defaults().withProjection(projection);
		o = grow ? o.withGrowingPaper(inch ? Paper.ANSI_A : Paper.A4) : o.withPaper(inch ? Paper.ANSI_B : Paper.A3);
		Sheet s = Drafter.draw("P" + seed, r, o);
		List<Sheet.PlacedView> isos = s.views().stream().filter(v -> v.kind() == ViewKind.ISOMETRIC).toList();
		assertEquals(1, isos.size(), "one isometric view");
		Sheet.PlacedView iso = isos.get(0);
		List<String> problems = new ArrayList<>();
		problems.addAll(SheetChecks.insideFrame(s, true));
		problems.addAll(SheetChecks.textOffViews(s));
		assertEquals(0, iso.hidden());
		double[] drawn = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (Entity e : s.entities()) {
			double[] b = SheetChecks.bounds(e);
			boolean in = b[0] < iso.x1() + 0.5 && b[2] > iso.x0() - 0.5 && b[1] < iso.y1() + 0.5 && b[3] > iso.y0() - 0.5;
			if (in && e.layer() != Layer.OUTLINE) {
				problems.add("on the isometric view: " + e);
			} else if (in) {
				drawn = new double[] { Math.min(drawn[0], b[0]), Math.min(drawn[1], b[1]), Math.max(drawn[2], b[2]), Math.max(drawn[3], b[3]) };
			}
		}
		assertEquals(List.of(), problems, r.toString());
		assertTrue(iso.visible() > 0);
		assertEquals(iso.x0(), drawn[0], TOL, "left");
		assertEquals(iso.y0(), drawn[1], TOL, "bottom");
		assertEquals(iso.x1(), drawn[2], TOL, "right");
		assertEquals(iso.y1(), drawn[3], TOL, "top");
		checkAgainstBounds(r, s, iso);
		int sheetStep = Scale.ISO_5455.indexOf(s.scale());
		int isoStep = Scale.ISO_5455.indexOf(isoScaleOf(s));
		assertTrue(isoStep >= sheetStep - 1 && isoStep <= sheetStep + 2, "isometric view at " + isoScaleOf(s) + " on a sheet at " + s.scale());
		assertTrue(isoStep >= sheetStep || isoScaleOf(s).factor() <= 1, "an isometric view larger than the views only up to full size");
	}

	private static void checkAgainstBounds(Recipe r, Sheet s, Sheet.PlacedView iso) {
		Stock st = r.stock();
		double unit = r.units() == Units.INCH ? 25.4 : 1;
		double top = st.height();
		boolean boss = false;
		for (var f : r.features()) {
			if (f instanceof Boss b) {
				top = Math.max(top, st.height() + b.height());
				boss = true;
			}
		}
		double w = st.width() * unit;
		double l = st.length() * unit;
		double h = top * unit;
		double bw = iso.x1() - iso.x0();
		double bh = iso.y1() - iso.y0();
		double k = isoScale(s);
		String part = String.format(Locale.ROOT, "%s %s seed %d: isometric %.3f x %.3f", r.difficulty(), st.kind(), r.seed(), bw, bh);
		if (st.kind() == StockKind.ROUND) {
			assertEquals(w * k, bw, TOL, part + ": width of the projected cylinder");
			if (!boss) {
				assertEquals((w / Math.sqrt(3) + 2 * h / Math.sqrt(6)) * k, bh, TOL, part + ": height of the projected cylinder");
			}
			return;
		}
		double ew = (w + l) / Math.sqrt(2) * k;
		double eh = (w + l + 2 * h) / Math.sqrt(6) * k;
		assertTrue(bw <= ew + TOL && bh <= eh + TOL, part + ": within the projected bounding box");
		if (st.kind() == StockKind.BLOCK && st.corner() == CornerTreatment.NONE) {
			assertEquals(ew, bw, TOL, part + ": width of the projected box");
			if (!boss) {
				assertEquals(eh, bh, TOL, part + ": height of the projected box");
			}
		}
	}

	/** @return the isometric view's scale factor: the sheet's, or the one its label states */
	private static double isoScale(Sheet s) {
		return isoScaleOf(s).factor();
	}

	/** @return the isometric view's scale: the sheet's, or the one its label states */
	static Scale isoScaleOf(Sheet s) {
		String label = s.entities().stream().filter(Entity.Text.class::isInstance).map(Entity.Text.class::cast)
				.map(Entity.Text::text).filter(t -> t.startsWith("ISOMETRIC VIEW")).findFirst().orElseThrow();
		if (label.equals("ISOMETRIC VIEW")) {
			return s.scale();
		}
		String[] sc = label.substring("ISOMETRIC VIEW ".length()).split(":");
		return new Scale(Integer.parseInt(sc[0]), Integer.parseInt(sc[1]));
	}

	@Property(tries = 10)
	void isoViewSwitchesOff(@ForAll Difficulty level, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
		Recipe r = RecipeGenerator.generate(level, seed, Units.MM);
		Sheet s = Drafter.draw("P" + seed, r, DrawingOptions.defaults().withIso(false));
		assertTrue(s.views().stream().noneMatch(v -> v.kind() == ViewKind.ISOMETRIC));
		assertTrue(s.entities().stream().noneMatch(e -> e instanceof Entity.Text t && t.text().startsWith("ISOMETRIC")));
	}
}
