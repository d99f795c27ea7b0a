// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.model.SchemaHistory;

/** The schema version check of a server's packages: which side to update. */
public final class SchemaCheckTest {

	@Test
	void anEmptyServerAndTheSameVersionAreAccepted() {
		assertDoesNotThrow(() -> SchemaCheck.check(List.of(), 4));
		assertDoesNotThrow(() -> SchemaCheck.check(List.of("http://www.eclipse.org/emf/2002/Ecore",
				SchemaHistory.nsUri(4)), 4));
	}

	@Test
	void aNewerServerAsksToUpdatePartForgeAnOlderOneTheServer() {
		SyncFailure newer = assertThrows(SyncFailure.class, () -> SchemaCheck.check(List.of(SchemaHistory.nsUri(5)), 4));
		assertEquals("the server has schema v5, this PartForge v4: update PartForge on this computer",
				newer.getMessage());
		assertEquals(SyncFailure.Kind.SCHEMA, newer.kind());
		SyncFailure older = assertThrows(SyncFailure.class, () -> SchemaCheck.check(List.of(SchemaHistory.nsUri(3)), 4));
		assertEquals("the server has schema v3, this PartForge v4: update the server", older.getMessage());
	}
}
