// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Vec3;

/**
 * Reads a section back from a sheet, independently of the drawing engine: the hatch boundary loops (vertices with
 * bulges, as DXF has them) turned into fine polygons, parity inside tests, areas, and the cutting-plane letters and the
 * section label.
 */
final class SectionGeometry {
	/** Chords per arc piece of a loop: far finer than any test's tolerance. */
	private static final int STEPS = 256;

	private SectionGeometry() {
	}

	/** @return the sheet's hatches */
	static List<Entity.Hatch> hatches(Sheet s) {
		return s.entities().stream().filter(Entity.Hatch.class::isInstance).map(Entity.Hatch.class::cast).toList();
	}

	/** @return texts on the TEXT layer with exactly this content */
	static List<Entity.Text> texts(Sheet s, String text) {
		return s.entities().stream().filter(e -> e instanceof Entity.Text t && t.layer() == Layer.TEXT && t.text().equals(text))
				.map(Entity.Text.class::cast).toList();
	}

	/** @return a loop as a polygon x0, y0, x1, y1, ... (arcs as fine chords) */
	static double[] polygon(double[] loop) {
		List<Double> out = new ArrayList<>();
		int n = loop.length / 3;
		for (int i = 0; i < n; i++) {
			double x0 = loop[3 * i];
			double y0 = loop[3 * i + 1];
			double b = loop[3 * i + 2];
			double x1 = loop[3 * ((i + 1) % n)];
			double y1 = loop[3 * ((i + 1) % n) + 1];
			out.add(x0);
			out.add(y0);
			if (b == 0) {
				continue;
			}
			// centre of the arc through the chord with sweep 4 atan(b) (negative: clockwise)
			double sweep = 4 * Math.atan(b);
			double cx = (x0 + x1) / 2;
			double cy = (y0 + y1) / 2;
			double c = Math.hypot(x1 - x0, y1 - y0);
			double d = c / 2 / Math.tan(sweep / 2);
			double ox = cx - (y1 - y0) / c * d;
			double oy = cy + (x1 - x0) / c * d;
			double r = Math.hypot(x0 - ox, y0 - oy);
			double a0 = Math.atan2(y0 - oy, x0 - ox);
			for (int k = 1; k < STEPS; k++) {
				double a = a0 + sweep * k / STEPS;
				out.add(ox + r * Math.cos(a));
				out.add(oy + r * Math.sin(a));
			}
		}
		return out.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** @return true when the point is inside the loops by parity, or within tol of a boundary */
	static boolean inside(List<double[]> polygons, double x, double y, double tol) {
		boolean in = false;
		for (double[] p : polygons) {
			int n = p.length / 2;
			for (int i = 0, j = n - 1; i < n; j = i++) {
				double xi = p[2 * i];
				double yi = p[2 * i + 1];
				double xj = p[2 * j];
				double yj = p[2 * j + 1];
				if (distance(x, y, xi, yi, xj, yj) <= tol) {
					return true;
				}
				if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
					in = !in;
				}
			}
		}
		return in;
	}

	/** @return the signed area of a polygon (counter-clockwise positive) */
	static double area(double[] p) {
		double a = 0;
		int n = p.length / 2;
		for (int i = 0, j = n - 1; i < n; j = i++) {
			a += p[2 * j] * p[2 * i + 1] - p[2 * i] * p[2 * j + 1];
		}
		return a / 2;
	}

	/** @return the perimeter of a polygon */
	static double perimeter(double[] p) {
		double s = 0;
		int n = p.length / 2;
		for (int i = 0, j = n - 1; i < n; j = i++) {
			s += Math.hypot(p[2 * i] - p[2 * j], p[2 * i + 1] - p[2 * j + 1]);
		}
		return s;
	}

	/** @return the distance from a point to the nearest edge of the polygons */
	static double distance(List<double[]> polygons, double x, double y) {
		double d = Double.MAX_VALUE;
		for (double[] p : polygons) {
			int n = p.length / 2;
			for (int i = 0, j = n - 1; i < n; j = i++) {
				d = Math.min(d, distance(x, y, p[2 * i], p[2 * i + 1], p[2 * j], p[2 * j + 1]));
			}
		}
		return d;
	}

	private static double distance(double x, double y, double x1, double y1, double x2, double y2) {
		double dx = x2 - x1;
		double dy = y2 - y1;
		double l2 = dx * dx + dy * dy;
		double t = l2 == 0 ? 0 : Math.clamp(((x - x1) * dx + (y - y1) * dy) / l2, 0, 1);
		return Math.hypot(x - x1 - t * dx, y - y1 - t * dy);
	}

	/**
	 * Problems of a section on a sheet: a hatch line leaving the outline (tested at 19 points along each), a centre line
	 * or circle on the cut faces (more than 1e-3 mm inside the outline at one of 41 points), letters that do not match
	 * the label, texts of the section on a view or on a dimension text, and hidden lines in the section view.
	 *
	 * @param s the sheet
	 * @return the problems, empty when fine
	 */
	static List<String> problems(Sheet s) {
		List<String> out = new ArrayList<>();
		List<Entity.Hatch> hs = hatches(s);
		if (hs.size() != 1) {
			out.add(hs.size() + " hatches");
			return out;
		}
		Entity.Hatch h = hs.getFirst();
		List<double[]> polys = h.loops().stream().map(SectionGeometry::polygon).toList();
		if (h.lines().isEmpty()) {
			out.add("no hatch line");
		}
		for (double[] l : h.lines()) {
			for (int i = 1; i < 20; i++) {
				double x = l[0] + (l[2] - l[0]) * i / 20;
				double y = l[1] + (l[3] - l[1]) * i / 20;
				if (!inside(polys, x, y, 1e-3)) {
					out.add("hatch line " + java.util.Arrays.toString(l) + " leaves the outline at (" + x + ", " + y + ")");
					break;
				}
			}
			double ang = Math.toDegrees(Math.atan2(l[3] - l[1], l[2] - l[0]));
			if (Math.abs(ang - 45) > 1e-6) {
				out.add("hatch line at " + ang + " degrees");
			}
		}
		// no centre line on the cut faces: points of centre lines and circles strictly inside the outline
		for (Entity e : s.on(Layer.CENTER)) {
			for (int i = 0; i <= 40; i++) {
				double[] p = switch (e) {
				case Entity.Line l -> new double[] { l.x1() + (l.x2() - l.x1()) * i / 40, l.y1() + (l.y2() - l.y1()) * i / 40 };
				case Entity.Arc a -> {
					double ang = Math.toRadians(a.startDeg() + a.sweepDeg() * i / 40);
					yield new double[] { a.cx() + a.r() * Math.cos(ang), a.cy() + a.r() * Math.sin(ang) };
				}
				default -> null;
				};
				if (p != null && inside(polys, p[0], p[1], -1) && distance(polys, p[0], p[1]) > 1e-3) {
					out.add("centre line " + e + " on the cut faces at (" + p[0] + ", " + p[1] + ")");
					break;
				}
			}
		}
		List<Entity.Text> letters = texts(s, "A");
		List<Entity.Text> labels = texts(s, "A-A");
		if (letters.size() != 2 || labels.size() != 1) {
			out.add(letters.size() + " cutting-plane letters, " + labels.size() + " labels");
		}
		List<Entity.Text> mine = new ArrayList<>(letters);
		mine.addAll(labels);
		for (Entity.Text t : mine) {
			double[] b = SheetChecks.box(t);
			for (Sheet.PlacedView v : s.views()) {
				if (b[0] < v.x1() && b[2] > v.x0() && b[1] < v.y1() && b[3] > v.y0()) {
					out.add("'" + t.text() + "' on the " + v.kind() + " view");
				}
			}
			for (Entity.Dimension d : s.dimensions()) {
				for (Entity g : d.graphics()) {
					double[] c = SheetChecks.bounds(g);
					if (g instanceof Entity.Text && b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3]) {
						out.add("'" + t.text() + "' on the text of dimension " + d.param());
					}
				}
			}
		}
		if (labels.size() == 1) {
			Sheet.PlacedView v = sectionView(s);
			if (v == null) {
				out.add("no view above the label");
			} else if (v.hidden() != 0) {
				out.add("hidden lines in the section: " + v.hidden());
			}
		}
		return out;
	}

	/** @return the view the label "A-A" stands under (the nearest above it), or null */
	static Sheet.PlacedView sectionView(Sheet s) {
		Entity.Text label = texts(s, "A-A").getFirst();
		Sheet.PlacedView best = null;
		for (Sheet.PlacedView v : s.views()) {
			if (v.kind() != ViewKind.ISOMETRIC && v.x0() <= label.x() && label.x() <= v.x1() && v.y0() > label.y()
					&& (best == null || v.y0() < best.y0())) {
				best = v;
			}
		}
		return best;
	}

	/**
	 * Reads the section plane back from the sheet: the normal is the section view's viewing direction, the position
	 * that of the cutting-plane line's two wide ends (the collinear pair of lines on layer CUTTING_PLANE) in the view
	 * they run past on both sides.
	 *
	 * @param s the sheet
	 * @return {nx, ny, nz, d}: the plane n · p = d (model millimetres)
	 */
	static double[] plane(Sheet s) {
		List<Entity.Line> lines = s.on(Layer.CUTTING_PLANE).stream().filter(Entity.Line.class::isInstance).map(Entity.Line.class::cast)
				.toList();
		for (Entity.Line a : lines) {
			for (Entity.Line b : lines) {
				boolean horizontal = a.y1() == a.y2() && b.y1() == b.y2() && a.y1() == b.y1();
				boolean vertical = a.x1() == a.x2() && b.x1() == b.x2() && a.x1() == b.x1();
				if (a == b || !horizontal && !vertical) {
					continue;
				}
				for (Sheet.PlacedView v : s.views()) {
					double k = s.scale().factor();
					Vec3 n = sectionView(s).kind().forward();
					if (horizontal && Math.max(a.x1(), a.x2()) < v.x0() && Math.min(b.x1(), b.x2()) > v.x1() && a.y1() > v.y0()
							&& a.y1() < v.y1()) {
						double u = v.originU() + (a.y1() - v.y0()) / k;
						return new double[] { n.x(), n.y(), n.z(), u * n.dot(v.kind().up()) };
					}
					if (vertical && Math.max(a.y1(), a.y2()) < v.y0() && Math.min(b.y1(), b.y2()) > v.y1() && a.x1() > v.x0()
							&& a.x1() < v.x1()) {
						double r = v.originR() + (a.x1() - v.x0()) / k;
						return new double[] { n.x(), n.y(), n.z(), r * n.dot(v.kind().right()) };
					}
				}
			}
		}
		throw new AssertionError("no cutting-plane line across a view");
	}
}
