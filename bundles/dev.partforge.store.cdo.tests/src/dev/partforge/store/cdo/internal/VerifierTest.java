// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.store.VerifyReport;
import dev.partforge.store.testing.TestParts;

/**
 * {@code store verify} on damaged stores: the H2 tables under a closed repository are changed with SQL (as a bad disk,
 * an old tool or a hand edit would), the store is opened again and the report must name the damage.
 */
public final class VerifierTest {

	private Path root;
	private CdoPartStore store;
	private long slowRecord;

	@BeforeEach
	void sound() throws Exception {
		root = TempStores.newDirectory("verify");
		store = new CdoPartStore(root);
		store.putParts(List.of(TestParts.part("A", Difficulty.BEGINNER), TestParts.part("B", Difficulty.EXPERT)));
		store.addRecord(TestParts.record("A", 5_000, true, null));
		slowRecord = store.addRecord(TestParts.record("B", 7_000, false, null));
		VerifyReport report = store.verify();
		assertTrue(report.ok(), "the undamaged store must verify: " + report.problems());
		store.close();
	}

	@AfterEach
	void delete() throws Exception {
		store.close();
		TempStores.delete(root);
	}

	@Test
	void reportsTwoPartsWithOneId() throws Exception {
		damage("UPDATE " + Tables.PART + " SET ID = 'A' WHERE ID = 'B'");
		List<String> problems = reopenAndVerify();
		assertTrue(problems.contains("duplicate part id A"), "" + problems);
	}

	@Test
	void reportsANegativeTime() throws Exception {
		damage("UPDATE " + Tables.RECORD + " SET TIMESPENT = -1 WHERE TIMESPENT = 7000");
		List<String> problems = reopenAndVerify();
		assertTrue(problems.contains("duplicate id or negative time in record " + slowRecord), "" + problems);
	}

	@Test
	void reportsTwoObjectsWithOneKey() throws Exception {
		damage("UPDATE " + Tables.PART + " SET KEY0 = 'A' WHERE ID = 'B'");
		List<String> problems = reopenAndVerify();
		assertTrue(problems.contains("missing or duplicate key 'A' on a StoredPart"), "" + problems);
	}

	private List<String> reopenAndVerify() {
		store = new CdoPartStore(root);
		VerifyReport report = store.verify();
		assertEquals(1, report.problems().size(), "exactly the damage: " + report.problems());
		return report.problems();
	}

	/** Runs one statement on the closed store's H2 database; it must change exactly one row. */
	private void damage(String sql) throws Exception {
		try (EmbeddedRepository repository = EmbeddedRepository.open(new StoreLayout(root).db());
				Connection connection = repository.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			assertEquals(1, statement.executeUpdate(sql), sql);
		}
	}
}
