// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Paper;
import dev.partforge.recipes.Units;

/**
 * The paper of drawings as the user sets it, the one owner of "automatic" paper: either a chosen {@link Paper}, which
 * every drawing keeps (the scale goes down the ISO 5455 series instead), or {@link #AUTOMATIC}, the smallest sheet
 * that fits. Automatic takes the family from the drawing's units, as the title block's tolerance does: the ISO A
 * series from A4 up for millimetre drawings (ISO 5457 sheets for ISO drawings), the ANSI series from ANSI A up for
 * inch drawings (ANSI Y14.1 sheets, the ones inch shops print on). Each part of a set gets its own smallest sheet, so
 * one document may hold sheets of different sizes.
 */
public final class PaperChoice {

	/** The smallest sheet of its family that fits each drawing. */
	public static final PaperChoice AUTOMATIC = new PaperChoice(null);

	private final Paper chosen;

	private PaperChoice(Paper chosen) {
		this.chosen = chosen;
	}

	/**
	 * @param paper the chosen sheet
	 * @return the choice of that sheet
	 */
	public static PaperChoice of(Paper paper) {
		return new PaperChoice(Objects.requireNonNull(paper, "paper"));
	}

	/** @return automatic first, then the {@linkplain Paper#offered() offered} sheets */
	public static List<PaperChoice> offered() {
		List<PaperChoice> all = new ArrayList<>();
		all.add(AUTOMATIC);
		Paper.offered().forEach(p -> all.add(of(p)));
		return Collections.unmodifiableList(all);
	}

	/** @return true for {@link #AUTOMATIC} */
	public boolean automatic() {
		return chosen == null;
	}

	/** @return the chosen sheet, empty when automatic */
	public Optional<Paper> chosen() {
		return Optional.ofNullable(chosen);
	}

	/**
	 * The smallest sheet an automatic drawing may take.
	 *
	 * @param units the drawing's units
	 * @return ANSI A for inch drawings, A4 otherwise
	 */
	public static Paper smallest(Units units) {
		return units == Units.INCH ? Paper.ANSI_A : Paper.A4;
	}

	/**
	 * Applies the choice to drawing options: the one mapping to {@link DrawingOptions#withPaper} (kept) and
	 * {@link DrawingOptions#withGrowingPaper} (automatic).
	 *
	 * @param options the options
	 * @param units   the drawing's units, which pick the automatic sheet's family
	 * @return the options with this paper
	 */
	public DrawingOptions apply(DrawingOptions options, Units units) {
		return chosen == null ? options.withGrowingPaper(smallest(units)) : options.withPaper(chosen);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PaperChoice c && c.chosen == chosen;
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(chosen);
	}

	/** @return {@code AUTO} or the chosen sheet's name */
	@Override
	public String toString() {
		return chosen == null ? "AUTO" : chosen.name();
	}
}
