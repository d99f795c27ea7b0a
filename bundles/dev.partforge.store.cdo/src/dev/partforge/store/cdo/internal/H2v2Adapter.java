// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

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

	@Override
	protected ResultSet readTables(Connection connection, DatabaseMetaData metaData, String schemaName)
			throws SQLException {
		return metaData.getTables(null, schemaName == null ? "PUBLIC" : schemaName, null, new String[] { "TABLE" });
	}
}
