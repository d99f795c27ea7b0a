// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.Sheet;
import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.LruCache;
import dev.partforge.metrics.MemoryBudget;
import dev.partforge.metrics.Metrics;
import dev.partforge.recipes.Recipe;

/**
 * The drawing editor's sheets, kept so that re-opening a drawing (or switching the isometric view back) does not draw
 * it again: the most recently shown sheets of this workbench, keyed by part id, recipe and drawing options (so a
 * changed part or setting is drawn afresh). Bounded by the {@link MemoryBudget}: {@value #SHARE} of it in sheets of
 * {@value #ENTRY_BYTES} bytes each (an estimate), {@link #BOUND} sheets at the default budget. Reported to the metrics
 * service as {@value #NAME}.
 */
public final class SheetCache {

	/** The name its figures are reported under. */
	public static final String NAME = "drawing.sheets";

	/** Its share of the memory budget. */
	public static final double SHARE = 0.25;

	/** The estimated size of one sheet in bytes. */
	public static final long ENTRY_BYTES = 1024 * 1024;

	/** The most sheets kept at the default memory budget. */
	public static final int BOUND = MemoryBudget.bound(MemoryBudget.DEFAULT_MB, SHARE, ENTRY_BYTES);

	private static final LruCache<Key, Sheet> SHEETS = new LruCache<>(NAME, BOUND);

	static {
		MemoryBudget.register(SHEETS, SHARE, ENTRY_BYTES);
	}

	private record Key(String partId, Recipe recipe, DrawingOptions options) {
	}

	private SheetCache() {
	}

	/**
	 * Returns the sheet of a part, drawing it only if it is not kept, and reports the cache's figures.
	 *
	 * @param partId  the part
	 * @param recipe  its recipe
	 * @param options how to draw it
	 * @param metrics where to report the figures
	 * @return the sheet
	 */
	static Sheet sheet(String partId, Recipe recipe, DrawingOptions options, Metrics metrics) {
		Sheet sheet = SHEETS.get(new Key(partId, recipe, options), k -> Drafter.draw(k.partId(), k.recipe(), k.options()));
		SHEETS.report(metrics);
		return sheet;
	}

	/**
	 * Returns the cache's figures now (size, bound, hits, misses).
	 *
	 * @return the figures
	 */
	public static CacheFigures figures() {
		return SHEETS.figures();
	}
}
