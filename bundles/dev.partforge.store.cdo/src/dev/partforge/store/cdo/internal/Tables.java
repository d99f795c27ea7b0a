// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

	/** A named query parameter. */
	private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

	/** At most this many idle read connections are kept. */
	private static final int READERS = 4;

	/** Index name, table, column. */
	private static final List<String[]> INDEXES = List.of( //
			new String[] { "PF_RECORD_PARTID", RECORD, "PARTID" }, //
			// the attempt history reads these columns of every record in date order from this index alone, not from the
			// rows (JDBC, 10⁶ records, a new JVM: 0.52 s and 0.35 GB allocated instead of 3.4 s and 1.6 GB sorting the
			// rows by the index on the date alone; +5.6 bytes a record, store benchmark at 10⁶)
			new String[] { "PF_RECORD_HISTORY", RECORD, "DATE0, TIMESPENT, DIFFICULTY, COMPLETED, RESULT0" }, //
			new String[] { "PF_RECORD_ID", RECORD, "ID" }, //
			new String[] { "PF_PART_ID", PART, "ID" }, //
			new String[] { "PF_PREFERENCE_NAME", PREFERENCE, "NAME" }, //
			new String[] { "PF_STATE_PARTID", STATE, "PARTID" });

	/**
	 * Indexes that cost disk and every insert and serve no query, dropped where found (2026-12-05; 10⁶ records: 5.5 MB
	 * each, 11 of 162 MB): the store's former index on the record's difficulty (three values: never selective enough
	 * to beat a scan), CDO's index on the records' {@code CDO_REVISED}, which is 0 in every row of a repository
	 * without audits, and the store's former index on the date alone, which {@code PF_RECORD_HISTORY} begins with.
	 */
	private static final String UNUSED_INDEXES = "SELECT DISTINCT C.INDEX_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS C"
			+ " WHERE C.TABLE_SCHEMA = 'PUBLIC' AND C.TABLE_NAME = '" + RECORD + "' AND C.COLUMN_NAME IN ('DIFFICULTY', 'CDO_REVISED', 'DATE0')"
			+ " AND (SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS O WHERE O.TABLE_SCHEMA = 'PUBLIC'"
			+ " AND O.INDEX_NAME = C.INDEX_NAME) = 1";

	private final DataSource dataSource;
	private final CDOView remote;
	private final Set<String> existing = new HashSet<>();
	private final Set<String> indexed = new HashSet<>();
	private final Map<String, List<String>> columns = new HashMap<>();
	/** Idle read connections kept for {@link #rows} (H2 sessions, each with its own statement cache). */
	private final Queue<Connection> readers = new ConcurrentLinkedQueue<>();
	private boolean pruned;
	private volatile boolean closed;

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
	 * @param table a table that exists
	 * @return its column names in table order (as {@code SELECT *} returns them)
	 * @throws SQLException if the metadata cannot be read
	 */
	synchronized List<String> columns(String table) throws SQLException {
		List<String> known = columns.get(table);
		if (known != null) {
			return known;
		}
		String sql = "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '"
				+ table + "' ORDER BY ORDINAL_POSITION";
		List<String> found = new ArrayList<>();
		if (remote != null) {
			CDOQuery query = remote.createQuery("sql", sql);
			query.setParameter("cdoObjectQuery", false);
			for (Object value : query.getResult()) {
				found.add(String.valueOf(value instanceof Object[] row ? row[0] : value));
			}
		} else {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(sql)) {
				while (rows.next()) {
					found.add(rows.getString(1));
				}
			}
		}
		if (!found.isEmpty()) {
			columns.put(table, List.copyOf(found));
		}
		return found;
	}

	/**
	 * Runs a read-only query and returns its rows. In the process hosting the store it runs on the database directly
	 * (JDBC): what a commit wrote is on the database before the commit returns, and a CDO query costs a round trip
	 * through the repository's query manager plus a cancel request, several milliseconds per query, more than the
	 * query itself. Elsewhere it is a CDO "sql" scalar query on the host. Writes never take this path.
	 *
	 * @param sql the query; named parameters as {@code :name}, no string literals containing a colon
	 * @param parameters the parameters' values (a {@link java.util.Date} is passed as a timestamp)
	 * @return the rows, each as Object[]
	 * @throws SQLException if the query fails
	 */
	List<Object[]> rows(String sql, Map<String, Object> parameters) throws SQLException {
		List<Object[]> rows = new ArrayList<>();
		each(sql, parameters, rows::add);
		return rows;
	}

	/**
	 * Runs a read-only query like {@link #rows} and hands its rows to a consumer one at a time, as the database returns
	 * them, without collecting them first (10⁶ rows of a few columns).
	 *
	 * @param sql        the query; named parameters as {@code :name}
	 * @param parameters the parameters' values
	 * @param row        receives each row, a new array each time
	 * @throws SQLException if the query fails
	 */
	void each(String sql, Map<String, Object> parameters, Consumer<Object[]> row) throws SQLException {
		if (remote != null) {
			CDOQuery query = remote.createQuery("sql", sql);
			parameters.forEach(query::setParameter);
			query.setParameter("cdoObjectQuery", false);
			for (Object r : query.getResult()) {
				row.accept(r instanceof Object[] a ? a : new Object[] { r });
			}
			return;
		}
		List<Object> values = new ArrayList<>();
		Matcher names = PARAMETER.matcher(sql);
		StringBuilder jdbc = new StringBuilder();
		while (names.find()) {
			if (!parameters.containsKey(names.group(1))) {
				throw new SQLException("No value for parameter :" + names.group(1) + " of " + sql);
			}
			values.add(parameters.get(names.group(1)));
			names.appendReplacement(jdbc, "?");
		}
		names.appendTail(jdbc);
		Connection connection = reader();
		boolean healthy = false;
		try (PreparedStatement statement = connection.prepareStatement(jdbc.toString())) {
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				statement.setObject(i + 1, value instanceof java.util.Date d ? new Timestamp(d.getTime()) : value);
			}
			try (ResultSet result = statement.executeQuery()) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					Object[] cells = new Object[columns];
					for (int c = 0; c < columns; c++) {
						cells[c] = result.getObject(c + 1);
					}
					row.accept(cells);
				}
			}
			healthy = true;
		} finally {
			release(connection, healthy);
		}
	}

	/**
	 * @return an idle read connection, or a new one: a new connection is a new H2 session, which parses and plans
	 *         every statement again (JMH, 10⁶ records, 1,000 rows by partId through the store: 8.08 ms with a new
	 *         connection per query, 6.92 ms with kept ones; the bare SQL 6.4 ms)
	 */
	private Connection reader() throws SQLException {
		Connection idle = readers.poll();
		if (idle != null) {
			return idle;
		}
		Connection created = dataSource.getConnection();
		try (Statement statement = created.createStatement()) {
			// rows stream to the reader as H2 finds them; otherwise a result of more than H2's in-memory row limit is
			// first written to a temporary map (the attempt history of 10⁶ records: 1.0–1.4 s and 538 MB a read)
			statement.execute("SET LAZY_QUERY_EXECUTION TRUE");
		} catch (SQLException e) {
			created.close();
			throw e;
		}
		return created;
	}

	/**
	 * Keeps a read connection for the next query, up to {@value #READERS}; closes it after a failure, and when
	 * {@link #close} ran meanwhile (it may have emptied the queue before this connection was added).
	 */
	private void release(Connection connection, boolean healthy) throws SQLException {
		boolean kept = healthy && !closed && readers.size() < READERS && readers.add(connection);
		if (!kept || closed && readers.remove(connection)) {
			connection.close();
		}
	}

	/**
	 * Closes the kept read connections (before the database shuts down).
	 */
	void close() {
		closed = true;
		for (Connection c; (c = readers.poll()) != null;) {
			try {
				c.close();
			} catch (SQLException e) {
				System.getLogger(Tables.class.getName()).log(System.Logger.Level.WARNING, "Cannot close a read connection", e);
			}
		}
	}

	/**
	 * Creates the missing indexes on the tables that exist (call after commits until all are there) and drops the
	 * unused ones ({@link #UNUSED_INDEXES}).
	 *
	 * @throws SQLException if an index cannot be created
	 */
	synchronized void ensureIndexes() throws SQLException {
		if (remote != null || indexed.size() == INDEXES.size() && pruned) {
			return;
		}
		if (!pruned && exists(RECORD)) {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				List<String> unused = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery(UNUSED_INDEXES)) {
					while (rows.next()) {
						unused.add(rows.getString(1));
					}
				}
				for (String index : unused) {
					statement.execute("DROP INDEX IF EXISTS \"" + index + "\"");
				}
			}
			pruned = true;
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
	 * Sizes H2's page cache (in the process hosting the store; elsewhere nothing happens).
	 *
	 * @param kilobytes the cache size in KiB
	 * @throws SQLException if H2 refuses it
	 */
	void pageCache(long kilobytes) throws SQLException {
		if (remote != null) {
			return;
		}
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET CACHE_SIZE " + kilobytes);
		}
	}

	/**
	 * @return H2's page cache: used and maximum size in KiB; empty in a process that does not host the store
	 * @throws SQLException if the figures cannot be read
	 */
	Optional<long[]> pageCacheFigures() throws SQLException {
		if (remote != null) {
			return Optional.empty();
		}
		Map<String, String> info = new HashMap<>();
		for (Object[] row : rows("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
				+ " WHERE SETTING_NAME IN ('info.CACHE_SIZE', 'info.CACHE_MAX_SIZE')", Map.of())) {
			info.put(row[0].toString(), row[1].toString().strip());
		}
		if (info.size() < 2) {
			return Optional.empty();
		}
		// H2 reports the sizes in MiB
		return Optional.of(new long[] { Long.parseLong(info.get("info.CACHE_SIZE")) * 1024,
				Long.parseLong(info.get("info.CACHE_MAX_SIZE")) * 1024 });
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
