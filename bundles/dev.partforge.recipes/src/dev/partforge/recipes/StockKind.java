// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * Stock shapes: an outline in the xy plane extruded along +z by the stock height. Meaning of the
 * {@link Stock} parameters a and b per kind is given on each constant.
 */
public enum StockKind {
	/** Rectangle width x length (a, b unused). */
	BLOCK("block"),
	/** Round plate or shaft: diameter = width = length, centred at (width/2, width/2) (a, b unused). */
	ROUND("round"),
	/** L: a = thickness of the leg along x (in y), b = thickness of the leg along y (in x). */
	L("l-profile"),
	/** T: a = stem width (in x, centred), b = flange thickness (in y, at the top). */
	T("t-profile"),
	/** U: a = side wall thickness (in x), b = base thickness (in y). */
	U("u-profile"),
	/** Three steps: a = run of each step (in x), b = rise of each of the two lower steps (in y). */
	STEPPED("stepped-profile");

	private final String id;

	StockKind(String id) {
		this.id = id;
	}

	/** @return the storage id */
	public String id() {
		return id;
	}

	/**
	 * @param id a storage id
	 * @return the kind
	 * @throws InvalidRecipeException for an unknown id
	 */
	public static StockKind ofId(String id) {
		for (StockKind k : values()) {
			if (k.id.equals(id)) {
				return k;
			}
		}
		throw new InvalidRecipeException("unknown stock kind '" + id + "' (expected block, round, l-profile, t-profile, u-profile or stepped-profile)");
	}
}
