// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dev.partforge.recipes.Material;

/** The material table and the pinned derivation of a part's material from its seed. */
final class MaterialTest {

	/**
	 * Golden: the material of seeds 0-11 and two far seeds. If this fails, the derivation changed and every stored part
	 * without a material id (every part from before schema v4) would change its material: change it back.
	 */
	@Test
	void seedsKeepTheirMaterial() {
		assertEquals(List.of("POM", "1.4301", "CW614N", "1.4301", "AL6061", "1.4301", "1.4301", "POM", "CW614N",
				"1.4301", "CW614N", "S235"), LongStream.range(0, 12).mapToObj(s -> Material.forSeed(s).id()).toList());
		assertEquals(Material.AL6061, Material.forSeed(-9876543210L));
		assertEquals(Material.AL6061, Material.forSeed(Long.MAX_VALUE));
	}

	@Test
	void table() {
		assertEquals(Material.values().length, new HashSet<>(Arrays.stream(Material.values()).map(Material::id).toList())
				.size(), "ids are unique");
		assertEquals(2.70, Material.AL6061.density());
		assertEquals(7.85, Material.S235.density());
		assertEquals(27.0, Material.AL6061.massGrams(10_000), 1e-12, "10 cm³ of aluminium");
		assertEquals(Optional.of(Material.BRASS), Material.byId("cw614n"));
		assertEquals(Optional.empty(), Material.byId("UNOBTAINIUM"));
		assertEquals(Material.forSeed(42), Material.of(null, 42), "a part from before v4 gets its seed's material");
		assertEquals(Material.ABS, Material.of("ABS", 42));
		assertEquals(Material.forSeed(42), Material.of("UNOBTAINIUM", 42), "an id from a newer version");
		assertEquals("Aluminium 6061, 2.70 g/cm\u00B3", Material.AL6061.describe());
		for (Material m : Material.values()) {
			assertTrue(m.density() > 0.5 && m.density() < 20, m + " density");
		}
	}
}
