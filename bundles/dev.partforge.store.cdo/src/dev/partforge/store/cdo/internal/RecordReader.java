// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.UserRecord;
import dev.partforge.store.AttemptHistory;
import dev.partforge.store.AttemptStats;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.Statistics;

/** Record queries and statistics, as SQL on the indexed record table. */
final class RecordReader {

	private static final String AGGREGATES = "COUNT(*), SUM(CASE WHEN COMPLETED THEN 1 ELSE 0 END), "
			+ "COALESCE(SUM(TIMESPENT), 0), MIN(CASE WHEN COMPLETED THEN TIMESPENT END)";

	private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
	private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

	private RecordReader() {
	}

	/**
	 * @param query the filter
	 * @return the SQL selecting the matching records' rows (all columns, in table order), ordered by id
	 */
	static String sql(RecordQuery query) {
		StringBuilder sql = new StringBuilder("SELECT * FROM USERRECORD WHERE 1 = 1");
		if (query.partId() != null) {
			sql.append(" AND PARTID = :partId");
		}
		if (query.difficulty() != null) {
			sql.append(" AND DIFFICULTY = :difficulty");
		}
		if (query.from() != null) {
			sql.append(" AND DATE0 >= :from");
		}
		if (query.to() != null) {
			sql.append(" AND DATE0 < :to");
		}
		return sql.append(" ORDER BY ID").toString();
	}

	/**
	 * Lists the records matching a query as new, detached objects built from the rows of one read-only query
	 * ({@link OpenStore#rows}): no CDO object is loaded and copied for them, which cost 1.5x–7x the SQL itself.
	 *
	 * @param store the open store
	 * @param query the filter
	 * @return the records, ordered by id
	 * @throws Exception if the query fails
	 */
	static List<UserRecord> list(OpenStore store, RecordQuery query) throws Exception {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (query.partId() != null) {
			parameters.put("partId", query.partId());
		}
		if (query.difficulty() != null) {
			parameters.put("difficulty", query.difficulty().getValue());
		}
		if (query.from() != null) {
			parameters.put("from", Date.from(query.from()));
		}
		if (query.to() != null) {
			parameters.put("to", Date.from(query.to()));
		}
		List<Object[]> rows = store.rows(Tables.RECORD, sql(query), parameters);
		if (rows.isEmpty()) {
			return List.of();
		}
		RowMapping mapping = new RowMapping(ModelPackage.Literals.USER_RECORD, store.tables().columns(Tables.RECORD));
		List<UserRecord> result = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			result.add((UserRecord) mapping.object(row));
		}
		return result;
	}

	/**
	 * Reads every record's date, time spent, difficulty, completion and check result as columns ({@link AttemptHistory}:
	 * dated records oldest first, then the undated as stored), one row at a time without an object per record, and the
	 * newest records as objects.
	 *
	 * @param store  the open store
	 * @param newest how many of the newest records to read as objects
	 * @return the history
	 * @throws Exception if a query fails
	 */
	static AttemptHistory history(OpenStore store, int newest) throws Exception {
		AttemptHistory.Builder columns = new AttemptHistory.Builder();
		List<String> names = store.tables().columns(Tables.RECORD);
		if (names.isEmpty()) {
			return columns.build(List.of()); // no record table before the first record
		}
		Consumer<Object[]> add = row -> columns.add(row[0] == null ? null : RowMapping.date(row[0]),
				row[1] == null ? 0 : ((Number) row[1]).longValue(), row[2] == null ? null : Difficulty.get(((Number) row[2]).intValue()),
				flag(row[3]), row[4] == null ? null : CheckResult.get(((Number) row[4]).intValue()));
		String[] history = historySql(names);
		store.each(Tables.RECORD, history[0], Map.of(), add);
		store.each(Tables.RECORD, history[1], Map.of(), add);
		String date = RowMapping.column(ModelPackage.Literals.USER_RECORD__DATE, names);
		List<Object[]> rows = store.rows(Tables.RECORD,
				"SELECT * FROM USERRECORD ORDER BY " + date + " DESC NULLS LAST, _ROWID_ DESC LIMIT :limit", Map.of("limit", newest));
		RowMapping mapping = new RowMapping(ModelPackage.Literals.USER_RECORD, names);
		List<UserRecord> recent = new ArrayList<>(rows.size());
		rows.forEach(row -> recent.add((UserRecord) mapping.object(row)));
		return columns.build(recent);
	}

	/**
	 * @param names the record table's columns
	 * @return the queries of the history's columns: the dated records by date (read from the index
	 *         {@code PF_RECORD_HISTORY} alone, which holds these columns in that order, and streamed: a sort by a second
	 *         column would collect all 10⁶ rows first), and the undated as stored
	 */
	static String[] historySql(List<String> names) {
		String date = RowMapping.column(ModelPackage.Literals.USER_RECORD__DATE, names);
		String select = "SELECT " + String.join(", ", date,
				RowMapping.column(ModelPackage.Literals.USER_RECORD__TIME_SPENT, names),
				RowMapping.column(ModelPackage.Literals.USER_RECORD__DIFFICULTY, names),
				RowMapping.column(ModelPackage.Literals.USER_RECORD__COMPLETED, names),
				RowMapping.column(ModelPackage.Literals.USER_RECORD__RESULT, names)) + " FROM USERRECORD WHERE " + date;
		return new String[] { select + " IS NOT NULL ORDER BY " + date, select + " IS NULL ORDER BY _ROWID_" };
	}

	private static boolean flag(Object value) {
		return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
	}

	static Statistics statistics(OpenStore store) throws Exception {
		List<AttemptStats> perDifficulty = new ArrayList<>();
		for (Object[] row : store.rows(Tables.RECORD,
				"SELECT DIFFICULTY, " + AGGREGATES + " FROM USERRECORD GROUP BY DIFFICULTY ORDER BY DIFFICULTY")) {
			Difficulty d = row[0] == null ? null : Difficulty.get(((Number) row[0]).intValue());
			perDifficulty.add(stats(d == null ? "UNKNOWN" : d.getName(), row));
		}
		List<AttemptStats> perPart = new ArrayList<>();
		for (Object[] row : store.rows(Tables.RECORD,
				"SELECT PARTID, " + AGGREGATES + " FROM USERRECORD GROUP BY PARTID ORDER BY PARTID")) {
			perPart.add(stats(String.valueOf(row[0]), row));
		}
		return new Statistics(perDifficulty, perPart);
	}

	private static AttemptStats stats(String group, Object[] row) {
		OptionalLong best = row[4] == null ? OptionalLong.empty() : OptionalLong.of(((Number) row[4]).longValue());
		return new AttemptStats(group, ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
				saturated((Number) row[3]), best);
	}

	/**
	 * H2 sums BIGINT as NUMERIC: a total beyond {@link Long#MAX_VALUE} stays at it instead of wrapping around.
	 */
	static long saturated(Number sum) {
		BigDecimal value = sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
		return value.min(LONG_MAX).max(LONG_MIN).longValue();
	}
}
