// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.eclipse.net4j.db.DBType;
import org.eclipse.net4j.db.ddl.IDBField;
import org.eclipse.net4j.db.ddl.IDBTable;
import org.eclipse.net4j.spi.db.DBAdapter;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Net4j DB adapter for PostgreSQL 15 (CDO 4.7 on Maven Central has none): PostgreSQL type names, its reserved words,
 * its SQL states, and a savepoint around {@code CREATE TABLE}, which Net4j issues to probe for a table (a failed
 * statement would otherwise abort the whole PostgreSQL transaction).
 */
public final class PostgreSQLAdapter extends DBAdapter {

	/** The adapter name. */
	public static final String NAME = "postgresql";

	/** Reserved key words of PostgreSQL 15 (SQL key words appendix: "reserved" and "reserved (can be ...)"). */
	private static final String[] RESERVED = ("ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION"
			+ " BETWEEN BIGINT BINARY BIT BOOLEAN BOTH CASE CAST CHAR CHARACTER CHECK COALESCE COLLATE COLLATION COLUMN"
			+ " CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE CURRENT_SCHEMA"
			+ " CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEC DECIMAL DEFAULT DEFERRABLE DESC DISTINCT DO ELSE END"
			+ " EXCEPT EXISTS EXTRACT FALSE FETCH FLOAT FOR FOREIGN FREEZE FROM FULL GRANT GREATEST GROUP GROUPING HAVING"
			+ " ILIKE IN INITIALLY INNER INOUT INT INTEGER INTERSECT INTERVAL INTO IS ISNULL JOIN LATERAL LEADING LEAST"
			+ " LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATIONAL NATURAL NCHAR NONE NORMALIZE NOT NOTNULL NULL NULLIF"
			+ " NUMERIC OFFSET ON ONLY OR ORDER OUT OUTER OVERLAPS OVERLAY PLACING POSITION PRECISION PRIMARY REAL"
			+ " REFERENCES RETURNING RIGHT ROW SELECT SESSION_USER SETOF SIMILAR SMALLINT SOME SUBSTRING SYMMETRIC"
			+ " SYSTEM_USER TABLE TABLESAMPLE THEN TIME TIMESTAMP TO TRAILING TREAT TRIM TRUE UNION UNIQUE USER USING"
			+ " VALUES VARCHAR VARIADIC VERBOSE WHEN WHERE WINDOW WITH").split(" ");

	/** Creates the adapter. */
	public PostgreSQLAdapter() {
		super(NAME, "15");
	}

	@Override
	public Driver getJDBCDriver() {
		return new org.postgresql.Driver();
	}

	@Override
	public DataSource createJDBCDataSource() {
		return new PGSimpleDataSource();
	}

	@Override
	public int getMaxTableNameLength() {
		return 63;
	}

	@Override
	public int getMaxFieldNameLength() {
		return 63;
	}

	@Override
	public String[] getReservedWords() {
		return RESERVED.clone();
	}

	@Override
	protected String getTypeName(IDBField field) {
		return switch (field.getType()) {
		case BIT, BOOLEAN -> "BOOLEAN";
		case TINYINT -> "SMALLINT";
		case DOUBLE, FLOAT -> "DOUBLE PRECISION";
		case VARCHAR, LONGVARCHAR, CLOB, CHAR -> "TEXT";
		case BINARY, VARBINARY, LONGVARBINARY, BLOB -> "BYTEA";
		default -> super.getTypeName(field);
		};
	}

	/** pgjdbc maps Blob to large objects (oid), not bytea: store BLOBs as plain bytes. */
	@Override
	public DBType adaptType(DBType type) {
		return type == DBType.BLOB ? DBType.VARBINARY : super.adaptType(type);
	}

	/** The tables of the connection's schema only, never those of pg_catalog or information_schema. */
	@Override
	protected ResultSet readTables(Connection connection, DatabaseMetaData metaData, String schemaName)
			throws SQLException {
		String schema = schemaName == null ? connection.getSchema() : schemaName.toLowerCase(Locale.ROOT);
		return metaData.getTables(null, schema, null, new String[] { "TABLE" });
	}

	@Override
	public boolean isDuplicateKeyException(SQLException ex) {
		return "23505".equals(ex.getSQLState());
	}

	@Override
	public boolean isTableNotFoundException(SQLException ex) {
		return "42P01".equals(ex.getSQLState());
	}

	@Override
	public boolean isColumnNotFoundException(SQLException ex) {
		return "42703".equals(ex.getSQLState());
	}

	@Override
	protected String sqlModifyField(String tableName, String fieldName, String definition) {
		return "ALTER TABLE " + tableName + " ALTER COLUMN " + fieldName + " TYPE " + definition;
	}

	@Override
	protected void doCreateTable(IDBTable table, Statement statement) throws SQLException {
		Connection connection = statement.getConnection();
		Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
		try {
			super.doCreateTable(table, statement);
		} catch (SQLException e) {
			if (before != null) {
				connection.rollback(before);
			}
			throw e;
		}
		if (before != null) {
			connection.releaseSavepoint(before);
		}
	}
}
