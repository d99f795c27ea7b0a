// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.Units;
import dev.partforge.ui.internal.parts.PartColumn;
import dev.partforge.ui.internal.parts.PartFilter;
import dev.partforge.ui.internal.parts.PartRow;
import dev.partforge.ui.internal.parts.PartsModel;

/** Filtering and sorting of the Parts view's rows. */
class PartsModelTest {

	private static PartRow row(String id, String name, Difficulty d, long seed, boolean bookmarked, boolean completed,
			long best) {
		return new PartRow(id, name, d, seed, bookmarked, completed,
				best < 0 ? OptionalLong.empty() : OptionalLong.of(best), new Date(seed),
				id.endsWith("-IN") ? Units.INCH : Units.MM);
	}

	private final List<PartRow> rows = List.of(row("B-1", "Bracket", Difficulty.BEGINNER, 1, true, false, -1),
			row("I-2", "Flange", Difficulty.INTERMEDIATE, 2, false, true, 90_000),
			row("E-3", "Housing", Difficulty.EXPERT, 3, true, true, 30_000),
			row("B-4", "Angle plate", Difficulty.BEGINNER, 44, false, false, -1));

	private static List<String> ids(PartsModel model) {
		return model.visible().stream().map(PartRow::id).toList();
	}

	@Test
	void filtersByEveryCriterion() {
		PartsModel all = PartsModel.of(rows, PartFilter.NONE, PartColumn.NAME, true);
		assertEquals(List.of("B-4", "B-1", "I-2", "E-3"), ids(all));
		assertEquals(List.of("B-1", "E-3"), ids(all.withFilter(PartFilter.NONE.withBookmarkedOnly(true))));
		assertEquals(List.of("B-4", "B-1"), ids(all.withFilter(PartFilter.NONE.withDifficulty(Difficulty.BEGINNER))));
		assertEquals(List.of("I-2", "E-3"), ids(all.withFilter(PartFilter.NONE.withCompleted(true))));
		assertEquals(List.of("B-4", "B-1"), ids(all.withFilter(PartFilter.NONE.withCompleted(false))));
		assertEquals(List.of("I-2"), ids(all.withFilter(PartFilter.NONE.withText("FLAN"))));
		assertEquals(List.of("B-4"), ids(all.withFilter(PartFilter.NONE.withText("44"))));
		assertEquals(List.of("E-3"),
				ids(all.withFilter(PartFilter.NONE.withBookmarkedOnly(true).withCompleted(true))));
	}

	@Test
	void sortsByEachColumnBothWays() {
		PartsModel model = PartsModel.of(rows, PartFilter.NONE, PartColumn.SEED, false);
		assertEquals(List.of("B-4", "E-3", "I-2", "B-1"), ids(model));
		assertEquals(List.of("E-3", "I-2", "B-1", "B-4"), ids(model.sortedBy(PartColumn.BEST_TIME, true)));
		assertEquals(List.of("B-1", "B-4", "I-2", "E-3"), ids(model.sortedBy(PartColumn.DIFFICULTY, true)));
		assertEquals(List.of("B-4", "E-3", "I-2", "B-1"), ids(model.sortedBy(PartColumn.LAST_VIEWED, false)));
	}

	@Test
	void idAndUnitsColumnsAndAnUnambiguousLastViewedDate() {
		PartRow inch = row("E-87221-IN", "Yoke", Difficulty.EXPERT, 87_221, false, false, -1);
		PartRow mm = rows.get(0);
		assertEquals("E-87221-IN", PartColumn.ID.text(inch));
		assertEquals("inch", PartColumn.UNITS.text(inch));
		assertEquals("mm", PartColumn.UNITS.text(mm));
		PartsModel model = PartsModel.of(List.of(inch, mm), PartFilter.NONE, PartColumn.UNITS, true);
		assertEquals(List.of("B-1", "E-87221-IN"), ids(model));
		assertEquals(List.of("E-87221-IN", "B-1"), ids(model.sortedBy(PartColumn.ID, false)));
		PartRow viewed = new PartRow("B-6", "Plate", Difficulty.BEGINNER, 6, false, false, OptionalLong.empty(),
				Date.from(java.time.LocalDateTime.of(2026, 12, 2, 14, 5).atZone(java.time.ZoneId.systemDefault())
						.toInstant()), Units.MM);
		assertEquals("2026-12-02 14:05", PartColumn.LAST_VIEWED.text(viewed));
	}

	@Test
	void tiesAreBrokenByIdWhateverTheLoadOrder() {
		List<PartRow> tied = new ArrayList<>(List.of(row("B-10", "Plate", Difficulty.BEGINNER, 7, false, false, -1),
				row("B-2", "Plate", Difficulty.BEGINNER, 7, false, false, -1),
				row("A-3", "plate", Difficulty.BEGINNER, 7, false, false, -1),
				row("C-1", "Plate", Difficulty.BEGINNER, 7, false, false, -1)));
		for (PartColumn column : PartColumn.values()) {
			for (boolean ascending : List.of(true, false)) {
				List<String> first = null;
				for (int shuffle = 0; shuffle < 6; shuffle++) {
					Collections.shuffle(tied, new Random(shuffle));
					List<String> order = ids(PartsModel.of(tied, PartFilter.NONE, column, ascending));
					if (column != PartColumn.ID) {
						assertEquals(List.of("A-3", "B-10", "B-2", "C-1"), order, column + " " + ascending);
					}
					if (first == null) {
						first = order;
					}
					assertEquals(first, order, column + " " + ascending + " depends on the load order");
				}
			}
		}
	}

	@Test
	void tenThousandRowsFilterAndSortQuickly() {
		List<PartRow> many = new ArrayList<>();
		IntStream.range(0, 10_000).forEach(i -> many.add(row("B-" + i, "Part " + (i * 7919 % 10_000),
				Difficulty.values()[i % 3], i, i % 10 == 0, i % 3 == 0, i % 5 == 0 ? i * 1000L : -1)));
		PartsModel.of(many, PartFilter.NONE, PartColumn.NAME, true); // warm-up
		long start = System.nanoTime();
		PartsModel model = PartsModel.of(many, PartFilter.NONE.withBookmarkedOnly(true), PartColumn.NAME, true);
		PartsModel sorted = model.withFilter(PartFilter.NONE).sortedBy(PartColumn.BEST_TIME, false);
		long ms = (System.nanoTime() - start) / 1_000_000;
		assertEquals(1_000, model.visible().size());
		assertEquals(10_000, sorted.visible().size());
		assertTrue(ms < 500, "filtering and sorting 10,000 rows took " + ms + " ms");
	}
}
