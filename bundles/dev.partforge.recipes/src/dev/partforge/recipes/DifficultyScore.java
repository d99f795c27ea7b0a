// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.HashSet;
import java.util.Set;

/**
 * A difficulty score computed from a recipe: stock complexity, feature kinds and counts
 * (patterns count their instances), the number of faces used and the number of views needed to
 * show them (top/bottom faces need top + front views; side faces along x or y add a side view
 * each). Beginner parts score up to about 15, expert parts from about 40.
 */
public final class DifficultyScore {

	private DifficultyScore() {
	}

	/** @return the score (higher is harder) */
	public static int of(Recipe r) {
		int score = switch (r.stock().kind()) {
		case BLOCK -> 2;
		case ROUND -> 3;
		case L -> 6;
		case T, U -> 7;
		case STEPPED -> 8;
		};
		if (r.stock().corner() != CornerTreatment.NONE) {
			score += 3;
		}
		Set<String> faces = new HashSet<>();
		Set<String> axes = new HashSet<>();
		for (Feature f : r.features()) {
			score += switch (f) {
			case Hole h -> h.through() ? 2 : 3;
			case Counterbore c -> 5;
			case Countersink c -> 5;
			case Pocket p -> 4;
			case Slot s -> 4;
			case Boss b -> 5;
			};
			score += switch (f.pattern()) {
			case Pattern.None n -> 0;
			case Pattern.Linear l -> 2 + l.count();
			case Pattern.Circular c -> 4 + c.count();
			};
			faces.add(f.face());
			axes.add(f.face().startsWith("SIDE") ? "side" + sideAxis(r, f.face()) : "z");
		}
		score += 4 * Math.max(0, faces.size() - 1);
		int views = 1 + axes.size() + (axes.contains("z") ? 0 : 1);
		return score + 5 * Math.max(0, views - 2);
	}

	private static String sideAxis(Recipe r, String face) {
		int k = Integer.parseInt(face.substring(4));
		return k % 2 == 0 ? "y" : "x";
	}
}
