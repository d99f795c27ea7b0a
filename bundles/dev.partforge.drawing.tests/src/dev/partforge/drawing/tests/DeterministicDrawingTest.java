// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.drawing.Sheet;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * The same part gives the same sheet, entity for entity and bit for bit, whatever ran before it in the JVM: the
 * drawing engine must not depend on identity hash codes (edge order in hidden-line removal once did).
 */
final class DeterministicDrawingTest {

	@Test
	void sameSheetWhateverRanBefore() {
		for (Difficulty level : Difficulty.values()) {
			for (long seed = 1; seed <= 4; seed++) {
				Units units = seed % 2 == 0 ? Units.INCH : Units.MM;
				DrawingOptions options = DrawingOptions.defaults()
						.withProjection(seed % 3 == 0 ? Projection.THIRD_ANGLE : Projection.FIRST_ANGLE)
						.withPaper(units == Units.INCH ? Paper.ANSI_A : Paper.A4);
				List<String> first = dump(
						Drafter.draw("D" + seed, RecipeGenerator.generate(level, seed, units), options));
				churnIdentityHashes();
				List<String> second = dump(
						Drafter.draw("D" + seed, RecipeGenerator.generate(level, seed, units), options));
				assertEquals(first, second, level + " seed " + seed);
			}
		}
	}

	/** Takes identity hash codes, as unrelated code in the same thread would. */
	private static void churnIdentityHashes() {
		Map<Object, Object> m = new IdentityHashMap<>();
		for (int i = 0; i < 1_000; i++) {
			m.put(new Object(), Integer.valueOf(i));
		}
		assertEquals(1_000, m.size());
	}

	static List<String> dump(Sheet sheet) {
		List<String> out = new ArrayList<>();
		sheet.views().forEach(v -> out.add(v.toString()));
		for (Entity e : sheet.entities()) {
			dump(e, out);
		}
		return out;
	}

	private static void dump(Entity e, List<String> out) {
		switch (e) {
		case Entity.Dimension d -> {
			out.add("D " + d.kind() + " " + d.param() + " " + d.value() + " " + d.text() + Arrays.toString(d.p1())
					+ Arrays.toString(d.p2()) + Arrays.toString(d.line()) + d.angleDeg() + new TreeMap<>(d.extras()));
			for (Entity g : d.graphics()) {
				dump(g, out);
			}
		}
		case Entity.Polygon p -> out.add("P " + p.layer() + Arrays.toString(p.points()));
		case Entity.Hatch h -> {
			out.add("H " + h.layer() + " " + h.angleDeg() + " " + h.spacing());
			h.loops().forEach(l -> out.add("HL " + Arrays.toString(l)));
			h.lines().forEach(l -> out.add("HH " + Arrays.toString(l)));
		}
		default -> out.add(e.toString());
		}
	}
}
