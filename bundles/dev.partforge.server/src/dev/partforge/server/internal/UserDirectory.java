// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.eclipse.net4j.util.security.IAuthenticator;

/**
 * The team server's users, in the table {@code PF_USERS} of its PostgreSQL database (name, role, PBKDF2 hash). As
 * the repository's authenticator it refuses every session whose user is unknown or whose password does not match.
 */
public final class UserDirectory implements IAuthenticator {

	/** User names: what may appear in a resource path segment. */
	static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");

	private final DataSource database;
	/**
	 * The role of each user who logged in, read at login: the ownership check asks for it on every revision load, and
	 * a database round trip (a new PostgreSQL connection each) per load made a sync cycle cost seconds.
	 */
	private final Map<String, Role> loggedIn = new ConcurrentHashMap<>();

	/**
	 * @param database the server's database
	 */
	UserDirectory(DataSource database) {
		this.database = database;
	}

	/**
	 * Creates the users table if missing.
	 *
	 * @throws SQLException if the database refuses
	 */
	void ensureTable() throws SQLException {
		try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS PF_USERS (NAME VARCHAR(63) PRIMARY KEY, ROLE VARCHAR(16) NOT NULL,"
					+ " HASH VARCHAR(200) NOT NULL)");
		}
	}

	/**
	 * Adds a user.
	 *
	 * @param name the name ({@link #NAME})
	 * @param password the password (hashed here, never stored)
	 * @param role the role
	 * @throws SQLException if the database refuses
	 * @throws IllegalArgumentException if the name is invalid, taken, or the password empty
	 */
	public void add(String name, char[] password, Role role) throws SQLException {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A user name is 1-63 lower-case letters, digits, '_', '.' or '-',"
					+ " starting with a letter: '" + name + "'");
		}
		if (password.length == 0) {
			throw new IllegalArgumentException("The password of " + name + " is empty");
		}
		ensureTable();
		if (find(name).isPresent()) {
			throw new IllegalArgumentException("There is already a user " + name);
		}
		try (Connection c = database.getConnection();
				PreparedStatement s = c.prepareStatement("INSERT INTO PF_USERS (NAME, ROLE, HASH) VALUES (?, ?, ?)")) {
			s.setString(1, name);
			s.setString(2, role.name());
			s.setString(3, PasswordHash.hash(password));
			s.executeUpdate();
		}
	}

	/**
	 * Returns a user's role: as read at the user's last successful login (a role is fixed for a session), else from
	 * the database.
	 *
	 * @param name a user name
	 * @return the user's role, if the user exists
	 * @throws SQLException if the database refuses
	 */
	Optional<Role> role(String name) throws SQLException {
		Role known = loggedIn.get(name);
		return known != null ? Optional.of(known) : find(name).map(u -> Role.valueOf(u[0]));
	}

	/** @return role and hash of a user */
	private Optional<String[]> find(String name) throws SQLException {
		try (Connection c = database.getConnection();
				PreparedStatement s = c.prepareStatement("SELECT ROLE, HASH FROM PF_USERS WHERE NAME = ?")) {
			s.setString(1, name);
			try (ResultSet rows = s.executeQuery()) {
				return rows.next() ? Optional.of(new String[] { rows.getString(1), rows.getString(2) }) : Optional.empty();
			}
		}
	}

	@Override
	public void authenticate(String userID, char[] password) throws SecurityException {
		Optional<String[]> user;
		try {
			user = userID == null ? Optional.empty() : find(userID);
		} catch (SQLException e) {
			throw new SecurityException("The user directory cannot be read: " + e.getMessage(), e);
		}
		if (user.isEmpty() || password == null || !PasswordHash.matches(password, user.get()[1])) {
			throw new SecurityException("Unknown user or wrong password: " + userID);
		}
		loggedIn.put(userID, Role.valueOf(user.get()[0]));
	}
}
