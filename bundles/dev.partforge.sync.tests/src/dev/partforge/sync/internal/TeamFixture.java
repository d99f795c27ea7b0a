// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import dev.partforge.server.internal.Role;
import dev.partforge.server.internal.TeamServer;
import dev.partforge.tests.common.PostgresCluster;

/** A real team server on a real PostgreSQL cluster created for one test class, with users alice and bob. */
final class TeamFixture implements AutoCloseable {

	private final PostgresCluster postgres;
	private final TeamServer server;

	private TeamFixture(PostgresCluster postgres, TeamServer server) {
		this.postgres = postgres;
		this.server = server;
	}

	static TeamFixture start() throws Exception {
		PostgresCluster postgres = PostgresCluster.start();
		try {
			TeamServer server = TeamServer.start(postgres.dataSource(), "127.0.0.1", 0);
			server.users().add("alice", "alice-pw".toCharArray(), Role.STUDENT);
			server.users().add("bob", "bob-pw".toCharArray(), Role.STUDENT);
			return new TeamFixture(postgres, server);
		} catch (Exception e) {
			postgres.close();
			throw e;
		}
	}

	/** Adds a student with the password {@code <name>-pw}. */
	void addUser(String name) throws Exception {
		server.users().add(name, (name + "-pw").toCharArray(), Role.STUDENT);
	}

	InetSocketAddress address() throws java.io.IOException {
		return server.address();
	}

	/** Counts rows in the server's PostgreSQL database. */
	long count(String sql) throws Exception {
		try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	@Override
	public void close() throws Exception {
		try {
			server.close();
		} finally {
			postgres.close();
		}
	}
}
