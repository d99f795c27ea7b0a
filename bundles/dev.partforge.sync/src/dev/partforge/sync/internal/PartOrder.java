// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.util.Date;

import dev.partforge.model.PartRecipe;
import dev.partforge.model.RecipeElement;
import dev.partforge.model.RecipeParam;
import dev.partforge.model.StoredPart;

/**
 * The conflict rule for a shared part edited on both sides: the shared content (the recipe) is compared as a
 * canonical text; when it differs, the part with the later {@code modified} time wins, and on equal times the greater
 * canonical text, so that both sides choose the same winner without talking to each other.
 */
final class PartOrder {

	private PartOrder() {
	}

	/**
	 * @param a a part
	 * @param b a part with the same id
	 * @return whether their shared content is equal (per-user fields such as bookmarked are ignored)
	 */
	static boolean sameContent(StoredPart a, StoredPart b) {
		return text(a).equals(text(b));
	}

	/**
	 * @param candidate a part
	 * @param other     a part with the same id and other content
	 * @return whether the candidate wins: later modified, or equal modified and greater canonical text
	 */
	static boolean wins(StoredPart candidate, StoredPart other) {
		int byTime = Long.compare(time(candidate.getModified()), time(other.getModified()));
		return byTime != 0 ? byTime > 0 : text(candidate).compareTo(text(other)) > 0;
	}

	private static long time(Date date) {
		return date == null ? Long.MIN_VALUE : date.getTime();
	}

	/** The canonical text of a part's shared content: id and recipe, all fields in a fixed order. */
	static String text(StoredPart part) {
		StringBuilder sb = new StringBuilder(part.getId()).append('|');
		PartRecipe r = part.getRecipe();
		if (r != null) {
			sb.append(r.getId()).append('|').append(r.getSeed()).append('|').append(r.getName()).append('|')
					.append(r.getDifficulty()).append('|').append(r.getUnits()).append('|')
					.append(r.getGeneratorVersion()).append('|').append(r.getDifficultyScore());
			element(sb, r.getStock());
			r.getFeatures().forEach(f -> element(sb, f));
		}
		return sb.toString();
	}

	private static void element(StringBuilder sb, RecipeElement e) {
		if (e == null) {
			sb.append("|-");
			return;
		}
		sb.append("|[").append(e.getKind()).append(',').append(e.getFace());
		for (RecipeParam p : e.getParams()) {
			sb.append(',').append(p.getName()).append('=').append(p.getValue());
		}
		sb.append(']');
	}
}
