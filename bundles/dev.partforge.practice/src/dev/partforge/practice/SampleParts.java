// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import dev.partforge.model.StoredPart;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.store.SessionState;
import dev.partforge.store.StoreException;

/**
 * The sample parts a new user finds in an empty library: one part of each level, from fixed seeds. Created once per
 * data directory, on the first start of the workbench; a user who deletes them does not get them back.
 */
public final class SampleParts {

	/** Session-state key recording that the samples were offered. */
	public static final String CREATED_KEY = "samples.created";

	/** The samples: level and seed. */
	static final List<Object[]> SAMPLES = List.of(new Object[] { Difficulty.BEGINNER, 1L },
			new Object[] { Difficulty.INTERMEDIATE, 7L }, new Object[] { Difficulty.EXPERT, 2L });

	private SampleParts() {
	}

	/**
	 * Creates the sample parts if this data directory never had them and its library is empty.
	 *
	 * @param library the part library
	 * @param store   the store
	 * @param session where the "offered" flag is kept
	 * @return the parts created; empty if none were needed
	 * @throws StoreException if the store fails
	 */
	public static List<StoredPart> ensure(PartLibrary library, PartStore store, SessionState session) {
		if (session.uiState(CREATED_KEY).filter(v -> !v.isBlank()).isPresent()) {
			return List.of();
		}
		List<StoredPart> created = new ArrayList<>();
		if (store.listParts(PartQuery.ALL).isEmpty()) {
			for (Object[] sample : SAMPLES) {
				created.add(library.generate((Difficulty) sample[0], OptionalLong.of((Long) sample[1]), Units.MM));
			}
		}
		session.putUiState(CREATED_KEY, "true");
		return created;
	}
}
