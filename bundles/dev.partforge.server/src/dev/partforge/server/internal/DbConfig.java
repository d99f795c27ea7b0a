// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the team server's database is and how to log in: a {@code jdbc:postgresql://} URL without credentials, and
 * the user and password from a properties file ({@code user=}, {@code password=}) or from the environment
 * ({@value #USER_ENV}, {@value #PASSWORD_ENV}) — never from the command line, where other users could see them.
 *
 * @param url the JDBC URL
 * @param user the database user
 * @param password the database password
 */
record DbConfig(String url, String user, String password) {

	static final String USER_ENV = "PARTFORGE_DB_USER";
	static final String PASSWORD_ENV = "PARTFORGE_DB_PASSWORD";

	/**
	 * @param url the JDBC URL from {@code --db}
	 * @param credentials the file from {@code --db-credentials}, if given
	 * @param env the environment
	 * @return the configuration
	 * @throws IllegalArgumentException with a message for the user if something is missing or unsafe
	 * @throws IOException if the credentials file cannot be read
	 */
	static DbConfig of(String url, Optional<Path> credentials, Map<String, String> env) throws IOException {
		if (!url.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("--db must be a jdbc:postgresql://HOST[:PORT]/DATABASE URL: " + url);
		}
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.contains("password=") || lower.contains("user=") || url.substring(18).contains("@")) {
			throw new IllegalArgumentException("Put no credentials in --db (the command line is visible to other"
					+ " users): use --db-credentials FILE or " + USER_ENV + "/" + PASSWORD_ENV);
		}
		String user = env.get(USER_ENV);
		String password = env.get(PASSWORD_ENV);
		if (credentials.isPresent()) {
			Properties p = new Properties();
			try (Reader in = Files.newBufferedReader(credentials.get())) {
				p.load(in);
			}
			user = p.getProperty("user", user);
			password = p.getProperty("password", password);
		}
		if (user == null || password == null) {
			throw new IllegalArgumentException("No database credentials: give --db-credentials FILE (user=...,"
					+ " password=...) or set " + USER_ENV + " and " + PASSWORD_ENV);
		}
		return new DbConfig(url, user, password);
	}

	/** @return a data source for the database */
	DataSource dataSource() {
		PGSimpleDataSource ds = new PGSimpleDataSource();
		ds.setURL(url);
		ds.setUser(user);
		ds.setPassword(password);
		return ds;
	}

	@Override
	public String toString() {
		return "DbConfig[" + url + ", user " + user + "]"; // never the password
	}
}
