// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.Projection;
import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.Boss;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.Units;
import dev.partforge.recipes.internal.StockShape;

/**
 * Decides the views and states every recipe parameter once (docs/geometry.md "Dimensions come from the recipe"):
 * the stock's parameters ({@link StockAnnotator}), each feature's position, sizes and pattern
 * ({@link FeatureAnnotator}), then the axes of round features in the views across them. Geometry is placed from
 * the recipe in millimetres; values and texts are those of the recipe as given (in its own units), so an inch
 * drawing states the inch values exactly.
 */
final class Annotator {

	/**
	 * What a drawing shows of a recipe: its views, their annotation requests and the part's box in each view.
	 *
	 * @param views    the views to draw, front and top first
	 * @param requests the annotation requests, in drawing order
	 * @param boxes    the part's box in every view (model millimetres)
	 */
	record Plan(Set<ViewKind> views, List<Req> requests, Map<ViewKind, Box> boxes) {

		/** @param view a view @return the part's box in it */
		Box box(ViewKind view) {
			return boxes.get(view);
		}
	}

	private Annotator() {
	}

	/**
	 * Plans the views and annotations of a recipe.
	 *
	 * @param recipe     the recipe, in its own units
	 * @param projection the projection method (decides the side view)
	 * @return the plan
	 */
	static Plan plan(Recipe recipe, Projection projection) {
		Recipe mm = recipe.inMillimetres();
		Map<ViewKind, Box> boxes = boxes(mm);
		Requests out = new Requests(boxes, recipe.units() == Units.INCH);
		Set<ViewKind> views = new LinkedHashSet<>();
		views.add(ViewKind.FRONT);
		views.add(ViewKind.TOP);
		views.add(projection == Projection.FIRST_ANGLE ? ViewKind.LEFT : ViewKind.RIGHT);
		StockShape shape = new StockShape(mm.stock());
		StockAnnotator.annotate(mm, recipe, shape, out);
		FeatureAnnotator.annotate(mm, recipe, shape, views, out);
		return new Plan(views, out.finish(views), boxes);
	}

	/** The part's box in every view: the stock's box, raised to the top of the highest boss. */
	private static Map<ViewKind, Box> boxes(Recipe mm) {
		Stock stock = mm.stock();
		double top = stock.height();
		for (Feature f : mm.features()) {
			if (f instanceof Boss b) {
				top = Math.max(top, stock.height() + b.height());
			}
		}
		Map<ViewKind, Box> boxes = new EnumMap<>(ViewKind.class);
		for (ViewKind view : ViewKind.values()) {
			Box box = Box.EMPTY;
			for (int corner = 0; corner < 8; corner++) {
				Vec3 p = new Vec3((corner & 1) * stock.width(), ((corner >> 1) & 1) * stock.length(),
						((corner >> 2) & 1) * top);
				box = box.include(Point2.in(view, p));
			}
			boxes.put(view, box);
		}
		return boxes;
	}
}
