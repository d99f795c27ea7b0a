// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.cdo.common.commit.CDOCommitInfo;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.view.CDOQuery;
import org.eclipse.emf.cdo.view.CDOView;

import dev.partforge.model.SchemaHistory;
import dev.partforge.store.MigrationReport;

/**
 * An opened store: the repository, one long-lived read view, the table helper and the record id counter. All access
 * is serialised by the owning {@link CdoPartStore}.
 */
final class OpenStore implements AutoCloseable {

	private final StoreLayout layout;
	private final EmbeddedRepository repository;
	private final CDOView view;
	private final Tables tables;
	private final AtomicLong nextRecordId;
	private final MigrationReport migration;

	private OpenStore(StoreLayout layout, EmbeddedRepository repository, CDOView view, Tables tables,
			AtomicLong nextRecordId, MigrationReport migration) {
		this.layout = layout;
		this.repository = repository;
		this.view = view;
		this.tables = tables;
		this.nextRecordId = nextRecordId;
		this.migration = migration;
	}

	/**
	 * Opens the live database of a layout (already at the current schema or new).
	 *
	 * @param layout the layout
	 * @param migration what the migration on open did
	 * @return the open store
	 * @throws Exception any failure, mapped by the caller
	 */
	static OpenStore open(StoreLayout layout, MigrationReport migration) throws Exception {
		EmbeddedRepository repository = EmbeddedRepository.open(layout.db());
		try {
			StoreResources.ensure(repository);
			CDOView view = repository.session().openView();
			view.options().setRevisionPrefetchingPolicy(CDOUtil.createRevisionPrefetchingPolicy(1000));
			Tables tables = new Tables(repository.dataSource());
			tables.ensureIndexes();
			AtomicLong nextId = new AtomicLong(tables.maxRecordId() + 1);
			return new OpenStore(layout, repository, view, tables, nextId, migration);
		} catch (Exception | LinkageError e) {
			repository.close();
			throw e;
		}
	}

	StoreLayout layout() {
		return layout;
	}

	EmbeddedRepository repository() {
		return repository;
	}

	CDOView view() {
		return view;
	}

	Tables tables() {
		return tables;
	}

	MigrationReport migration() {
		return migration;
	}

	/** @return the next record id */
	long nextRecordId() {
		return nextRecordId.getAndIncrement();
	}

	/**
	 * Runs a CDO "sql" object query on a view, or returns nothing if the table does not exist yet.
	 *
	 * @param <T> the object type
	 * @param on the view or transaction
	 * @param table the table queried
	 * @param sql the query, selecting CDO_ID
	 * @param parameters named parameters ({@code :name})
	 * @param type the object type
	 * @return the objects
	 * @throws SQLException if the table check fails
	 */
	<T> List<T> query(CDOView on, String table, String sql, Map<String, Object> parameters, Class<T> type)
			throws SQLException {
		if (!tables.exists(table)) {
			return List.of();
		}
		CDOQuery query = on.createQuery("sql", sql);
		parameters.forEach(query::setParameter);
		return query.getResult(type);
	}

	/**
	 * Runs a CDO "sql" scalar query (rows as Object[]), or returns nothing if the table does not exist yet.
	 *
	 * @param table the table queried
	 * @param sql the query
	 * @return the rows
	 * @throws SQLException if the table check fails
	 */
	List<Object[]> rows(String table, String sql) throws SQLException {
		if (!tables.exists(table)) {
			return List.of();
		}
		CDOQuery query = view.createQuery("sql", sql);
		query.setParameter("cdoObjectQuery", false);
		return query.getResult().stream().map(r -> r instanceof Object[] a ? a : new Object[] { r }).toList();
	}

	/**
	 * Runs work in a new transaction and commits it. When this returns, the commit is on the storage device (written
	 * and synced) and the read view sees it: only then may a caller acknowledge the change.
	 *
	 * @param <R> the result type
	 * @param work the work; its result is computed before the commit
	 * @return the work's result
	 * @throws Exception if the work or the commit fails
	 */
	<R> R commit(Work<R> work) throws Exception {
		FreeSpace.require(layout.db(), "store the change");
		CDOTransaction tx = repository.session().openTransaction();
		try {
			R result = work.run(tx);
			if (tx.isDirty()) {
				CDOCommitInfo info = tx.commit();
				repository.sync();
				view.waitForUpdate(info.getTimeStamp(), TimeUnit.SECONDS.toMillis(30));
				tables.ensureIndexes();
			}
			return result;
		} finally {
			tx.close();
		}
	}

	/** @return the schema version of the open data */
	int version() {
		return SchemaHistory.CURRENT_VERSION;
	}

	@Override
	public void close() {
		view.close();
		repository.close();
	}

	/**
	 * Work done in a transaction.
	 *
	 * @param <R> the result type
	 */
	@FunctionalInterface
	interface Work<R> {
		/**
		 * @param tx the transaction
		 * @return the result
		 * @throws Exception any failure; nothing is committed then
		 */
		R run(CDOTransaction tx) throws Exception;
	}
}
