// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.h2.Driver;

import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.StorageFullException;

/**
 * Verifies a database that was not closed cleanly (it has no {@link FileSeal}: the process that had it open was killed
 * or the machine went down) before anything opens it for writing: a copy of it, in a temporary directory, is opened
 * as the store would open it (H2 recovers from the crash on the copy), every row of every table is read (H2 checks
 * the pages on the way), and the model's identities are checked (no part id or record id twice). Only a database that
 * passes is opened writable (and sealed again when the store closes it); one that fails is reported as damaged and
 * left byte for byte as it was.
 */
final class CrashCheck {

	private static final System.Logger LOG = System.getLogger(CrashCheck.class.getName());

	/** Identity columns of the model tables: table, column. */
	private static final List<String[]> UNIQUE = List.of(new String[] { Tables.PART, "ID" },
			new String[] { Tables.RECORD, "ID" });

	private CrashCheck() {
	}

	/**
	 * Checks an unsealed database; does nothing for a sealed or missing one. It is not sealed here (a program outside
	 * PartForge may still hold it open): the store seals it when it closes it cleanly.
	 *
	 * @param dbDir the database directory
	 * @throws CorruptStoreException if the database cannot be read completely or breaks the model's identities
	 * @throws IOException if the copy cannot be made
	 */
	static void verifyUnsealed(Path dbDir) throws IOException {
		Path file = EmbeddedRepository.databaseFile(dbDir);
		if (!Files.exists(file) || FileSeal.sealed(dbDir)) {
			return;
		}
		LOG.log(Level.INFO, "The database " + file + " was not closed cleanly; verifying it before using it");
		List<String> problems = new ArrayList<>();
		Path copy = Files.createTempDirectory("partforge-check");
		try {
			Files.copy(file, EmbeddedRepository.databaseFile(copy));
			try {
				problems.addAll(readAll(copy));
			} catch (SQLException | RuntimeException e) {
				if (Failures.map("check the database", dbDir, e) instanceof StorageFullException full) {
					throw full;
				}
				LOG.log(Level.WARNING, "Cannot read all of the database " + file + " after an unclean end", e);
				throw damaged(file, rootMessage(e), e);
			}
		} finally {
			StoreLayout.deleteTree(copy);
		}
		if (!problems.isEmpty()) {
			throw damaged(file, String.join("; ", problems), null);
		}
	}

	/**
	 * Opens a copy of the database the way the store opens the original (writable: H2 recovers from the crash, which
	 * reads more than a read-only open does) and reads all of it.
	 */
	private static List<String> readAll(Path dbDir) throws SQLException {
		Driver.load();
		List<String> problems = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(EmbeddedRepository.jdbcUrl(dbDir, false), "sa", "");
				Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					tables.add(rows.getString("TABLE_NAME"));
				}
			}
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
					int columns = rows.getMetaData().getColumnCount();
					while (rows.next()) {
						for (int c = 1; c <= columns; c++) {
							rows.getObject(c);
						}
					}
				}
			}
			for (String[] unique : UNIQUE) {
				if (tables.contains(unique[0])) {
					try (ResultSet rows = statement.executeQuery("SELECT " + unique[1] + ", COUNT(*) FROM " + unique[0]
							+ " GROUP BY " + unique[1] + " HAVING COUNT(*) > 1")) {
						while (rows.next()) {
							problems.add(unique[0] + "." + unique[1] + " " + rows.getString(1) + " is stored "
									+ rows.getLong(2) + " times");
						}
					}
				}
			}
			statement.execute("SHUTDOWN");
		}
		return problems;
	}

	private static CorruptStoreException damaged(Path file, String why, Throwable cause) {
		return new CorruptStoreException("The database file " + file + " is damaged: PartForge ended without closing"
				+ " it and it does not pass the check (" + why + "). It was left unchanged. Restore the newest backup"
				+ " with 'partforge store restore' (or Restore... in the Storage view); the damaged database is kept"
				+ " aside.", cause);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
		return root.getClass().getSimpleName() + ": " + message;
	}
}
