// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.eclipse.emf.cdo.view.CDOQuery;
import org.eclipse.emf.cdo.view.CDOView;

/**
 * The tables CDO maps the model to (created lazily, per class, on the first commit of an instance) and the indexes
 * the store adds to them. Column names are CDO's: upper-case feature names, reserved words suffixed with 0
 * ({@code key} → {@code KEY0}, {@code date} → {@code DATE0}).
 */
final class Tables {

	static final String PART = "STOREDPART";
	static final String RECORD = "USERRECORD";
	static final String PREFERENCE = "PREFERENCE";
	static final String STATE = "PARTSTATE";
	static final String OUTBOX = "OUTBOXENTRY";

	/** Index name, table, column. */
	private static final List<String[]> INDEXES = List.of( //
			new String[] { "PF_RECORD_PARTID", RECORD, "PARTID" }, //
			new String[] { "PF_RECORD_DIFFICULTY", RECORD, "DIFFICULTY" }, //
			new String[] { "PF_RECORD_DATE", RECORD, "DATE0" }, //
			new String[] { "PF_RECORD_ID", RECORD, "ID" }, //
			new String[] { "PF_PART_ID", PART, "ID" }, //
			new String[] { "PF_PREFERENCE_NAME", PREFERENCE, "NAME" }, //
			new String[] { "PF_STATE_PARTID", STATE, "PARTID" });

	private final DataSource dataSource;
	private final CDOView remote;
	private final Set<String> existing = new HashSet<>();
	private final Set<String> indexed = new HashSet<>();

	/**
	 * @param dataSource the repository's database
	 */
	Tables(DataSource dataSource) {
		this.dataSource = dataSource;
		this.remote = null;
	}

	/**
	 * Tables read through CDO "sql" queries, for a process using another process's store: no JDBC access, and the
	 * indexes are the host's job.
	 *
	 * @param remote a view of the host's repository
	 */
	Tables(CDOView remote) {
		this.dataSource = null;
		this.remote = remote;
	}

	/**
	 * @param table a table name
	 * @return whether CDO has created the table
	 * @throws SQLException if the metadata cannot be read
	 */
	synchronized boolean exists(String table) throws SQLException {
		if (existing.contains(table)) {
			return true;
		}
		if (remote != null) {
			boolean found = queryLong("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
					+ " AND TABLE_NAME = '" + table + "'") > 0;
			if (found) {
				existing.add(table);
			}
			return found;
		}
		try (Connection connection = dataSource.getConnection();
				ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", table, null)) {
			if (rows.next()) {
				existing.add(table);
				return true;
			}
			return false;
		}
	}

	/**
	 * Creates the missing indexes on the tables that exist (call after commits until all are there).
	 *
	 * @throws SQLException if an index cannot be created
	 */
	synchronized void ensureIndexes() throws SQLException {
		if (remote != null || indexed.size() == INDEXES.size()) {
			return;
		}
		for (String[] index : INDEXES) {
			if (!indexed.contains(index[0]) && exists(index[1])) {
				try (Connection connection = dataSource.getConnection();
						Statement statement = connection.createStatement()) {
					statement.execute("CREATE INDEX IF NOT EXISTS " + index[0] + " ON " + index[1] + "(" + index[2] + ")");
				}
				indexed.add(index[0]);
			}
		}
	}

	/**
	 * @param table a table
	 * @return its row count, 0 if it does not exist yet
	 * @throws SQLException if counting fails
	 */
	long count(String table) throws SQLException {
		return exists(table) ? queryLong("SELECT COUNT(*) FROM " + table) : 0;
	}

	/**
	 * @return the highest record id, 0 if there is none
	 * @throws SQLException if the query fails
	 */
	long maxRecordId() throws SQLException {
		return exists(RECORD) ? queryLong("SELECT COALESCE(MAX(ID), 0) FROM " + RECORD) : 0;
	}

	/**
	 * @param sql a query
	 * @return the query plan H2 uses for it
	 * @throws SQLException if EXPLAIN fails
	 */
	String explain(String sql) throws SQLException {
		if (remote != null) {
			throw new SQLException("EXPLAIN needs the database: run it in the process hosting the store");
		}
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/**
	 * @param values strings
	 * @return them as SQL string literals separated by commas, for {@code IN (...)}
	 */
	static String quoted(List<String> values) {
		return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
	}

	private long queryLong(String sql) throws SQLException {
		if (remote != null) {
			CDOQuery query = remote.createQuery("sql", sql);
			query.setParameter("cdoObjectQuery", false);
			Object value = query.getResult().get(0);
			return ((Number) (value instanceof Object[] row ? row[0] : value)).longValue();
		}
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
