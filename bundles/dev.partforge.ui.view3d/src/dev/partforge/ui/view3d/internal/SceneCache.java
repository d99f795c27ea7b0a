// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.LruCache;
import dev.partforge.metrics.MemoryBudget;
import dev.partforge.metrics.Metrics;
import dev.partforge.recipes.Recipe;

/**
 * The 3D view's tessellations, kept so that showing a part again does not build and tessellate its solid again: the
 * most recently shown scenes of this workbench, keyed by recipe (the tessellation tolerances are fixed,
 * {@link PartScenes}). Bounded by the {@link MemoryBudget}: {@value #SHARE} of it in scenes of {@value #ENTRY_BYTES}
 * bytes each (an estimate), {@link #BOUND} scenes at the default budget. Reported to the metrics service as
 * {@value #NAME}. Scenes are not changed once made.
 */
public final class SceneCache {

	/** The name its figures are reported under. */
	public static final String NAME = "view3d.tessellations";

	/** Its share of the memory budget. */
	public static final double SHARE = 0.25;

	/** The estimated size of one scene in bytes. */
	public static final long ENTRY_BYTES = 2 * 1024 * 1024;

	/** The most scenes kept at the default memory budget. */
	public static final int BOUND = MemoryBudget.bound(MemoryBudget.DEFAULT_MB, SHARE, ENTRY_BYTES);

	private static final LruCache<Recipe, Scene> SCENES = new LruCache<>(NAME, BOUND);

	static {
		MemoryBudget.register(SCENES, SHARE, ENTRY_BYTES);
	}

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
