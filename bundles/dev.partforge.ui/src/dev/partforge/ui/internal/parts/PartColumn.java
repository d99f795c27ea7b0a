// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.Comparator;
import java.util.function.Function;

import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;

/** The columns of the Parts view: title, cell text and sort order. */
public enum PartColumn {
	/** The part id, e.g. {@code B-8510} or {@code E-87221-IN}. */
	ID(Messages.PartsView_id, PartRow::id, Comparator.comparing(PartRow::id)),
	/** The recipe name. */
	NAME(Messages.PartsView_name, PartRow::name, Comparator.comparing(PartRow::name, String.CASE_INSENSITIVE_ORDER)),
	/** The difficulty. */
	DIFFICULTY(Messages.PartsView_difficulty, r -> Labels.difficulty(r.difficulty()),
			Comparator.comparing(r -> r.difficulty() == null ? -1 : r.difficulty().ordinal())),
	/** The part's own units. */
	UNITS(Messages.PartsView_units, r -> r.units() == null ? "" : Labels.units(r.units()), //$NON-NLS-1$
			Comparator.comparing(r -> r.units() == null ? -1 : r.units().ordinal())),
	/** The seed. */
	SEED(Messages.PartsView_seed, r -> Long.toString(r.seed()), Comparator.comparingLong(PartRow::seed)),
	/** Bookmarked. */
	BOOKMARKED(Messages.PartsView_bookmarked, r -> Labels.flag(r.bookmarked()),
			Comparator.comparing(PartRow::bookmarked)),
	/** Completed. */
	COMPLETED(Messages.PartsView_completed, r -> Labels.flag(r.completed()), Comparator.comparing(PartRow::completed)),
	/** Best completed time. */
	BEST_TIME(Messages.PartsView_bestTime, r -> Labels.time(r.bestTime()),
			Comparator.comparingLong(r -> r.bestTime().orElse(Long.MAX_VALUE))),
	/** Last opened. */
	LAST_VIEWED(Messages.PartsView_lastViewed, r -> Labels.date(r.lastViewed()),
			Comparator.comparingLong(r -> r.lastViewed() == null ? Long.MIN_VALUE : r.lastViewed().getTime()));

	private final String title;
	private final Function<PartRow, String> text;
	private final Comparator<PartRow> order;

	PartColumn(String title, Function<PartRow, String> text, Comparator<PartRow> order) {
		this.title = title;
		this.text = text;
		this.order = order;
	}

	/** @return the column title */
	public String title() {
		return title;
	}

	/**
	 * @param row a row
	 * @return the cell text
	 */
	public String text(PartRow row) {
		return text.apply(row);
	}

	/**
	 * @param ascending the direction
	 * @return the row order of this column, ties broken by id
	 */
	public Comparator<PartRow> order(boolean ascending) {
		Comparator<PartRow> c = ascending ? order : order.reversed();
		return c.thenComparing(PartRow::id);
	}
}
