// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Scale;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Solid;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.SolidBuilder;

/** Builds a {@link Sheet}: solid, views, annotations, placement, frame and title block. */
public final class SheetBuilder {
	/**
	 * With no paper chosen: first the smallest of the two smallest sheets (A4, A3 or ANSI A, B) on which the drawing
	 * fits at full size or larger (a small part is not reduced while A3 shows it at 1:1), then the smallest sheet on
	 * which it fits at 1:2 or larger; a sheet so taken that the drawing would leave mostly empty gives way to the size
	 * below at the next smaller scale ({@link #denser}).
	 */
	private static final List<Scale> GROWTH = List.of(new Scale(1, 1), new Scale(1, 2));

	private SheetBuilder() {
	}

	/**
	 * @param partId  part number
	 * @param recipe  recipe
	 * @param opt     options
	 * @return the sheet
	 */
	public static Sheet build(String partId, Recipe recipe, DrawingOptions opt) {
		Solid solid = SolidBuilder.build(recipe);
		Map<IsoDirection, Isometric> isos = opt.includeIso() ? Isometric.of(solid) : Map.of();
		Map<IsoDirection, Box> isoBoxes = new EnumMap<>(IsoDirection.class);
		isos.forEach((from, iso) -> isoBoxes.put(from, iso.bounds()));
		Section section = opt.sections()
				? Section.choose(recipe.inMillimetres(), solid, opt.projection() == Projection.FIRST_ANGLE ? ViewKind.LEFT : ViewKind.RIGHT)
				: null;
		Parts d = new Parts(partId, recipe, opt, solid, Annotator.plan(recipe, opt.projection()), isos, isoBoxes, section);
		Paper paper = opt.paper();
		Composer.Placement p = opt.paperGrows() ? null : kept(d.ann, opt, area(paper, opt), d.isoBoxes, section);
		if (p == null) {
			// no paper chosen, or annotations too large for the chosen one at any scale: the next sheets
			for (int i = 0; i < GROWTH.size() && p == null; i++) {
				List<Paper> sheets = papers(opt.paper());
				for (Paper candidate : i == 0 ? sheets.subList(0, Math.min(2, sheets.size())) : sheets) {
					p = placed(d.ann, opt, area(candidate, opt), d.isoBoxes, section, GROWTH.get(i), false);
					if (p != null) {
						paper = candidate;
						break;
					}
				}
			}
		}
		if (p == null) {
			paper = papers(opt.paper()).getLast();
			p = new Composer(d.ann, opt, area(paper, opt), d.isoBoxes, section).place(Scale.ISO_5455.getLast());
			if (p == null) {
				throw new IllegalStateException("the part does not fit on " + paper + " even at " + Scale.ISO_5455.getLast());
			}
			return d.draw(paper, p);
		}
		Sheet sheet = d.draw(paper, p);
		return opt.paperGrows() && paper != opt.paper() ? denser(d, sheet) : sheet;
	}

	/**
	 * The smallest sheet first (issue 15): a sheet that grew to the next size at its scale leaving less than
	 * {@link Occupancy#LEAST} of it occupied gives way to the size below at the next smaller ISO 5455 scale, where the
	 * drawing fits there (normal lettering, the isometric view) and occupies more of it.
	 *
	 * @param grown the drawing on a sheet larger than the smallest allowed
	 * @return the denser of the two
	 */
	private static Sheet denser(Parts d, Sheet grown) {
		double occupied = Occupancy.of(grown);
		int smaller = Scale.ISO_5455.indexOf(grown.scale()) + 1;
		if (occupied >= Occupancy.LEAST || smaller >= Scale.ISO_5455.size()) {
			return grown;
		}
		List<Paper> family = papers(d.opt.paper());
		Paper below = family.get(family.indexOf(grown.paper()) - 1);
		Composer.Placement q = placed(d.ann, d.opt, area(below, d.opt), d.isoBoxes, d.section, Scale.ISO_5455.get(smaller), false);
		if (q == null) {
			return grown;
		}
		Sheet alternative = d.draw(below, q);
		return Occupancy.of(alternative) > occupied ? alternative : grown;
	}

	/** What a sheet of one part is drawn from, whichever paper and scale it takes. */
	private record Parts(String partId, Recipe recipe, DrawingOptions opt, Solid solid, Annotator.Plan ann,
			Map<IsoDirection, Isometric> isos, Map<IsoDirection, Box> isoBoxes, Section section) {
		/** @return the sheet with the drawing placed so on the paper */
		Sheet draw(Paper paper, Composer.Placement p) {
			Section cut = section;
			if (cut != null) {
				// a cone cut off its axis within the isometric view's chord tolerance on paper at the chosen scale
				cut = Section.of(solid, cut.view(), cut.depth(), Isometric.CHORD / p.scale().factor());
			}
			Map<ViewKind, List<HiddenLines.Piece>> pieces = new EnumMap<>(ViewKind.class);
			for (ViewKind v : ann.views()) {
				pieces.put(v, cut != null && v == cut.view() ? HiddenLines.of(solid, cut) : HiddenLines.of(solid, v));
			}
			List<Entity> out = new ArrayList<>();
			List<Sheet.PlacedView> views = Composer.edges(p, pieces, out);
			if (p.iso() != null) {
				views.add(IsoCorner.draw(isos.get(p.isoFrom()), isoBoxes.get(p.isoFrom()), p.iso(), IsoCorner.label(p.scale(), p.isoScale()),
						out));
			}
			for (ViewLayout l : p.layouts().values()) {
				double[] o = p.origins().get(l.kind);
				Annotations a = new Annotations(l, o, recipe.units());
				a.centres(ann.requests(), cut != null && l.kind == cut.view() ? SectionMarks.onSheet(cut, l, o) : List.of(), out);
				if (opt.includeDimensions()) {
					a.dimensions(out);
				}
			}
			for (References.Ref r : p.refs()) {
				References.draw(r, p.layouts(), p.origins(), out);
			}
			if (cut != null) {
				ViewLayout l = p.layouts().get(cut.view());
				double[] o = p.origins().get(cut.view());
				out.add(SectionMarks.hatch(cut, l, o));
				SectionMarks.label(l, o, out);
				SectionMarks.cuttingPlane(cut, p.layouts().get(cut.parent()), p.origins().get(cut.parent()), out);
			}
			SheetFrame.frame(paper, out);
			Map<String, String> title = title(partId, recipe, opt, p);
			if (opt.includeTitle()) {
				SheetFrame.titleBlock(paper, title, opt.projection(), out);
			}
			return new Sheet(partId, paper, p.scale(), recipe.units(), views, out, title);
		}
	}

	/**
	 * Places the drawing on a chosen paper, which is kept: the largest ISO 5455 scale (down to 1:50) at which it fits
	 * with {@link Lettering#NORMAL} lettering and the isometric view (drawn at up to {@link Composer#ISO_STEPS} steps
	 * smaller), on the projection grid or with views moved off it ({@link #placed}); failing that, the same with
	 * {@link Lettering#COMPACT} lettering; failing all that, the same without the isometric view.
	 *
	 * @return the placement, or null when the drawing does not fit the paper even so
	 */
	private static Composer.Placement kept(Annotator.Plan ann, DrawingOptions opt, double[] area, Map<IsoDirection, Box> isoBoxes,
			Section section) {
		return placed(ann, opt, area, isoBoxes, section, Scale.ISO_5455.getLast(), true);
	}

	/**
	 * Places the drawing on one sheet at the largest ISO 5455 scale down to {@code smallest} at which it fits: at each
	 * scale on the projection grid, else with the views beyond front, top and side moved off the grid
	 * ({@link References}), then the side view too, then the top view too (views moved off the grid at 1:1 rather than
	 * all on the grid at 1:2, where the sheet would stay mostly empty); each of these first with the callouts stacked
	 * above their views, else standing right of them ({@link ViewLayout#beside}). At a scale, the first of these whose
	 * leaders cross no text and no other leader is taken, else the first that fits. A sheet that may grow keeps normal lettering and
	 * the isometric view (a larger sheet comes first); on a chosen paper ({@code atAnyCost}) the same is tried with
	 * {@link Lettering#COMPACT} lettering when normal lettering fits at no scale, and finally all of it without the
	 * isometric view.
	 *
	 * @return the placement, or null when the drawing does not fit the area so
	 */
	private static Composer.Placement placed(Annotator.Plan ann, DrawingOptions opt, double[] area, Map<IsoDirection, Box> isoBoxes,
			Section section, Scale smallest, boolean atAnyCost) {
		List<ViewKind> views = List.copyOf(ann.views());
		List<Set<ViewKind>> moves = new ArrayList<>();
		moves.add(Set.of());
		for (int keep : new int[] { 3, 2, 1 }) {
			if (views.size() > keep) {
				moves.add(Set.copyOf(views.subList(keep, views.size())));
			}
		}
		List<Map<IsoDirection, Box>> isos = atAnyCost && !isoBoxes.isEmpty() ? List.of(isoBoxes, Map.of()) : List.of(isoBoxes);
		List<Lettering> letterings = atAnyCost ? List.of(Lettering.NORMAL, Lettering.COMPACT) : List.of(Lettering.NORMAL);
		List<Scale> scales = Scale.ISO_5455.subList(0, Scale.ISO_5455.indexOf(smallest) + 1);
		for (Map<IsoDirection, Box> iso : isos) {
			for (Lettering lettering : letterings) {
				for (Scale s : scales) {
					Composer.Placement crossing = null;
					for (Set<ViewKind> moved : moves) {
						for (boolean beside : new boolean[] { false, true }) {
							Composer.Placement p = new Composer(ann, opt, area, iso, section, lettering, moved, beside).at(s);
							if (p != null && p.clean()) {
								return p;
							}
							crossing = crossing == null ? p : crossing;
						}
					}
					if (crossing != null) {
						return crossing; // a leader crossing a text rather than a smaller scale
					}
				}
			}
		}
		return null;
	}

	/**
	 * The smallest allowed paper first, then the larger sizes of the same family (see {@link #GROWTH} for the order
	 * when no paper was chosen). A chosen paper is kept at any scale
	 * down to 1:50; only when its dimensions and callouts (drawn at a fixed text size) do not fit it at any scale is a
	 * larger sheet taken.
	 */
	private static List<Paper> papers(Paper requested) {
		List<Paper> iso = List.of(Paper.A4, Paper.A3, Paper.A2, Paper.A1);
		List<Paper> family = iso.contains(requested) ? iso : List.of(Paper.ANSI_A, Paper.ANSI_B, Paper.ANSI_C, Paper.ANSI_D);
		return family.subList(family.indexOf(requested), family.size());
	}

	private static double[] area(Paper paper, DrawingOptions opt) {
		double[] f = SheetFrame.frame(paper);
		double bottom = opt.includeTitle() ? f[1] + SheetFrame.TB_HEIGHT : f[1];
		return new double[] { f[0] + 2, bottom + 3, f[2] - 2, f[3] - 2 };
	}

	private static Map<String, String> title(String partId, Recipe r, DrawingOptions o, Composer.Placement p) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("Title", r.name());
		m.put("Part number", partId);
		m.put(SheetNumbers.FIELD, SheetNumbers.field(o));
		m.put("Document type", o.documentType());
		m.put("Date", o.date());
		m.put("Drawn by", o.creator());
		m.put("Scale", p.scale().toString());
		m.put("Projection", o.projection() == Projection.FIRST_ANGLE ? "first angle" : "third angle");
		m.put("Units", r.units().name().toLowerCase(Locale.ROOT));
		m.put("General tolerance", o.generalTolerance());
		m.put("Material", o.material().isEmpty() ? "not specified" : o.material());
		m.put("Seed", Long.toString(r.seed()));
		m.put("Difficulty", r.difficulty().name().toLowerCase(Locale.ROOT));
		return m;
	}
}
