// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

import org.h2.Driver;

import dev.partforge.model.SchemaHistory;

/**
 * Finds the schema version of a database without opening CDO and without writing: the nsURIs of the package units
 * CDO stored, read over a read-only JDBC connection.
 */
final class SchemaProbe {

	/** The database does not exist yet. */
	static final int NONE = -1;

	/** The database exists but holds no PartForge model yet (nothing committed). */
	static final int EMPTY = 0;

	private SchemaProbe() {
	}

	/**
	 * Reads the stored schema version.
	 *
	 * @param dbDir the database directory
	 * @return {@link #NONE}, {@link #EMPTY} or the highest PartForge model version stored
	 * @throws SQLException if the database cannot be read
	 */
	static int storedVersion(Path dbDir) throws SQLException {
		if (!Files.exists(EmbeddedRepository.databaseFile(dbDir))) {
			return NONE;
		}
		Driver.load();
		try (Connection connection = DriverManager.getConnection(EmbeddedRepository.jdbcUrl(dbDir, true), "sa", "");
				Statement statement = connection.createStatement()) {
			if (!hasPackageTable(connection)) {
				return EMPTY;
			}
			int version = EMPTY;
			try (ResultSet rows = statement.executeQuery("SELECT URI FROM CDO_PACKAGE_INFOS")) {
				while (rows.next()) {
					OptionalInt v = SchemaHistory.versionOf(rows.getString(1));
					if (v.isPresent()) {
						version = Math.max(version, v.getAsInt());
					}
				}
			}
			return version;
		}
	}

	private static boolean hasPackageTable(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "CDO_PACKAGE_INFOS", null)) {
			return tables.next();
		}
	}
}
