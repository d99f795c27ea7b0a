// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.MassProperties;
import dev.partforge.geometry.Solid;
import dev.partforge.mesh.Tessellator;
import dev.partforge.mesh.TriangleMesh;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Units;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Meshes of generated parts. The number of tries is jqwik's default, set by {@link JqwikPropertiesTest} from the
 * system property {@code partforge.meshTries}.
 */
final class TessellationProperties {

	@Property
	void generatedPartsMeshClosedAndConvergeToTheExactVolume(@ForAll Difficulty level, @ForAll long seed,
			@ForAll Units units) {
		Recipe r = RecipeGenerator.generate(level, seed, units);
		Solid s = SolidBuilder.build(r);
		MassProperties exact = BrepMassProperties.of(s);
		for (double chord : new double[] { 0.2, 0.02 }) {
			TriangleMesh m = Tessellator.tessellate(s, chord, Math.PI);
			assertEquals(List.of(), MeshChecks.problems(m), r.name() + " at chord " + chord);
			double bound = chord * exact.area() + 1e-6 * exact.volume();
			assertTrue(Math.abs(m.volume() - exact.volume()) <= bound,
					r.name() + " volume " + m.volume() + " vs " + exact.volume() + " at chord " + chord);
		}
	}
}
