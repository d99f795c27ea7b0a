// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Scale;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.recipes.Units;

/**
 * Chooses the scale and places the views: the largest ISO 5455 scale at which every view with its
 * lanes and callouts fits the drawing area (inside the frame, above the title block), views on the
 * projection-method grid, aligned in rows and columns, neighbours spaced by their own margins ({@link Grid}; failing
 * that, by the widest margins of their columns and rows), the whole group centred. With an isometric view, the group
 * moves towards a side or corner of the area when the isometric view fits no free corner while it is centred; the
 * isometric view is drawn one ISO 5455 step larger than the views where that fits a free corner and is not larger than
 * full size (a reduced drawing's free area then shows the part at 1:1), else at the views' scale or, when it fits no
 * corner at that scale, up to {@link #ISO_STEPS} ISO 5455 steps smaller (its label states its scale whenever it differs
 * from the sheet's); at each of its scales it is seen from the front right, else from the front left
 * ({@link IsoDirection}) where only that fits a free corner; when it fits nowhere, the scale is too large. Views moved
 * off the grid (where the drawing does not fit the area at that scale otherwise, {@link References}) go in the free
 * room around it.
 */
final class Composer {
	/** Gap between neighbouring view cells. */
	private static final double GAP = 4;
	/** How many ISO 5455 steps the isometric view may be drawn smaller than the principal views. */
	static final int ISO_STEPS = 2;
	/** Where the group of principal views goes, as (x, y) fractions of the free space: centred first. */
	private static final double[][] ALIGN = { { 0.5, 0.5 }, { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 0, 0.5 }, { 1, 0.5 },
			{ 0.5, 0 }, { 0.5, 1 } };

	private final Annotator.Plan ann;
	private final DrawingOptions opt;
	private final double[] area;
	private final Map<IsoDirection, Box> isos;
	private final Section section;
	private final Lettering lettering;
	private final Set<ViewKind> moved;
	private final boolean beside;

	/**
	 * Result of a placement.
	 *
	 * @param isoScale the isometric view's scale, or null without one
	 * @param iso      where the isometric view goes ({@link IsoCorner#find}), or null without one
	 * @param isoFrom  the direction the isometric view is seen from, or null without one
	 * @param refs     the views moved off the projection grid with their reference arrows ({@link References})
	 * @param clean    true when in every view no leader crosses a text (the view's dimensions and callouts, the
	 *                 cutting-plane letters) or another leader ({@link LeaderCrossings})
	 */
	record Placement(Scale scale, Map<ViewKind, ViewLayout> layouts, Map<ViewKind, double[]> origins, Scale isoScale, double[] iso,
			IsoDirection isoFrom, List<References.Ref> refs, boolean clean) {
	}

	/**
	 * @param ann     the views and their annotations
	 * @param opt     the options
	 * @param area    the drawing area {x0, y0, x1, y1}
	 * @param isos    the isometric view's projected box (view coordinates) seen from each direction it may be drawn
	 *                from, in the order tried; empty for none
	 * @param section the section that replaces its view, or null for none; its label and cutting-plane line take room
	 *                that the isometric view keeps clear of
	 */
	Composer(Annotator.Plan ann, DrawingOptions opt, double[] area, Map<IsoDirection, Box> isos, Section section) {
		this(ann, opt, area, isos, section, Lettering.NORMAL, Set.of());
	}

	/**
	 * @param ann       the views and their annotations
	 * @param opt       the options
	 * @param area      the drawing area {x0, y0, x1, y1}
	 * @param isos      the isometric view's projected box (view coordinates) seen from each direction it may be drawn
	 *                  from, in the order tried; empty for none
	 * @param section   the section that replaces its view, or null for none
	 * @param lettering the size of the dimension and callout lettering
	 * @param moved     the views placed off the projection grid, in rows under it, with reference arrows
	 *                  ({@link References}); empty for the plain projection layout
	 */
	Composer(Annotator.Plan ann, DrawingOptions opt, double[] area, Map<IsoDirection, Box> isos, Section section, Lettering lettering,
			Set<ViewKind> moved) {
		this(ann, opt, area, isos, section, lettering, moved, false);
	}

	/**
	 * @param beside true to stand every view's callouts right of it ({@link ViewLayout#beside}), false to stack them
	 *               above it
	 */
	Composer(Annotator.Plan ann, DrawingOptions opt, double[] area, Map<IsoDirection, Box> isos, Section section, Lettering lettering,
			Set<ViewKind> moved, boolean beside) {
		this.beside = beside;
		this.ann = ann;
		this.opt = opt;
		this.area = area;
		this.isos = isos;
		this.section = section;
		this.lettering = lettering;
		this.moved = moved;
	}

	/**
	 * @param smallest the smallest scale to try
	 * @return the placement at the largest scale that fits, or null
	 */
	Placement place(Scale smallest) {
		for (Scale s : Scale.ISO_5455) {
			Placement p = at(s);
			if (p != null) {
				return p;
			}
			if (s.equals(smallest)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * @param s a scale
	 * @return the placement at that scale, or null when the drawing does not fit the area at it; with views moved off
	 *         the grid, their reference arrows run up or down the sheet where they can, else across it
	 */
	Placement at(Scale s) {
		Placement p = at(s, true);
		return p != null || moved.isEmpty() ? p : at(s, false);
	}

	private Placement at(Scale s, boolean upright) {
		double k = s.factor();
		Map<ViewKind, ViewLayout> ls = new EnumMap<>(ViewKind.class);
		for (ViewKind v : ann.views()) {
			ls.put(v, new ViewLayout(v, ann.box(v), k, ann.requests(), opt.includeDimensions(), lettering, towards(v, 0, -1),
					towards(v, -1, 0), beside));
		}
		if (section != null) {
			// the label under the section, the cutting-plane line with its arrows and letters in the parent view
			ls.get(section.view()).below(SectionMarks.LABEL_CLEAR, SectionMarks.TEXT + SectionMarks.LABEL_BASE);
			SectionMarks.reserve(section, ls.get(section.parent()));
		}
		List<References.Ref> refs = References.plan(ann.views(), moved, section == null ? null : section.view(), upright);
		if (refs == null) {
			return null;
		}
		refs.forEach(r -> References.reserve(r, ls));
		List<ViewLayout> onGrid = ls.values().stream().filter(l -> !moved.contains(l.kind)).toList();
		Placement p = at(s, ls, refs, new Grid(onGrid, opt.projection(), GAP, true, area[2] - area[0], area[3] - area[1]));
		if (p == null) {
			p = at(s, ls, refs, new Grid(onGrid, opt.projection(), GAP, false, area[2] - area[0], area[3] - area[1]));
		}
		if (p == null) {
			return null;
		}
		// checked once it fits: most scales tried do not
		boolean clean = leadersClear(ls);
		if (beside && !clean) {
			return null; // callouts beside the view are an alternative only where their leaders are clear
		}
		return new Placement(p.scale(), p.layouts(), p.origins(), p.isoScale(), p.iso(), p.isoFrom(), p.refs(), clean);
	}

	/**
	 * Where a short dimension's text goes: towards the view's only neighbour on the grid along that axis, whose bare
	 * corner it may share, rather than out into the free room (which the isometric view and the views moved off the grid
	 * need); right of and above the dimension otherwise.
	 *
	 * @return true when the view, on the grid, has a neighbour in the cell (dx, dy) from its own and none opposite
	 */
	private boolean towards(ViewKind v, int dx, int dy) {
		if (moved.contains(v)) {
			return false;
		}
		return onGrid(v, dx, dy) && !onGrid(v, -dx, -dy);
	}

	/** @return whether a view on the grid sits in the cell (dx, dy) from the view's */
	private boolean onGrid(ViewKind v, int dx, int dy) {
		int[] c = v.cell(opt.projection());
		for (ViewKind u : ann.views()) {
			int[] d = u.cell(opt.projection());
			if (!moved.contains(u) && d[0] == c[0] + dx && d[1] == c[1] + dy) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return true when, in every view, the leaders cross none of the view's texts (its dimensions and callouts, the
	 *         cutting-plane letters in the section's parent view) and none of each other ({@link LeaderCrossings})
	 */
	private boolean leadersClear(Map<ViewKind, ViewLayout> ls) {
		for (ViewLayout l : ls.values()) {
			if (!l.callouts.isEmpty()) {
				List<Entity> local = new ArrayList<>();
				double[] o = { 0, 0 };
				new Annotations(l, o, Units.MM).dimensions(local);
				if (section != null && section.parent() == l.kind) {
					SectionMarks.cuttingPlane(section, l, o, local);
				}
				List<Entity.Dimension> dims = local.stream().filter(Entity.Dimension.class::isInstance).map(Entity.Dimension.class::cast).toList();
				List<Entity.Text> letters = local.stream().filter(Entity.Text.class::isInstance).map(Entity.Text.class::cast).toList();
				if (!LeaderCrossings.of(dims, letters).isEmpty()) {
					return false;
				}
			}
		}
		return true;
	}

	/** @return the placement with the grid placed so, or null when it does not fit */
	private Placement at(Scale s, Map<ViewKind, ViewLayout> ls, List<References.Ref> refs, Grid grid) {
		double[] b = grid.bounds();
		if (b[2] - b[0] > area[2] - area[0] || b[3] - b[1] > area[3] - area[1]) {
			return null;
		}
		if (isos.isEmpty()) {
			for (double[] align : moved.isEmpty() ? new double[][] { ALIGN[0] } : ALIGN) {
				Map<ViewKind, double[]> origins = grid.origins(area, align);
				if (pack(ls, origins) != null) {
					return new Placement(s, ls, origins, null, null, null, refs, true);
				}
			}
			return null;
		}
		int at = Scale.ISO_5455.indexOf(s);
		for (int step = -1; step <= ISO_STEPS && at + step < Scale.ISO_5455.size(); step++) {
			if (step < 0 && (at == 0 || Scale.ISO_5455.get(at - 1).factor() > 1)) {
				continue; // one step larger only up to full size
			}
			Scale is = Scale.ISO_5455.get(at + step);
			for (Map.Entry<IsoDirection, Box> iso : isos.entrySet()) {
				for (double[] align : ALIGN) {
					Map<ViewKind, double[]> origins = grid.origins(area, align);
					List<double[]> taken = pack(ls, origins);
					double[] corner = taken == null ? null : IsoCorner.find(iso.getValue(), s, is, area, taken);
					if (corner != null) {
						return new Placement(s, ls, origins, is, corner, iso.getKey(), refs, true);
					}
				}
			}
		}
		return null;
	}

	/**
	 * Places the views moved off the grid in the free room of the area around the placed grid, each (in the order of the
	 * plan) in the highest free spot, then the leftmost: beside the grid, under it, or beside a view placed before.
	 *
	 * @param ls      the layouts
	 * @param origins the origins of the views on the grid; receives those of the moved views
	 * @return the rectangles of all views with their annotations {x0, y0, x1, y1}, or null when a moved view finds no room
	 */
	private List<double[]> pack(Map<ViewKind, ViewLayout> ls, Map<ViewKind, double[]> origins) {
		List<double[]> taken = new ArrayList<>();
		for (ViewLayout l : ls.values()) {
			double[] o = origins.get(l.kind);
			if (o != null) {
				taken.add(new double[] { o[0] - l.left, o[1] - l.bottom, o[0] + l.w + l.right, o[1] + l.h + l.top });
			}
		}
		for (ViewKind v : ann.views()) {
			if (!moved.contains(v)) {
				continue;
			}
			ViewLayout l = ls.get(v);
			double cw = l.left + l.w + l.right;
			double ch = l.bottom + l.h + l.top;
			List<Double> xs = new ArrayList<>(List.of(area[0], area[2] - cw));
			List<Double> tops = new ArrayList<>(List.of(area[3], area[1] + ch));
			for (double[] t : taken) {
				xs.add(t[2] + GAP);
				xs.add(t[0] - GAP - cw);
				tops.add(t[1] - GAP);
				tops.add(t[3] + GAP + ch);
			}
			double[] best = null;
			for (double top : tops) {
				for (double x : xs) {
					double[] r = { x, top - ch, x + cw, top };
					if (r[0] >= area[0] - 1e-9 && r[2] <= area[2] + 1e-9 && r[1] >= area[1] - 1e-9 && r[3] <= area[3] + 1e-9 && free(r, taken)
							&& (best == null || r[3] > best[3] + 1e-9 || Math.abs(r[3] - best[3]) <= 1e-9 && r[0] < best[0])) {
						best = r;
					}
				}
			}
			if (best == null) {
				return null;
			}
			taken.add(best);
			origins.put(v, new double[] { best[0] + l.left, best[1] + l.bottom });
		}
		return taken;
	}

	private static boolean free(double[] r, List<double[]> taken) {
		for (double[] t : taken) {
			if (r[0] < t[2] + GAP - 1e-9 && t[0] < r[2] + GAP - 1e-9 && r[1] < t[3] + GAP - 1e-9 && t[1] < r[3] + GAP - 1e-9) {
				return false;
			}
		}
		return true;
	}

	/** Emits the views' edges as entities and returns the placed view records. */
	static List<Sheet.PlacedView> edges(Placement p, Map<ViewKind, List<HiddenLines.Piece>> pieces, List<Entity> out) {
		List<Sheet.PlacedView> views = new ArrayList<>();
		for (ViewLayout l : p.layouts().values()) {
			double[] o = p.origins().get(l.kind);
			int vis = 0;
			int hid = 0;
			for (HiddenLines.Piece pc : pieces.get(l.kind)) {
				Layer layer = pc.visible() ? Layer.OUTLINE : Layer.HIDDEN;
				if (pc.visible()) {
					vis++;
				} else {
					hid++;
				}
				switch (pc.curve()) {
				case Curve2.Seg s when !pc.visible() -> ShortDashes.line(o[0] + l.x(s.x1()), o[1] + l.y(s.y1()), o[0] + l.x(s.x2()),
						o[1] + l.y(s.y2()), out);
				case Curve2.Seg s -> out.add(new Entity.Line(layer, o[0] + l.x(s.x1()), o[1] + l.y(s.y1()), o[0] + l.x(s.x2()),
						o[1] + l.y(s.y2())));
				case Curve2.Arc a when !pc.visible() -> ShortDashes.arc(o[0] + l.x(a.cx()), o[1] + l.y(a.cy()), a.r() * l.k,
						Math.toDegrees(a.a0()), Math.min(360, Math.toDegrees(a.sweep())), out);
				case Curve2.Arc a -> out.add(new Entity.Arc(layer, o[0] + l.x(a.cx()), o[1] + l.y(a.cy()), a.r() * l.k,
						Math.toDegrees(a.a0()), Math.min(360, Math.toDegrees(a.sweep()))));
				}
			}
			views.add(new Sheet.PlacedView(l.kind, o[0], o[1], o[0] + l.w, o[1] + l.h, l.box.minX(), l.box.minY(), vis, hid));
		}
		return views;
	}
}
