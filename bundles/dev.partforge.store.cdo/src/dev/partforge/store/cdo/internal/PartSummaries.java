// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.emf.cdo.common.id.CDOIDUtil;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.Units;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartSummary;

/**
 * Part summaries as two SQL projections on CDO's tables (the parts joined with their recipes, the best completed
 * time per part), so that listing a large library reads a few columns per part instead of loading every part
 * object with its recipe tree.
 */
final class PartSummaries {

	private static final String COLUMNS = "SELECT P.ID, R.CDO_ID, R.NAME, R.DIFFICULTY, R.UNITS, R.SEED, P.BOOKMARKED,"
			+ " P.COMPLETED, P.LASTVIEWED FROM " + Tables.PART + " P LEFT JOIN PARTRECIPE R ON R.CDO_ID = P.RECIPE";

	static final String BEST = "SELECT PARTID, MIN(TIMESPENT) FROM " + Tables.RECORD
			+ " WHERE COMPLETED = TRUE GROUP BY PARTID";

	private PartSummaries() {
	}

	/**
	 * @param partsResource the CDO id of the parts resource (only its parts are listed)
	 * @param query         the filter
	 * @return the SQL selecting the matching parts' summary columns, ordered by id
	 */
	static String sql(long partsResource, PartQuery query) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE P.CDO_VERSION > 0 AND P.CDO_RESOURCE = ")
				.append(partsResource);
		if (query.bookmarked() != null) {
			sql.append(" AND P.BOOKMARKED = ").append(query.bookmarked().booleanValue());
		}
		if (query.completed() != null) {
			sql.append(" AND P.COMPLETED = ").append(query.completed().booleanValue());
		}
		if (query.difficulty() != null) {
			sql.append(" AND R.DIFFICULTY = ").append(query.difficulty().getValue());
		}
		return sql.append(" ORDER BY P.ID").toString();
	}

	static List<PartSummary> list(OpenStore store, PartQuery query) throws SQLException {
		long resource = CDOIDUtil.getLong(store.view().getResource(StoreResources.PARTS).cdoID());
		List<Object[]> rows = store.rows(Tables.PART, sql(resource, query));
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, Long> best = new HashMap<>();
		for (Object[] row : store.rows(Tables.RECORD, BEST)) {
			best.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
		}
		List<PartSummary> result = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			result.add(summary(row, best));
		}
		return result;
	}

	static PartSummary summary(Object[] row, Map<String, Long> best) {
		String id = (String) row[0];
		boolean recipe = row[1] != null;
		Long time = best.get(id);
		return new PartSummary(id, recipe && row[2] != null ? (String) row[2] : id,
				recipe ? Difficulty.get(intOr(row[3], ModelPackage.Literals.PART_RECIPE__DIFFICULTY)) : null,
				recipe ? Units.get(intOr(row[4], ModelPackage.Literals.PART_RECIPE__UNITS)) : null,
				row[5] == null ? 0 : ((Number) row[5]).longValue(), Boolean.TRUE.equals(row[6]),
				Boolean.TRUE.equals(row[7]), instant(row[8]), time == null ? OptionalLong.empty() : OptionalLong.of(time));
	}

	/** An unset enum column means the attribute's default literal, as on the loaded object. */
	private static int intOr(Object value, EAttribute attribute) {
		if (value != null) {
			return ((Number) value).intValue();
		}
		return ((Enumerator) attribute.getDefaultValue()).getValue();
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		return Instant.ofEpochMilli(((Number) value).longValue());
	}
}
