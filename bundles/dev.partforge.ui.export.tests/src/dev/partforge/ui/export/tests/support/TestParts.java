// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests.support;

import java.util.OptionalLong;

import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.tests.common.Components;

/** Generates practice parts into the workbench's store through the real {@link PartLibrary} service. */
public final class TestParts {

	private TestParts() {
	}

	/**
	 * Generates (or finds) a Beginner part in millimetres.
	 *
	 * @param seed the seed
	 * @return its id
	 */
	public static String beginner(long seed) {
		StoredPart part = Components.service(PartLibrary.class).generate(Difficulty.BEGINNER, OptionalLong.of(seed),
				Units.MM);
		return part.getId();
	}

	/**
	 * Generates (or finds) a Beginner part in inches.
	 *
	 * @param seed the seed
	 * @return its id
	 */
	public static String beginnerInInches(long seed) {
		return Components.service(PartLibrary.class).generate(Difficulty.BEGINNER, OptionalLong.of(seed), Units.INCH)
				.getId();
	}
}
