// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.partforge.check.step.ModelProperties;
import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.MassProperties;
import dev.partforge.geometry.Solid;
import dev.partforge.recipes.AnalyticMassProperties;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/** The integration over trimmed faces against closed forms and against the geometry bundle. */
final class ModelPropertiesTest {

	@Test
	void aBlockHasItsClosedFormMoments() {
		Recipe r = new Recipe("block", 1, Difficulty.BEGINNER, Units.MM, RecipeGenerator.VERSION,
				new Stock(StockKind.BLOCK, 100, 60, 20, 0, 0, CornerTreatment.NONE, 0), java.util.List.of());
		ModelProperties p = ModelProperties.of(SolidBuilder.build(r));
		double v = 100 * 60 * 20;
		assertEquals(v, p.volume(), 1e-9 * v);
		assertEquals(2 * (100 * 60 + 100 * 20 + 60 * 20), p.area(), 1e-9 * v);
		assertEquals(v * (60 * 60 + 20 * 20) / 12, p.principalMoments().x(), 1e-3);
		assertEquals(v * (100 * 100 + 20 * 20) / 12, p.principalMoments().y(), 1e-3);
		assertEquals(v * (100 * 100 + 60 * 60) / 12, p.principalMoments().z(), 1e-3);
		assertEquals(100, p.extents().x(), 1e-9);
		assertEquals(60, p.extents().y(), 1e-9);
		assertEquals(20, p.extents().z(), 1e-9);
	}

	@ParameterizedTest
	@EnumSource(Difficulty.class)
	void generatedPartsAgreeWithTheAnalyticAndBrepVolumes(Difficulty level) {
		for (int seed = 0; seed < 40; seed++) {
			Recipe r = RecipeGenerator.generate(level, seed, seed % 2 == 0 ? Units.MM : Units.INCH);
			Solid s = SolidBuilder.build(r);
			ModelProperties p = ModelProperties.of(s);
			MassProperties analytic = AnalyticMassProperties.of(r);
			MassProperties brep = BrepMassProperties.of(s);
			assertEquals(analytic.volume(), p.volume(), 1e-9 * analytic.volume(), level + " seed " + seed);
			assertEquals(brep.area(), p.area(), 1e-9 * brep.area(), level + " seed " + seed);
		}
	}
}
