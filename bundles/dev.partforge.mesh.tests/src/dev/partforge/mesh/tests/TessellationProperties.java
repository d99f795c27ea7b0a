// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.MassProperties;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;
import dev.partforge.mesh.Tessellator;
import dev.partforge.mesh.TriangleMesh;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Units;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * Meshes of generated parts at random tolerances. The number of tries is jqwik's default, set by
 * {@link JqwikPropertiesTest} from the system property {@code partforge.meshTries}.
 */
final class TessellationProperties {

	@Property
	void meshesAreClosedManifoldAndOutwardAtAnyTolerance(@ForAll Difficulty level, @ForAll long seed, @ForAll Units units,
			@ForAll @DoubleRange(min = 0.002, max = 3) @Scale(4) double chord,
			@ForAll @DoubleRange(min = 0.02, max = 3.2) @Scale(4) double angle) {
		Recipe r = RecipeGenerator.generate(level, seed, units);
		Solid s = SolidBuilder.build(r);
		TriangleMesh m = Tessellator.tessellate(s, chord, angle);
		String what = r.name() + " at chord " + chord + ", angle " + angle;
		assertEquals(List.of(), MeshChecks.problems(m), what);
		float[] normals = m.cornerNormals();
		for (int t = 0; t < m.triangleCount(); t++) {
			Vec3 n = flatNormal(m, t);
			Vec3 exact = new Vec3(normals[9 * t] + normals[9 * t + 3] + normals[9 * t + 6],
					normals[9 * t + 1] + normals[9 * t + 4] + normals[9 * t + 7],
					normals[9 * t + 2] + normals[9 * t + 5] + normals[9 * t + 8]);
			assertTrue(n.length() > 0 && n.dot(exact) > 0, "triangle " + t + " of face " + m.triangleFaces()[t]
					+ " is flat or faces inwards: " + what);
		}
		MassProperties exact = BrepMassProperties.of(s);
		ChordBounds bounds = new ChordBounds(s);
		assertTrue(Math.abs(m.volume() - exact.volume()) <= bounds.volume(chord, exact.volume()),
				"volume " + m.volume() + " vs " + exact.volume() + ": " + what);
		assertTrue(Math.abs(m.area() - exact.area()) <= bounds.area(chord, exact.area()),
				"area " + m.area() + " vs " + exact.area() + ": " + what);
	}

	@Property
	void volumeAndAreaConvergeAsTheChordShrinks(@ForAll Difficulty level, @ForAll long seed) {
		Recipe r = RecipeGenerator.generate(level, seed, Units.MM);
		Solid s = SolidBuilder.build(r);
		MassProperties exact = BrepMassProperties.of(s);
		ChordBounds bounds = new ChordBounds(s);
		for (double chord : new double[] { 0.1, 0.01, 0.002 }) {
			TriangleMesh m = Tessellator.tessellate(s, chord, Math.PI);
			assertTrue(Math.abs(m.volume() - exact.volume()) <= bounds.volume(chord, exact.volume()),
					r.name() + " volume " + m.volume() + " vs " + exact.volume() + " at chord " + chord);
			assertTrue(Math.abs(m.area() - exact.area()) <= bounds.area(chord, exact.area()),
					r.name() + " area " + m.area() + " vs " + exact.area() + " at chord " + chord);
		}
	}

	private static Vec3 flatNormal(TriangleMesh m, int t) {
		int[] tri = m.triangles();
		Vec3 a = m.vertex(tri[3 * t]);
		return m.vertex(tri[3 * t + 1]).minus(a).cross(m.vertex(tri[3 * t + 2]).minus(a));
	}
}
