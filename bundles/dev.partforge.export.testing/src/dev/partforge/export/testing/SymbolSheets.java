// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.testing;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Sheet;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * Seeded drawings whose callouts show the ISO 129-1 symbols depth ↧ (U+21A7), counterbore ⌴ (U+2334) and countersink
 * ⌵ (U+2335), for the exporters' tests that each symbol comes out as drawn.
 */
public final class SymbolSheets {
	/** The three symbols. */
	public static final String SYMBOLS = "\u21A7\u2334\u2335";

	private SymbolSheets() {
	}

	/**
	 * @param s a drawing
	 * @return the text lines of its callouts, as drawn
	 */
	public static List<String> calloutLines(Sheet s) {
		List<String> lines = new ArrayList<>();
		for (Entity.Dimension d : s.dimensions()) {
			if (d.kind() == DimensionKind.CALLOUT) {
				for (Entity g : d.graphics()) {
					if (g instanceof Entity.Text t) {
						lines.add(t.text());
					}
				}
			}
		}
		return lines;
	}

	/**
	 * @param text a text
	 * @return whether it holds one of the three symbols
	 */
	public static boolean hasSymbol(String text) {
		return text.chars().anyMatch(c -> SYMBOLS.indexOf(c) >= 0);
	}

	/** @return the drawing (millimetre part, default options) of the first beginner part by seed with no symbol */
	public static Sheet withoutSymbols() {
		for (long seed = 1; seed < 200; seed++) {
			Sheet s = Drafter.draw("N-" + seed, RecipeGenerator.generate(Difficulty.BEGINNER, seed, Units.MM), DrawingOptions.defaults());
			if (calloutLines(s).stream().noneMatch(SymbolSheets::hasSymbol)) {
				return s;
			}
		}
		throw new AssertionError("every beginner part of seeds 1..199 shows a symbol");
	}

	/**
	 * @return drawings (millimetre parts, default options) of the first parts by seed and level that together show each
	 *         of the three symbols
	 */
	public static List<Sheet> withEverySymbol() {
		List<Sheet> sheets = new ArrayList<>();
		StringBuilder missing = new StringBuilder(SYMBOLS);
		for (long seed = 1; seed < 200 && !missing.isEmpty(); seed++) {
			for (Difficulty level : Difficulty.values()) {
				Sheet s = Drafter.draw("S-" + level.name().charAt(0) + seed, RecipeGenerator.generate(level, seed, Units.MM), DrawingOptions.defaults());
				String all = String.join("\n", calloutLines(s));
				boolean adds = false;
				for (int i = missing.length() - 1; i >= 0; i--) {
					if (all.indexOf(missing.charAt(i)) >= 0) {
						missing.deleteCharAt(i);
						adds = true;
					}
				}
				if (adds) {
					sheets.add(s);
				}
			}
		}
		if (!missing.isEmpty()) {
			throw new AssertionError("no part of seeds 1..199 shows " + missing);
		}
		return sheets;
	}
}
