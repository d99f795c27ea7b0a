// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.partforge.recipes.AnalyticMassProperties;
import dev.partforge.recipes.Boss;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Countersink;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Material;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Slot;
import dev.partforge.recipes.Units;

/**
 * A part as the check knows it: its recipe and material, with the exact volume (closed form, from
 * {@link AnalyticMassProperties}), the mass that follows from it, and what one instance of each feature adds to the
 * volume (features never interact, so a part without one instance has exactly that much more or less).
 *
 * @param recipe the part's recipe
 * @param material its material
 */
public record ExactPart(Recipe recipe, Material material) {

	/**
	 * One instance of a feature and its effect on the volume.
	 *
	 * @param description e.g. {@code hole of Ø8}
	 * @param volumeWithout the part's volume without this instance minus its volume with it, in mm³ (positive for cuts,
	 *        negative for bosses)
	 */
	public record FeatureVolume(String description, double volumeWithout) {
	}

	/** @return the exact volume in mm³ */
	public double volume() {
		return AnalyticMassProperties.of(recipe).volume();
	}

	/** @return the exact mass in grams */
	public double mass() {
		return material.massGrams(volume());
	}

	/**
	 * @param unit a unit
	 * @return the exact value in that unit (mass or volume)
	 */
	public double exact(AnswerUnit unit) {
		return (unit.kind() == AnswerKind.MASS ? mass() : volume()) / unit.factor();
	}

	/** @return one entry per feature (one instance of it), in recipe order */
	public List<FeatureVolume> featureVolumes() {
		double volume = volume();
		List<FeatureVolume> result = new ArrayList<>();
		for (int i = 0; i < recipe.features().size(); i++) {
			Feature f = recipe.features().get(i);
			List<Feature> others = new ArrayList<>(recipe.features());
			others.remove(i);
			Recipe without = new Recipe(recipe.name(), recipe.seed(), recipe.difficulty(), recipe.units(),
					recipe.generatorVersion(), recipe.stock(), others);
			int instances = f.pattern().instances(f.u(), f.v()).size();
			double delta = (AnalyticMassProperties.of(without).volume() - volume) / instances;
			result.add(new FeatureVolume(describe(f, recipe.units()), delta));
		}
		return result;
	}

	/**
	 * @param f a feature
	 * @param units the recipe's units
	 * @return how a user would name one instance, e.g. {@code hole of Ø8}, {@code pocket of 20 × 10}
	 */
	static String describe(Feature f, Units units) {
		String in = units == Units.INCH ? " in" : "";
		return switch (f) {
		case Hole h -> "hole of \u00D8" + ValueAnswer.format(h.diameter()) + in;
		case Counterbore c -> "counterbored hole of \u00D8" + ValueAnswer.format(c.diameter()) + in;
		case Countersink c -> "countersunk hole of \u00D8" + ValueAnswer.format(c.diameter()) + in;
		case Pocket p -> "pocket of " + ValueAnswer.format(p.length()) + " \u00D7 " + ValueAnswer.format(p.width()) + in;
		case Slot s -> "slot of " + ValueAnswer.format(s.length()) + " \u00D7 " + ValueAnswer.format(s.width()) + in;
		case Boss b -> "boss of \u00D8" + ValueAnswer.format(b.diameter()) + in;
		};
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s (%s)", recipe.name(), material.describe());
	}
}
