// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The materials practice parts are made of, with their densities: the one table of them. A stored part keeps the
 * material's {@link #id()} (schema v4, {@code PartRecipe.material}); a part without one (generated before v4) has
 * the material {@link #forSeed(long)} derives from its seed, which new parts get too, so a seed gives the same
 * material before and after the migration. Densities are nominal values at room temperature.
 */
public enum Material {

	/** Aluminium alloy EN AW-6061 (AlMg1SiCu). */
	AL6061("AL6061", "Aluminium 6061", 2.70),
	/** Structural steel S235JR. */
	S235("S235", "Steel S235", 7.85),
	/** Free-cutting brass CW614N (CuZn39Pb3). */
	BRASS("CW614N", "Brass CW614N", 8.47),
	/** ABS plastic. */
	ABS("ABS", "ABS", 1.05),
	/** Stainless steel 1.4301 (304). */
	SS304("1.4301", "Stainless steel 1.4301", 7.93),
	/** Acetal (polyoxymethylene) copolymer. */
	POM("POM", "POM (acetal)", 1.41);

	/**
	 * The materials {@link #forSeed(long)} chooses from, in a fixed order. Pinned: a material added to the table is
	 * not added here (that would change the material of existing seeds); a golden test fails if this changes.
	 */
	private static final List<Material> SEEDED = List.of(AL6061, S235, BRASS, ABS, SS304, POM);

	/** Mixes the seed (SplitMix64 finaliser) apart from the geometry generator's stream, which it must not touch. */
	private static final long SALT = 0x6D61_7465_7269_616CL; // "material"

	private final String id;
	private final String label;
	private final double density;

	Material(String id, String label, double density) {
		this.id = id;
		this.label = label;
		this.density = density;
	}

	/** @return the stored id, e.g. {@code AL6061} */
	public String id() {
		return id;
	}

	/** @return the name shown in title blocks, e.g. {@code Aluminium 6061} */
	public String label() {
		return label;
	}

	/** @return the density in g/cm³ */
	public double density() {
		return density;
	}

	/**
	 * @param volumeMm3 a volume in mm³
	 * @return the mass in grams of that volume of this material
	 */
	public double massGrams(double volumeMm3) {
		return volumeMm3 * density / 1000.0;
	}

	/**
	 * The material a seed gives: a fixed hash of the seed picks one of a pinned list.
	 *
	 * @param seed a recipe seed
	 * @return its material
	 */
	public static Material forSeed(long seed) {
		long z = seed ^ SALT;
		z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
		z = z ^ (z >>> 31);
		return SEEDED.get((int) Math.floorMod(z, (long) SEEDED.size()));
	}

	/**
	 * @param id a stored id (case does not matter), or null
	 * @return the material, if the id is one
	 */
	public static Optional<Material> byId(String id) {
		if (id == null) {
			return Optional.empty();
		}
		for (Material m : values()) {
			if (m.id.equalsIgnoreCase(id.trim())) {
				return Optional.of(m);
			}
		}
		return Optional.empty();
	}

	/**
	 * The material of a stored part: its stored id, else (a part from before v4, or an id this version does not
	 * know) the seed's.
	 *
	 * @param storedId the stored id, or null
	 * @param seed the recipe seed
	 * @return the material
	 */
	public static Material of(String storedId, long seed) {
		return byId(storedId).orElseGet(() -> forSeed(seed));
	}

	/** @return e.g. {@code Aluminium 6061, 2.70 g/cm³} */
	public String describe() {
		return String.format(Locale.ROOT, "%s, %.2f g/cm\u00B3", label, density);
	}
}
