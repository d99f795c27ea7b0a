// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.internal.BrepBuilder;
import dev.partforge.geometry.internal.FaceDraft;
import dev.partforge.geometry.internal.Level;
import dev.partforge.geometry.internal.Outline;
import dev.partforge.recipes.internal.FeatureShapes;
import dev.partforge.recipes.internal.StockShape;

/**
 * Builds the exact solid (millimetres) of a valid recipe: the extruded stock, then each feature
 * instance as a local edit of its host face. This is correct only because features never interact,
 * which {@link RecipeValidator} guarantees; the recipe is validated first. Every face remembers the
 * index in {@link Recipe#features()} of the feature that created it ({@link Solid#featureOf(int)}).
 */
public final class SolidBuilder {

	private SolidBuilder() {
	}

	/**
	 * @param recipe a recipe in any units
	 * @return its solid in millimetres
	 * @throws InvalidRecipeException when the recipe breaks a rule
	 */
	public static Solid build(Recipe recipe) {
		RecipeValidator.validate(recipe);
		Recipe r = recipe.inMillimetres();
		StockShape shape = new StockShape(r.stock());
		BrepBuilder b = new BrepBuilder();
		Outline profile = shape.outline();
		Level bottom = b.level(Frame.WORLD, profile, 0);
		Level top = b.level(Frame.WORLD, profile, r.stock().height());
		List<FaceDraft> sides = b.walls(top, bottom, true);
		Map<String, FaceDraft> faces = new HashMap<>();
		faces.put("BOTTOM", b.cap(bottom, false));
		faces.put("TOP", b.cap(top, true));
		for (int k = 0; k < shape.sides(); k++) {
			faces.put("SIDE" + k, sides.get(shape.segmentOf(k)));
		}
		for (int i = 0; i < r.features().size(); i++) {
			Feature f = r.features().get(i);
			b.origin(i);
			Frame fr = shape.frame(f.face());
			FaceDraft host = faces.get(f.face());
			for (double[] at : f.pattern().instances(f.u(), f.v())) {
				addInstance(b, shape, f, fr, host, faces, at[0], at[1]);
			}
		}
		return b.build(recipe.name());
	}

	private static void addInstance(BrepBuilder b, StockShape shape, Feature f, Frame fr, FaceDraft host, Map<String, FaceDraft> faces,
			double u, double v) {
		switch (f) {
		case Boss x -> b.boss(host, fr, Outline.circle(u, v, x.diameter() / 2), x.height());
		case Pocket p -> prism(b, host, fr, Outline.roundedRectangle(u, v, p.length(), p.width(), p.cornerRadius()), p.depth());
		case Slot s -> prism(b, host, fr, Outline.roundedRectangle(u, v, s.length(), s.width(), s.width() / 2), s.depth());
		default -> {
			double t = shape.throughThickness(f.face());
			List<BrepBuilder.Station> st = new ArrayList<>();
			for (double[] wr : FeatureShapes.radialProfile(f, t)) {
				st.add(new BrepBuilder.Station(wr[0], Outline.circle(u, v, wr[1])));
			}
			b.cut(host, fr, st, FeatureShapes.through(f) ? faces.get(shape.opposite(f.face())) : null);
		}
		}
	}

	private static void prism(BrepBuilder b, FaceDraft host, Frame fr, Outline o, double depth) {
		b.cut(host, fr, List.of(new BrepBuilder.Station(0, o), new BrepBuilder.Station(-depth, o)), null);
	}
}
