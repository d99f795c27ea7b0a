// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.UserRecord;
import dev.partforge.tests.common.PostgresCluster;

/**
 * The team server on a real PostgreSQL cluster created by the test: authentication against hashed passwords, each
 * user writes only their own records, a teacher reads everyone's, a student does not.
 */
public final class TeamServerTest {

	private static PostgresCluster postgres;
	private static TeamServer server;
	private static InetSocketAddress address;

	@BeforeAll
	static void start() throws Exception {
		postgres = PostgresCluster.start();
		server = TeamServer.start(postgres.dataSource(), "127.0.0.1", 0);
		address = server.address();
		server.users().add("alice", "alice-pw".toCharArray(), Role.STUDENT);
		server.users().add("bob", "bob-pw".toCharArray(), Role.STUDENT);
		server.users().add("tina", "tina-pw".toCharArray(), Role.TEACHER);
	}

	@AfterAll
	static void stop() throws Exception {
		if (server != null) {
			server.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	private static UserRecord record(String partId, long millis) {
		UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
		r.setKey(partId + "-" + millis);
		r.setPartId(partId);
		r.setTimeSpent(millis);
		return r;
	}

	private static void add(TeamClient client, String path, UserRecord record) throws CommitException {
		CDOTransaction tx = client.session().openTransaction();
		try {
			tx.getOrCreateResource(path).getContents().add(record);
			tx.commit();
		} finally {
			tx.close();
		}
	}

	@Test
	void theServerListensWhereToldAndStoresInPostgreSQL() throws Exception {
		assertEquals("127.0.0.1", address.getAddress().getHostAddress());
		try (TeamClient alice = TeamClient.open(address, "alice", "alice-pw")) {
			add(alice, "/users/alice/records", record("B-1", 1000));
		}
		try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'B-1'")) {
			assertTrue(rows.next());
			assertEquals(1, rows.getInt(1));
		}
	}

	@Test
	void aWrongPasswordAnUnknownUserAndNoCredentialsAreRefused() {
		RuntimeException wrong = assertThrows(RuntimeException.class, () -> TeamClient.open(address, "alice", "nope"));
		assertTrue(Failure.text(wrong).contains("Unknown user or wrong password: alice"), Failure.text(wrong));
		RuntimeException unknown = assertThrows(RuntimeException.class,
				() -> TeamClient.open(address, "mallory", "x"));
		assertTrue(Failure.text(unknown).contains("Unknown user or wrong password"), Failure.text(unknown));
		assertThrows(RuntimeException.class, () -> TeamClient.open(address, null, null));
	}

	@Test
	void aUserWritesTheirOwnRecordsButNotAnotherUsers() throws Exception {
		try (TeamClient alice = TeamClient.open(address, "alice", "alice-pw")) {
			add(alice, "/users/alice/records", record("B-2", 1500));
		}
		try (TeamClient bob = TeamClient.open(address, "bob", "bob-pw")) {
			add(bob, "/users/bob/records", record("B-2", 2000));
			CommitException refused = assertThrows(CommitException.class,
					() -> add(bob, "/users/alice/records", record("B-2", 666)));
			assertTrue(Failure.text(refused).contains("User bob may not change the records of alice"),
					Failure.text(refused));
		}
		try (TeamClient tina = TeamClient.open(address, "tina", "tina-pw")) {
			CDOView view = tina.session().openView();
			CDOResource alices = view.getResource("/users/alice/records");
			assertFalse(alices.getContents().stream().map(o -> ((UserRecord) o).getTimeSpent()).anyMatch(t -> t == 666));
			view.close();
		}
	}

	@Test
	void aTeacherReadsEveryonesRecordsAStudentOnlyTheirOwn() throws Exception {
		try (TeamClient alice = TeamClient.open(address, "alice", "alice-pw")) {
			add(alice, "/users/alice/records", record("E-3", 3000));
		}
		try (TeamClient tina = TeamClient.open(address, "tina", "tina-pw")) {
			CDOView view = tina.session().openView();
			assertTrue(view.getResource("/users/alice/records").getContents().stream()
					.anyMatch(o -> ((UserRecord) o).getTimeSpent() == 3000));
			view.close();
		}
		try (TeamClient bob = TeamClient.open(address, "bob", "bob-pw")) {
			CDOView view = bob.session().openView();
			RuntimeException refused = assertThrows(RuntimeException.class,
					() -> view.getResource("/users/alice/records").getContents().get(0));
			assertTrue(Failure.text(refused).contains("User bob may not read the records of alice"),
					Failure.text(refused));
			view.close();
		}
	}

	@Test
	void passwordsAreStoredAsPbkdf2HashesOnly() throws Exception {
		try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("SELECT HASH FROM PF_USERS WHERE NAME = 'alice'")) {
			assertTrue(rows.next());
			String hash = rows.getString(1);
			assertTrue(hash.startsWith("pbkdf2-sha256$210000$"), hash);
			assertFalse(hash.contains("alice-pw"));
			assertTrue(PasswordHash.matches("alice-pw".toCharArray(), hash));
			assertFalse(PasswordHash.matches("alice-pX".toCharArray(), hash));
		}
	}

	@Test
	void databaseCredentialsNeverComeFromTheCommandLine() throws Exception {
		IllegalArgumentException inUrl = assertThrows(IllegalArgumentException.class,
				() -> DbConfig.of(postgres.url() + "?user=partforge&password=x", Optional.empty(), Map.of()));
		assertTrue(inUrl.getMessage().contains("no credentials in --db"), inUrl.getMessage());
		DbConfig fromEnv = DbConfig.of(postgres.url(), Optional.empty(),
				Map.of(DbConfig.USER_ENV, PostgresCluster.SUPERUSER, DbConfig.PASSWORD_ENV, PostgresCluster.PASSWORD));
		try (Connection c = fromEnv.dataSource().getConnection()) {
			assertTrue(c.isValid(5));
		}
		assertThrows(IllegalArgumentException.class, () -> DbConfig.of(postgres.url(), Optional.empty(), Map.of()));
	}

	/** Failure texts including causes (CDO wraps server-side exceptions). */
	static final class Failure {
		private Failure() {
		}

		static String text(Throwable failure) {
			StringBuilder text = new StringBuilder();
			for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
				text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" / ");
			}
			return text.toString();
		}
	}
}
