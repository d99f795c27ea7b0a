// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.practice.SampleParts;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.store.SessionState;
import dev.partforge.tests.common.Components;

/** First-run sample parts on the real store and session state. */
class SamplePartsTest {

	private final PartLibrary library = Components.service(PartLibrary.class);
	private final PartStore store = Components.service(PartStore.class);
	private final SessionState session = Components.service(SessionState.class);

	@Test
	void anEmptyLibraryGetsOnePartPerLevelOnceOnly() {
		store.listParts(PartQuery.ALL).forEach(p -> store.deletePart(p.getId()));
		session.putUiState(SampleParts.CREATED_KEY, "");
		List<StoredPart> created = SampleParts.ensure(library, store, session);
		assertEquals(List.of("B-1", "I-7", "E-2"), created.stream().map(StoredPart::getId).toList());
		assertEquals(3, store.listParts(PartQuery.ALL).size());
		created.forEach(p -> store.deletePart(p.getId()));
		assertEquals(List.of(), SampleParts.ensure(library, store, session), "deleted samples came back");
		assertEquals(0, store.listParts(PartQuery.ALL).size());
	}

	@Test
	void aLibraryWithPartsGetsNoSamples() {
		library.generate(dev.partforge.recipes.Difficulty.BEGINNER, java.util.OptionalLong.of(555),
				dev.partforge.recipes.Units.MM);
		session.putUiState(SampleParts.CREATED_KEY, "");
		assertEquals(List.of(), SampleParts.ensure(library, store, session));
		assertEquals("true", session.uiState(SampleParts.CREATED_KEY).orElseThrow());
	}
}
