// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.net4j.db.ddl.IDBTable;
import org.eclipse.net4j.db.h2.H2Adapter;

/**
 * CDO 4.7's H2 adapter, fixed for H2 2.x: "table not found" also comes as SQL state 42S03/42S04, and only tables of
 * schema PUBLIC are CDO's (H2 2.x lists INFORMATION_SCHEMA tables as TABLE too).
 */
final class H2v2Adapter extends H2Adapter {

	@Override
	public boolean isTableNotFoundException(SQLException ex) {
		String state = ex.getSQLState();
		return "42S02".equals(state) || "42S03".equals(state) || "42S04".equals(state)
				|| super.isTableNotFoundException(ex);
	}

	/**
	 * Reads a table's primary key and indexes as CDO's adapter does, but asks H2 for approximate index statistics: for
	 * exact ones H2 2.x reads every row of every index, which made a 10⁶-record store take 2.4 s to open in a new JVM
	 * (60 % of it here).
	 */
	@Override
	protected void readIndices(Connection connection, DatabaseMetaData metaData, IDBTable table, String schemaName)
			throws SQLException {
		String name = table.getName();
		try (ResultSet keys = metaData.getPrimaryKeys(null, schemaName, name)) {
			readIndices(connection, keys, table, 6, 0, 4, 5);
		}
		try (ResultSet indexes = metaData.getIndexInfo(null, schemaName, name, false, true)) {
			readIndices(connection, indexes, table, 6, 4, 9, 8);
		}
	}

	@Override
	protected ResultSet readTables(Connection connection, DatabaseMetaData metaData, String schemaName)
			throws SQLException {
		return metaData.getTables(null, schemaName == null ? "PUBLIC" : schemaName, null, new String[] { "TABLE" });
	}
}
