// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.eclipse.osgi.util.NLS;

import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeCodec;
import dev.partforge.recipes.RecipeElement;

/**
 * The line the 3D view shows for a picked feature: its number, kind, host face and named parameters as the recipe
 * stores them (lengths in the recipe's units), e.g. {@code Feature 2, hole on TOP: u 20, v 15, diameter 6 ...}.
 */
public final class FeatureText {

	private FeatureText() {
	}

	/**
	 * @param recipe  the part's recipe
	 * @param feature the feature index, -1 for the stock
	 * @return the text
	 */
	public static String of(Recipe recipe, int feature) {
		String units = recipe.units().name().toLowerCase(Locale.ROOT);
		if (feature < 0) {
			RecipeElement stock = RecipeCodec.encodeStock(recipe);
			return NLS.bind(Messages.View3d_stock, stock.kind(), params(stock) + " (" + units + ")");
		}
		List<RecipeElement> features = RecipeCodec.encodeFeatures(recipe);
		RecipeElement e = features.get(feature);
		return NLS.bind(Messages.View3d_feature,
				new Object[] { feature + 1, e.kind(), e.face(), params(e) + " (" + units + ")" });
	}

	private static String params(RecipeElement e) {
		StringJoiner out = new StringJoiner(", ");
		e.params().forEach((name, value) -> out.add(name + " " + number(value)));
		return out.toString();
	}

	private static String number(double v) {
		return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
