// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL 15 cluster for one test class: {@code initdb} in a new temporary directory (as the
 * {@code postgres} user when the tests run as root, since initdb refuses root), {@code pg_ctl start} on a free
 * loopback port with password (SCRAM) authentication, one database; stopped and deleted on {@link #close()}. Shared by
 * the team server's and the sync service's tests.
 */
public final class PostgresCluster implements AutoCloseable {

	/** Debian's PostgreSQL 15 binaries. */
	public static final String BIN = "/usr/lib/postgresql/15/bin";
	/** The cluster's superuser. */
	public static final String SUPERUSER = "partforge";
	/** The superuser's password. */
	public static final String PASSWORD = "test-db-secret";
	/** The test database. */
	public static final String DATABASE = "partforge";

	private final Path dir;
	private final int port;
	private final boolean asPostgres;

	private PostgresCluster(Path dir, int port, boolean asPostgres) {
		this.dir = dir;
		this.port = port;
		this.asPostgres = asPostgres;
	}

	/**
	 * Creates and starts a cluster.
	 *
	 * @return the running cluster
	 * @throws Exception if initdb, pg_ctl or CREATE DATABASE fail
	 */
	public static PostgresCluster start() throws Exception {
		Path dir = Files.createTempDirectory("partforge-pg");
		boolean root = "root".equals(System.getProperty("user.name"));
		Path pwfile = dir.resolve("pwfile");
		Files.writeString(pwfile, PASSWORD + "\n");
		if (root) {
			UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
			Files.setOwner(dir, postgres);
			Files.setOwner(pwfile, postgres);
		}
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		PostgresCluster cluster = new PostgresCluster(dir, port, root);
		cluster.run(BIN + "/initdb", "-D", dir.resolve("data").toString(), "-U", SUPERUSER, "--pwfile=" + pwfile,
				"--auth=scram-sha-256", "-E", "UTF8", "--no-sync");
		cluster.run(BIN + "/pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w",
				"-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
		try (Connection c = cluster.dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + DATABASE);
		}
		return cluster;
	}

	/** @return the JDBC URL of the test database (no credentials in it) */
	public String url() {
		return url(DATABASE);
	}

	private String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** @return a data source with the superuser's credentials */
	public DataSource dataSource() {
		return dataSource(DATABASE);
	}

	/** A data source rather than DriverManager: in OSGi the driver is found through the bundle's imports. */
	private DataSource dataSource(String database) {
		PGSimpleDataSource ds = new PGSimpleDataSource();
		ds.setURL(url(database));
		ds.setUser(SUPERUSER);
		ds.setPassword(PASSWORD);
		return ds;
	}

	/**
	 * Runs SQL as the superuser.
	 *
	 * @param sql the statement
	 * @throws SQLException if it fails
	 */
	public void execute(String sql) throws SQLException {
		try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private void run(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		if (asPostgres) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes());
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(String.join(" ", line) + " failed: " + output);
		}
	}

	@Override
	public void close() throws Exception {
		try {
			run(BIN + "/pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(f);
				}
			}
		}
	}
}
