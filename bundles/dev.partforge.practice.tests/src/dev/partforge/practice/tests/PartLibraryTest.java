// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.metrics.Metrics;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartFacts;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.AnalyticMassProperties;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Material;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;
import dev.partforge.tests.common.Components;

/** The library on the real CDO store service (an H2 file under the test's data directory). */
class PartLibraryTest {

	private final PartLibrary library = Components.service(PartLibrary.class);
	private final PartStore store = Components.service(PartStore.class);

	/** The store outlives a test run (target/test-data): start each test from parts it has not stored yet. */
	@BeforeEach
	void forgetTheTestParts() {
		for (String id : List.of("I-4242", "B-77-IN", "E-9", "web-added-1")) {
			store.deletePart(id);
		}
	}

	@Test
	void generatesAndStoresASeededPartUnderAStableId() {
		StoredPart part = library.generate(Difficulty.INTERMEDIATE, OptionalLong.of(4242), Units.MM);
		assertEquals("I-4242", part.getId());
		StoredPart stored = store.getPart("I-4242").orElseThrow();
		Recipe expected = RecipeGenerator.generate(Difficulty.INTERMEDIATE, 4242, Units.MM);
		assertEquals(expected, library.recipe(stored));
		assertEquals(expected, library.exportPart(stored).recipe());
		assertEquals("I-4242", library.exportPart(stored).id());
		Material material = Material.forSeed(4242);
		assertEquals(material.id(), stored.getRecipe().getMaterial(), "a new part stores its seed's material");
		assertEquals(material, library.material(stored));
		assertEquals(material.describe(), library.exportPart(stored).material(), "the title block shows it");
		stored.getRecipe().setMaterial(null);
		assertEquals(material, library.material(stored), "a part from before v4 gets the same from its seed");
		stored.getRecipe().setMaterial(Material.ABS.id());
		assertEquals(Material.ABS, library.material(stored));
	}

	@Test
	void generatingTheSamePartAgainKeepsItsProgress() {
		StoredPart part = library.generate(Difficulty.BEGINNER, OptionalLong.of(77), Units.INCH);
		assertEquals("B-77-IN", part.getId());
		part.setBookmarked(true);
		store.putPart(part);
		StoredPart again = library.generate(Difficulty.BEGINNER, OptionalLong.of(77), Units.INCH);
		assertTrue(again.isBookmarked(), "regenerating replaced the stored part");
		StoredPart renamed = library.generate(Difficulty.BEGINNER, OptionalLong.of(77), Units.INCH,
				Optional.of("Bracket practice"));
		assertEquals("Bracket practice", renamed.getRecipe().getName());
		assertTrue(renamed.isBookmarked());
	}

	@Test
	void addStoresANewPartAndNeverReplacesOne() {
		Recipe first = RecipeGenerator.generate(Difficulty.BEGINNER, 31, Units.MM);
		StoredPart added = library.add("web-added-1", first);
		assertEquals("web-added-1", added.getId());
		assertEquals(first, library.recipe(store.getPart("web-added-1").orElseThrow()));
		Recipe other = RecipeGenerator.generate(Difficulty.EXPERT, 32, Units.MM);
		StoreException e = assertThrows(StoreException.class, () -> library.add("web-added-1", other));
		assertEquals("a part with id web-added-1 exists already; nothing was imported (existing parts are never changed)",
				e.getMessage());
		assertEquals(first, library.recipe(store.getPart("web-added-1").orElseThrow()), "the existing part is unchanged");
	}

	@Test
	void randomSeedsAreShortAndDifferent() {
		StoredPart a = library.generate(Difficulty.EXPERT, OptionalLong.empty(), Units.MM);
		StoredPart b = library.generate(Difficulty.EXPERT, OptionalLong.empty(), Units.MM);
		assertNotEquals(a.getId(), b.getId());
		long seed = a.getRecipe().getSeed();
		assertTrue(seed >= 1 && seed <= 999_999, "seed " + seed);
	}

	@Test
	void factsComeFromTheRecipe() {
		StoredPart part = library.generate(Difficulty.EXPERT, OptionalLong.of(9), Units.MM);
		PartFacts facts = library.facts(part);
		Recipe recipe = RecipeGenerator.generate(Difficulty.EXPERT, 9, Units.MM);
		assertEquals(AnalyticMassProperties.of(recipe).volume(), facts.volume(), 1e-9);
		assertTrue(facts.area() > 0 && facts.difficultyScore() > 0, facts.toString());
	}

	/** A worksheet's parts: one commit for the whole chunk instead of one per part; an existing part is kept as is. */
	@Test
	void generateAllStoresTheNewPartsInOneCommitAndKeepsExistingOnes() {
		List<String> ids = java.util.stream.LongStream.range(7000, 7025)
				.mapToObj(seed -> PartLibrary.partId(Difficulty.BEGINNER, seed, Units.MM)).toList();
		ids.forEach(store::deletePart);
		StoredPart kept = library.generate(Difficulty.BEGINNER, OptionalLong.of(7003), Units.MM, Optional.of("Kept"));
		Metrics metrics = Components.service(Metrics.class);
		long commits = commits(metrics);

		List<StoredPart> parts = library.generateAll(Difficulty.BEGINNER, 7000, 25, Units.MM);

		assertEquals(1, commits(metrics) - commits, "24 new parts in one chunked commit");
		assertEquals(ids, parts.stream().map(StoredPart::getId).toList());
		assertEquals("Kept", parts.get(3).getRecipe().getName(), "the existing part is returned as stored");
		assertEquals(kept.getCreated(), store.getPart(ids.get(3)).orElseThrow().getCreated());
		for (int i = 0; i < ids.size(); i++) {
			if (i != 3) {
				assertEquals(RecipeGenerator.generate(Difficulty.BEGINNER, 7000 + i, Units.MM),
						library.recipe(store.getPart(ids.get(i)).orElseThrow()), ids.get(i));
				assertEquals(library.recipe(parts.get(i)), library.recipe(store.getPart(ids.get(i)).orElseThrow()));
			}
		}
		assertThrows(IllegalArgumentException.class, () -> library.generateAll(Difficulty.BEGINNER, 1, 0, Units.MM));
		ids.forEach(store::deletePart);
	}

	private static long commits(Metrics metrics) {
		return metrics.snapshot().timing("store.commit").map(t -> t.count()).orElse(0L);
	}
}
