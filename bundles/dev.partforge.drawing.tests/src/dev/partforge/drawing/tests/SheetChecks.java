// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.internal.LeaderCrossings;
import dev.partforge.drawing.internal.Occupancy;
import dev.partforge.drawing.internal.SheetFrame;
import dev.partforge.recipes.Units;

/** Checks every drawing must pass; each returns a list of problems (empty when fine). */
final class SheetChecks {

	private SheetChecks() {
	}

	/** Text boxes (dimension and callout text) must not overlap each other. */
	static List<String> textOverlaps(Sheet s) {
		List<double[]> boxes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Entity.Dimension d : s.dimensions()) {
			for (Entity g : d.graphics()) {
				if (g instanceof Entity.Text t) {
					boxes.add(box(t));
					names.add(t.text() + " (" + d.param() + ")");
				}
			}
		}
		List<String> out = new ArrayList<>();
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				double[] a = boxes.get(i);
				double[] b = boxes.get(j);
				if (a[0] < b[2] - 0.1 && b[0] < a[2] - 0.1 && a[1] < b[3] - 0.1 && b[1] < a[3] - 0.1) {
					out.add("texts overlap: '" + names.get(i) + "' and '" + names.get(j) + "'");
				}
			}
		}
		return out;
	}

	/** @return {x0, y0, x1, y1} of a text's box (capital height, advance width) */
	static double[] box(Entity.Text t) {
		return Occupancy.textBox(t);
	}

	/**
	 * No dimension or callout text lies on a view, and no view's box is crossed by another view's
	 * box (views never overlap each other).
	 */
	static List<String> textOffViews(Sheet s) {
		List<String> out = new ArrayList<>();
		for (Entity.Dimension d : s.dimensions()) {
			for (Entity g : d.graphics()) {
				if (g instanceof Entity.Text t) {
					double[] b = box(t);
					for (Sheet.PlacedView v : s.views()) {
						if (b[0] < v.x1() && b[2] > v.x0() && b[1] < v.y1() && b[3] > v.y0()) {
							out.add("text '" + t.text() + "' (" + d.param() + ") on the " + v.kind() + " view");
						}
					}
				}
			}
		}
		for (Sheet.PlacedView a : s.views()) {
			for (Sheet.PlacedView b : s.views()) {
				if (a != b && a.x0() < b.x1() && b.x0() < a.x1() && a.y0() < b.y1() && b.y0() < a.y1()) {
					out.add("views overlap: " + a.kind() + " and " + b.kind());
				}
			}
		}
		return out;
	}

	/**
	 * Labels and letters (texts of the {@link Layer#TEXT} layer: view labels, section and view letters) overlap no other
	 * text (labels, dimension and callout texts) and no view's box, except the isometric view's label, which sits under
	 * its own view's box.
	 */
	static List<String> labelsClear(Sheet s) {
		List<Entity.Text> labels = s.on(Layer.TEXT).stream().filter(Entity.Text.class::isInstance).map(Entity.Text.class::cast).toList();
		List<Entity.Text> all = new ArrayList<>(labels);
		for (Entity.Dimension d : s.dimensions()) {
			d.graphics().stream().filter(Entity.Text.class::isInstance).map(Entity.Text.class::cast).forEach(all::add);
		}
		List<String> out = new ArrayList<>();
		for (Entity.Text t : labels) {
			double[] a = box(t);
			for (Entity.Text u : all) {
				double[] b = box(u);
				if (u != t && a[0] < b[2] - 0.1 && b[0] < a[2] - 0.1 && a[1] < b[3] - 0.1 && b[1] < a[3] - 0.1) {
					out.add("label '" + t.text() + "' overlaps text '" + u.text() + "'");
				}
			}
			for (Sheet.PlacedView v : s.views()) {
				if (a[0] < v.x1() && a[2] > v.x0() && a[1] < v.y1() && a[3] > v.y0()) {
					out.add("label '" + t.text() + "' on the " + v.kind() + " view");
				}
			}
		}
		return out;
	}

	/** Leaders cross no text (dimension and callout texts, labels) and no other leader ({@link LeaderCrossings}). */
	static List<String> leadersClear(Sheet s) {
		return LeaderCrossings.of(s.dimensions(),
				s.on(Layer.TEXT).stream().filter(Entity.Text.class::isInstance).map(Entity.Text.class::cast).toList());
	}

	/** Everything but the frame's centring marks lies inside the frame; nothing but the title block enters it. */
	static List<String> insideFrame(Sheet s, boolean title) {
		double[] f = SheetFrame.frame(s.paper());
		double[] tb = { f[2] - SheetFrame.TB_WIDTH, f[1], f[2], f[1] + SheetFrame.TB_HEIGHT };
		List<String> out = new ArrayList<>();
		for (Entity e : s.entities()) {
			if (e.layer() == Layer.FRAME) {
				continue;
			}
			double[] b = bounds(e);
			if (b[0] < f[0] - 1e-6 || b[1] < f[1] - 1e-6 || b[2] > f[2] + 1e-6 || b[3] > f[3] + 1e-6) {
				out.add("outside the frame: " + describe(e));
			}
			if (title && e.layer() != Layer.TITLEBLOCK && b[0] < tb[2] && b[2] > tb[0] && b[1] < tb[3] && b[3] > tb[1]) {
				out.add("inside the title block: " + describe(e));
			}
		}
		return out;
	}

	private static String describe(Entity e) {
		return e instanceof Entity.Dimension d ? "dimension " + d.param() : e.toString();
	}

	static double[] bounds(Entity e) {
		return switch (e) {
		case Entity.Line l -> new double[] { Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.max(l.x1(), l.x2()),
				Math.max(l.y1(), l.y2()) };
		case Entity.Arc a -> new double[] { a.cx() - a.r(), a.cy() - a.r(), a.cx() + a.r(), a.cy() + a.r() };
		case Entity.Polygon p -> {
			double[] q = p.points();
			double[] b = { q[0], q[1], q[0], q[1] };
			for (int i = 0; i < q.length; i += 2) {
				b[0] = Math.min(b[0], q[i]);
				b[1] = Math.min(b[1], q[i + 1]);
				b[2] = Math.max(b[2], q[i]);
				b[3] = Math.max(b[3], q[i + 1]);
			}
			yield b;
		}
		case Entity.Hatch h -> {
			double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			for (double[] l : h.loops()) {
				for (int i = 0; i < l.length; i += 3) {
					b[0] = Math.min(b[0], l[i]);
					b[1] = Math.min(b[1], l[i + 1]);
					b[2] = Math.max(b[2], l[i]);
					b[3] = Math.max(b[3], l[i + 1]);
				}
			}
			yield b;
		}
		case Entity.Text t -> box(t);
		case Entity.Dimension d -> {
			double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			for (Entity g : d.graphics()) {
				double[] c = bounds(g);
				b[0] = Math.min(b[0], c[0]);
				b[1] = Math.min(b[1], c[1]);
				b[2] = Math.max(b[2], c[2]);
				b[3] = Math.max(b[3], c[3]);
			}
			yield b;
		}
		};
	}

	/**
	 * Each dimension's printed text states its value, and its defining points measure it at the
	 * sheet's scale (hole callouts measure the hole diameter; depth-only notes have no geometry).
	 */
	static List<String> dimensionsMeasure(Sheet s) {
		List<String> out = new ArrayList<>();
		double k = s.scale().factor() * s.units().millimetres();
		boolean inch = s.units() == Units.INCH;
		for (Entity.Dimension d : s.dimensions()) {
			String v = TextMetrics.number(d.value(), inch);
			if (!d.text().matches(".*(^|[^0-9.])" + java.util.regex.Pattern.quote(v) + "($|[^0-9.]).*")) {
				out.add(d.param() + ": text '" + d.text() + "' does not state " + v);
			}
			double dx = d.p2()[0] - d.p1()[0];
			double dy = d.p2()[1] - d.p1()[1];
			double m = d.kind() == DimensionKind.LINEAR ? Math.abs(d.angleDeg() == 0 ? dx : dy) / k : Math.hypot(dx, dy) / k;
			boolean measured = d.kind() != DimensionKind.CALLOUT || d.param().endsWith(".diameter");
			if (measured && Math.abs(m - d.value()) > 1e-9 * Math.max(1, d.value())) {
				out.add(d.param() + ": geometry measures " + m + " but states " + d.value());
			}
		}
		return out;
	}
}
