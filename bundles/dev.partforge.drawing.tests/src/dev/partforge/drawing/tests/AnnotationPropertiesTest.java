// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Slot;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/**
 * The dimensioning rules of issue 15 over 300 seeded parts (all levels, mm and inch, both projection methods):
 * <ul>
 * <li>no value is printed twice: no two linear dimensions with the same text measure the same extent of the model
 * (ISO 129-1, each dimension once), whichever views they are in;</li>
 * <li>the baseline stacks hold positions only: a pocket's or slot's length and width are not linear dimensions in a
 * lane but stated in the feature's own callout, with its depth (and a pocket's corner radius);</li>
 * <li>features on round stock are positioned from the stock's axis, not from tangent edges;</li>
 * <li>no centre line ends in a stray dot: each ends at least {@link #LEAST_END} into a long dash of its pattern, which
 * starts at its first end.</li>
 * </ul>
 * Model extents are read back from the sheet through each view's placement (origin and scale).
 */
final class AnnotationPropertiesTest {
	private static final int PARTS = 300;
	private static final double[] CENTRE = Layer.CENTER.dashPattern();
	private static final double PERIOD = CENTRE[0] + CENTRE[1] + CENTRE[2] + CENTRE[3];
	/** The least last long dash on paper (mm): a shorter stub after the dot reads as a second dot. */
	private static final double LEAST_END = 2;

	@Test
	void eachValueOnceSizesAtTheFeatureRoundStockFromTheAxisNoStrayDots() {
		List<String> problems = new ArrayList<>();
		int dimensions = 0;
		for (int i = 0; i < PARTS; i++) {
			Difficulty level = Difficulty.values()[i % Difficulty.values().length];
			Units units = i % 2 == 0 ? Units.MM : Units.INCH;
			long seed = 3_000 + i * 104_729L;
			Recipe r = RecipeGenerator.generate(level, seed, units);
			DrawingOptions o = DrawingOptions.defaults().withProjection(i % 3 == 0 ? Projection.THIRD_ANGLE : Projection.FIRST_ANGLE);
			Sheet s = Drafter.draw("A" + seed, r, o.withPaper(units == Units.INCH ? Paper.ANSI_B : Paper.A3));
			String part = level + " " + units + " seed " + seed + ": ";
			dimensions += s.dimensions().size();
			duplicates(s).forEach(p -> problems.add(part + p));
			sizesAtTheFeature(r, s).forEach(p -> problems.add(part + p));
			roundFromTheAxis(r, s).forEach(p -> problems.add(part + p));
			strayDots(s).forEach(p -> problems.add(part + p));
		}
		System.out.printf(Locale.ROOT, "annotation properties: %d parts, %d dimensions, %d problems%n", PARTS, dimensions,
				problems.size());
		assertEquals(List.of(), problems);
	}

	/** Linear dimensions with the same text over the same model extent. */
	static List<String> duplicates(Sheet s) {
		List<String> out = new ArrayList<>();
		List<Entity.Dimension> linear = s.dimensions().stream().filter(d -> d.kind() == DimensionKind.LINEAR).toList();
		for (int i = 0; i < linear.size(); i++) {
			for (int j = i + 1; j < linear.size(); j++) {
				Entity.Dimension a = linear.get(i);
				Entity.Dimension b = linear.get(j);
				if (a.text().equals(b.text()) && sameExtent(extent(s, a), extent(s, b))) {
					out.add("'" + a.text() + "' printed twice (" + a.param() + ", " + b.param() + ")");
				}
			}
		}
		return out;
	}

	private static boolean sameExtent(double[] a, double[] b) {
		return a[0] == b[0] && Math.abs(a[1] - b[1]) < 1e-6 && Math.abs(a[2] - b[2]) < 1e-6;
	}

	/** @return {model axis index, low, high}: the extent a linear dimension measures, in model millimetres */
	static double[] extent(Sheet s, Entity.Dimension d) {
		double c1 = modelCoordinate(s, d, d.p1());
		double c2 = modelCoordinate(s, d, d.p2());
		Vec3 axis = axis(s, d);
		int index = Math.abs(axis.x()) > 0.5 ? 0 : Math.abs(axis.y()) > 0.5 ? 1 : 2;
		double sign = index == 0 ? axis.x() : index == 1 ? axis.y() : axis.z();
		return new double[] { index, Math.min(sign * c1, sign * c2), Math.max(sign * c1, sign * c2) };
	}

	/** @return the model direction a linear dimension measures along */
	private static Vec3 axis(Sheet s, Entity.Dimension d) {
		Sheet.PlacedView v = view(s, d.p1());
		return d.angleDeg() == 0 ? v.kind().right() : v.kind().up();
	}

	/** @return the coordinate of a defining point along the dimension's view axis (model millimetres) */
	private static double modelCoordinate(Sheet s, Entity.Dimension d, double[] p) {
		Sheet.PlacedView v = view(s, d.p1());
		double k = s.scale().factor();
		return d.angleDeg() == 0 ? v.originR() + (p[0] - v.x0()) / k : v.originU() + (p[1] - v.y0()) / k;
	}

	private static Sheet.PlacedView view(Sheet s, double[] p) {
		for (Sheet.PlacedView v : s.views()) {
			if (p[0] > v.x0() - 1e-6 && p[0] < v.x1() + 1e-6 && p[1] > v.y0() - 1e-6 && p[1] < v.y1() + 1e-6) {
				return v;
			}
		}
		throw new AssertionError("no view holds the point " + p[0] + ", " + p[1]);
	}

	/** Pockets and slots: sizes not in a lane, and one callout states length, width, depth (and corner radius). */
	static List<String> sizesAtTheFeature(Recipe r, Sheet s) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < r.features().size(); i++) {
			Feature f = r.features().get(i);
			if (!(f instanceof Pocket || f instanceof Slot)) {
				continue;
			}
			String id = "F" + i;
			Set<String> wanted = new TreeSet<>(List.of(id + ".length", id + ".width", id + ".depth"));
			if (f instanceof Pocket p && p.cornerRadius() > 0) {
				wanted.add(id + ".cornerRadius");
			}
			boolean stated = false;
			for (Entity.Dimension d : s.dimensions()) {
				if (d.kind() == DimensionKind.LINEAR && (d.param().equals(id + ".length") || d.param().equals(id + ".width"))) {
					out.add(f.kind() + " " + d.param() + " '" + d.text() + "' is a linear dimension in a lane");
				}
				Set<String> params = new TreeSet<>(d.extras().keySet());
				params.add(d.param());
				stated |= d.kind() == DimensionKind.CALLOUT && params.containsAll(wanted);
			}
			if (!stated) {
				out.add(f.kind() + " " + id + ": no callout states " + wanted);
			}
		}
		return out;
	}

	/** Features on round stock: every position dimension has one end on the stock's axis. */
	static List<String> roundFromTheAxis(Recipe r, Sheet s) {
		List<String> out = new ArrayList<>();
		if (r.stock().kind() != StockKind.ROUND) {
			return out;
		}
		double centre = r.stock().width() * r.units().millimetres() / 2;
		for (Entity.Dimension d : s.dimensions()) {
			if (d.kind() == DimensionKind.LINEAR && d.param().matches("F\\d+\\.(u|v|pattern\\.cu|pattern\\.cv|uFromAxis|vFromAxis)")) {
				double[] e = extent(s, d);
				if (e[0] == 2 || Math.abs(Math.abs(e[1]) - centre) > 1e-6 && Math.abs(Math.abs(e[2]) - centre) > 1e-6) {
					out.add("round stock: " + d.param() + " '" + d.text() + "' is not measured from the axis");
				}
			}
		}
		return out;
	}

	/**
	 * Centre lines longer than one long dash end at least {@link #LEAST_END} into a long dash (not in a gap, on the dot
	 * or just after it).
	 */
	static List<String> strayDots(Sheet s) {
		List<String> out = new ArrayList<>();
		for (Entity e : s.on(Layer.CENTER)) {
			if (e instanceof Entity.Line l) {
				double rest = l.length() % PERIOD;
				if (l.length() > CENTRE[0] + 1e-6 && (rest > CENTRE[0] + 1e-6 || rest < LEAST_END - 1e-6)) {
					out.add(String.format(Locale.ROOT, "centre line of %.2f mm ends %.2f mm into its period (a stray dot)",
							l.length(), rest));
				}
			}
		}
		return out;
	}
}
