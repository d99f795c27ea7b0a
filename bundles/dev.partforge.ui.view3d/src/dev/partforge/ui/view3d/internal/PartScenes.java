// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.geometry.Solid;
import dev.partforge.mesh.Tessellator;
import dev.partforge.mesh.TriangleMesh;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.SolidBuilder;

/**
 * Makes the 3D view's scene of a recipe: its exact solid (in millimetres), tessellated by {@link Tessellator} with a
 * chord tolerance of {@value #CHORD_TOLERANCE} mm and at most 10 degrees between neighbouring chords (round at any
 * zoom a practice part is looked at), and the recipe feature of each face.
 */
public final class PartScenes {

	/** Largest distance between a curve and its chords, millimetres. */
	static final double CHORD_TOLERANCE = 0.05;

	/** Largest angle between neighbouring chords of an arc. */
	static final double ANGLE_TOLERANCE = Math.toRadians(10);

	private PartScenes() {
	}

	/**
	 * @param recipe  a valid recipe, any units
	 * @param monitor progress, may be null
	 * @return its scene
	 */
	public static Scene of(Recipe recipe, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		Solid solid = SolidBuilder.build(recipe);
		progress.worked(1);
		TriangleMesh mesh = Tessellator.tessellate(solid, CHORD_TOLERANCE, ANGLE_TOLERANCE);
		progress.worked(1);
		int[] features = new int[mesh.faceCount()];
		for (int f = 0; f < features.length; f++) {
			features[f] = mesh.featureOf(f);
		}
		return new Scene(mesh.positions(), mesh.triangles(), mesh.triangleFaces(), mesh.cornerNormals(),
				mesh.edges(), features);
	}
}
