// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Vec3;
import dev.partforge.geometry.MassProperties;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.TopologyReport;
import dev.partforge.recipes.AnalyticMassProperties;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Countersink;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.RecipeValidator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Units;
import dev.partforge.recipes.internal.FeatureShapes;
import dev.partforge.recipes.internal.StockShape;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Generated parts over thousands of seeds: valid, closed, Euler-Poincar\u00e9, volumes agree. */
final class GeneratedSolidProperties {

	@Property(tries = 3000)
	void everyGeneratedPartIsAValidClosedSolidWithMatchingMass(@ForAll Difficulty level, @ForAll long seed, @ForAll Units units) {
		Recipe r = RecipeGenerator.generate(level, seed, units);
		RecipeValidator.validate(r);
		assertTrue(!r.features().isEmpty(), "no features for " + r.name());
		Solid s = SolidBuilder.build(r);
		TopologyReport t = TopologyReport.of(s);
		assertEquals(List.of(), t.problems(), r.name());
		assertEquals(throughInstances(r), t.genus(), 0, "Euler-Poincar\u00e9 genus of " + r.name());
		MassProperties brep = BrepMassProperties.of(s);
		MassProperties exact = AnalyticMassProperties.of(r);
		assertEquals(exact.volume(), brep.volume(), 1e-9 * exact.volume(), "volume of " + r.name());
		assertEquals(exact.area(), brep.area(), 1e-9 * exact.area(), "area of " + r.name());
		assertTrue(exact.centroid().distance(brep.centroid()) < 1e-7, "centroid of " + r.name());
		assertTrue(exact.bounds().min().distance(brep.bounds().min()) < 1e-9, "bbox min of " + r.name());
		assertTrue(exact.bounds().max().distance(brep.bounds().max()) < 1e-9, "bbox max of " + r.name());
		assertFacesLieInTheirFeature(r, s);
	}

	/**
	 * Face provenance: the stock's faces come first, every feature created at least one face, and every vertex of a
	 * feature's face lies in the footprint of one of its instances.
	 */
	static void assertFacesLieInTheirFeature(Recipe recipe, Solid s) {
		Recipe r = recipe.inMillimetres();
		StockShape shape = new StockShape(r.stock());
		int stockFaces = 2 + shape.outline().segments().size();
		int[] count = new int[r.features().size()];
		List<Face> faces = s.shell().faces();
		for (int i = 0; i < faces.size(); i++) {
			int origin = s.featureOf(i);
			assertEquals(i < stockFaces, origin == Solid.STOCK, "face " + i + " of " + r.name());
			if (origin == Solid.STOCK) {
				continue;
			}
			count[origin]++;
			Feature f = r.features().get(origin);
			Frame fr = shape.frame(f.face());
			double[] half = FeatureShapes.halfSize(f);
			for (Loop l : faces.get(i).loops()) {
				for (OrientedEdge oe : l.edges()) {
					Vec3 p = fr.local(oe.first().point());
					boolean inside = f.pattern().instances(f.u(), f.v()).stream()
							.anyMatch(at -> Math.abs(p.x() - at[0]) <= half[0] + 1e-9 && Math.abs(p.y() - at[1]) <= half[1] + 1e-9);
					assertTrue(inside, "face " + i + " of " + r.name() + " outside feature " + origin);
				}
			}
		}
		for (int k = 0; k < count.length; k++) {
			assertTrue(count[k] > 0, "feature " + k + " of " + r.name() + " has no face");
		}
	}

	static int throughInstances(Recipe r) {
		int n = 0;
		for (Feature f : r.features()) {
			boolean through = switch (f) {
			case Hole h -> h.through();
			case Counterbore c -> c.through();
			case Countersink c -> c.through();
			default -> false;
			};
			if (through) {
				n += f.pattern().instances(f.u(), f.v()).size();
			}
		}
		return n;
	}
}
