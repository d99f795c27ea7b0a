// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.LruCache;
import dev.partforge.metrics.Metrics;
import dev.partforge.recipes.Recipe;

/**
 * The 3D view's tessellations, kept so that showing a part again does not build and tessellate its solid again: the
 * {@value #BOUND} most recently shown scenes of this workbench, keyed by recipe (the tessellation tolerances are
 * fixed, {@link PartScenes}). Reported to the metrics service as {@value #NAME}. Scenes are not changed once made.
 */
public final class SceneCache {

	/** The name its figures are reported under. */
	public static final String NAME = "view3d.tessellations";

	/** The most scenes kept. */
	public static final int BOUND = 16;

	private static final LruCache<Recipe, Scene> SCENES = new LruCache<>(NAME, BOUND);

	private SceneCache() {
	}

	/**
	 * Returns the scene of a recipe, making it only if it is not kept, and reports the cache's figures.
	 *
	 * @param recipe  the recipe
	 * @param monitor progress of making it, may be null
	 * @param metrics where to report the figures
	 * @return the scene
	 */
	static Scene scene(Recipe recipe, IProgressMonitor monitor, Metrics metrics) {
		Scene scene = SCENES.get(recipe, r -> PartScenes.of(r, monitor));
		SCENES.report(metrics);
		return scene;
	}

	/**
	 * Returns the cache's figures now (size, bound, hits, misses).
	 *
	 * @return the figures
	 */
	public static CacheFigures figures() {
		return SCENES.figures();
	}
}
