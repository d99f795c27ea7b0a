// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
	/** The smallest scale tried before a larger sheet is taken. */
	private static final Scale READABLE = new Scale(1, 2);

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
		Annotator.Plan ann = Annotator.plan(recipe, opt.projection());
		Paper paper = null;
		Composer.Placement p = null;
		for (Paper candidate : papers(opt.paper())) {
			p = new Composer(ann, opt, area(candidate, opt)).place(READABLE);
			if (p != null) {
				paper = candidate;
				break;
			}
		}
		if (p == null) {
			paper = opt.paper();
			p = new Composer(ann, opt, area(paper, opt)).place(Scale.ISO_5455.getLast());
		}
		if (p == null) {
			throw new IllegalStateException("the part does not fit on " + opt.paper() + " even at " + Scale.ISO_5455.getLast());
		}
		Map<ViewKind, List<HiddenLines.Piece>> pieces = new EnumMap<>(ViewKind.class);
		for (ViewKind v : ann.views()) {
			pieces.put(v, HiddenLines.of(solid, v));
		}
		List<Entity> out = new ArrayList<>();
		List<Sheet.PlacedView> views = Composer.edges(p, pieces, out);
		for (ViewLayout l : p.layouts().values()) {
			Annotations a = new Annotations(l, p.origins().get(l.kind), recipe.units());
			a.centres(ann.requests(), out);
			if (opt.includeDimensions()) {
				a.dimensions(out);
			}
		}
		SheetFrame.frame(paper, out);
		Map<String, String> title = title(partId, recipe, opt, p);
		if (opt.includeTitle()) {
			SheetFrame.titleBlock(paper, title, opt.projection(), out);
		}
		return new Sheet(partId, paper, p.scale(), recipe.units(), views, out, title);
	}

	/**
	 * The requested paper first, then the larger sizes of the same family: a drawing that needs a
	 * scale below 1:5 to fit is unreadable, so a draughtsman takes the next sheet size instead.
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
		m.put("Sheet", o.sheetNumber() + "/" + o.sheetCount());
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
