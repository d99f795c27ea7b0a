// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partforge.tests.common.PostgresCluster;

/**
 * The ownership check asks for the role of the session's user on every revision load: after a login the role comes
 * without a database round trip (the sync benchmark found one new PostgreSQL connection per load), and users who did
 * not log in are still read from the database.
 */
class UserDirectoryTest {

	private static PostgresCluster postgres;

	@BeforeAll
	static void start() throws Exception {
		postgres = PostgresCluster.start();
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@Test
	void aLoggedInUsersRoleIsReadOnceAtLogin() throws Exception {
		Counting db = new Counting(postgres.dataSource());
		UserDirectory users = new UserDirectory(db);
		users.ensureTable();
		users.add("tina", "tina-pw".toCharArray(), Role.TEACHER);
		users.add("sam", "sam-pw".toCharArray(), Role.STUDENT);
		users.add("kim", "kim-pw".toCharArray(), Role.TEACHER);
		users.authenticate("tina", "tina-pw".toCharArray());
		users.authenticate("sam", "sam-pw".toCharArray());
		assertThrows(SecurityException.class, () -> users.authenticate("kim", "wrong".toCharArray()));
		int before = db.connections.get();
		for (int i = 0; i < 100; i++) {
			assertEquals(Optional.of(Role.TEACHER), users.role("tina"));
			assertEquals(Optional.of(Role.STUDENT), users.role("sam"));
		}
		assertEquals(before, db.connections.get(), "no database connection for the roles of logged-in users");
		assertEquals(Optional.of(Role.TEACHER), users.role("kim"), "a refused login is read from the database");
		assertEquals(Optional.empty(), users.role("nobody"));
		assertEquals(before + 2, db.connections.get());
	}

	/** The real PostgreSQL data source, counting the connections it opens. */
	private static final class Counting implements DataSource {
		private final DataSource delegate;
		final AtomicInteger connections = new AtomicInteger();

		Counting(DataSource delegate) {
			this.delegate = delegate;
		}

		@Override
		public Connection getConnection() throws SQLException {
			connections.incrementAndGet();
			return delegate.getConnection();
		}

		@Override
		public Connection getConnection(String user, String password) throws SQLException {
			connections.incrementAndGet();
			return delegate.getConnection(user, password);
		}

		@Override
		public PrintWriter getLogWriter() throws SQLException {
			return delegate.getLogWriter();
		}

		@Override
		public void setLogWriter(PrintWriter out) throws SQLException {
			delegate.setLogWriter(out);
		}

		@Override
		public void setLoginTimeout(int seconds) throws SQLException {
			delegate.setLoginTimeout(seconds);
		}

		@Override
		public int getLoginTimeout() throws SQLException {
			return delegate.getLoginTimeout();
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			return delegate.getParentLogger();
		}

		@Override
		public <T> T unwrap(Class<T> iface) throws SQLException {
			return delegate.unwrap(iface);
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) throws SQLException {
			return delegate.isWrapperFor(iface);
		}
	}
}
