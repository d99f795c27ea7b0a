// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.emf.cdo.common.commit.CDOCommitInfo;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.util.ConcurrentAccessException;
import org.eclipse.emf.cdo.view.CDOQuery;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.net4j.util.concurrent.IRWLockManager;

import dev.partforge.model.SchemaHistory;
import dev.partforge.store.MigrationReport;
import dev.partforge.store.StoreException;

/**
 * An opened store: the repository (embedded, or hosted by another process and reached through a
 * {@link LibraryClient}), one long-lived read view, the table helper and the record id counter. All access is
 * serialised by the owning {@link CdoPartStore}.
 */
final class OpenStore implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(OpenStore.class.getName());

	/** How long a transaction waits for the record id lock. */
	private static final long LOCK_MILLIS = 30_000;

	/**
	 * Commit attempts when another process changed the same objects meanwhile. Record writes lock what they change
	 * ({@link #lockForUpdate}), so only unlocked writes (parts, preferences) racing another process get here.
	 */
	private static final int ATTEMPTS = 5;

	/** Values per {@link #queryIn} query. */
	private static final int LOOKUP = 500;

	private final StoreLayout layout;
	private final EmbeddedRepository repository;
	private final LibraryClient client;
	private final CDOSession session;
	private final CDOView view;
	private final Tables tables;
	private final AtomicLong nextRecordId;
	private final MigrationReport migration;
	private final AtomicInteger conflicts = new AtomicInteger();
	private LibraryHost host;
	private RemoteCommits remote;

	private OpenStore(StoreLayout layout, EmbeddedRepository repository, LibraryClient client, CDOSession session,
			CDOView view, Tables tables, AtomicLong nextRecordId, MigrationReport migration) {
		this.layout = layout;
		this.repository = repository;
		this.client = client;
		this.session = session;
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
			return new OpenStore(layout, repository, null, repository.session(), view, tables, nextId, migration);
		} catch (Exception | LinkageError e) {
			repository.close();
			throw e;
		}
	}

	/**
	 * Opens a store hosted by another process, through a connected client.
	 *
	 * @param layout the layout
	 * @param client the client, owned by the store from now on
	 * @return the open store
	 * @throws Exception any failure, mapped by the caller
	 */
	static OpenStore connect(StoreLayout layout, LibraryClient client) throws Exception {
		try {
			CDOView view = client.session().openView();
			view.options().setRevisionPrefetchingPolicy(CDOUtil.createRevisionPrefetchingPolicy(1000));
			Tables tables = new Tables(view);
			AtomicLong nextId = new AtomicLong(tables.maxRecordId() + 1);
			MigrationReport none = new MigrationReport(SchemaHistory.CURRENT_VERSION, SchemaHistory.CURRENT_VERSION,
					Optional.empty(), 0, 0, 0);
			return new OpenStore(layout, null, client, client.session(), view, tables, nextId, none);
		} catch (Exception | LinkageError e) {
			client.close();
			throw e;
		}
	}

	/**
	 * Makes this (embedded) store available to other processes until it is closed.
	 *
	 * @param libraryHost the started host
	 */
	void serve(LibraryHost libraryHost) {
		this.host = libraryHost;
	}

	/**
	 * Reports what other processes do to the store (until closed).
	 *
	 * @param callback what to call
	 */
	void watch(RemoteCommits.Callback callback) {
		remote = RemoteCommits.watch(session, view, new RemoteCommits.Callback() {
			@Override
			public void committed() {
				try {
					tables.ensureIndexes(); // another process may have created a table
				} catch (SQLException e) {
					LOG.log(System.Logger.Level.WARNING, "Could not index the tables of " + layout.root(), e);
				}
				callback.committed();
			}

			@Override
			public void lost() {
				callback.lost();
			}
		});
	}

	/** @return the host this process uses the store through, if another process hosts it */
	Optional<HostFile> hostedBy() {
		return client == null ? Optional.empty() : Optional.of(client.host());
	}

	/** @return false once the connection to the hosting process is lost */
	boolean alive() {
		return client == null || client.alive();
	}

	StoreLayout layout() {
		return layout;
	}

	/**
	 * @return the embedded repository
	 * @throws StoreException if another process hosts the store (whole-repository work happens there)
	 */
	EmbeddedRepository repository() {
		if (repository == null) {
			throw new StoreException("This needs the process that has the store open first (PartForge process "
					+ client.host().pid() + "): run it there, or close that process and run it again.", null);
		}
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

	/**
	 * Write-locks the root resource for a transaction (held until it commits or closes). Granting it, CDO makes the
	 * transaction wait for the updates of every commit that changed the root, such as one that created a top-level
	 * folder or resource.
	 *
	 * @param tx the transaction
	 * @throws Exception if the lock is not granted within {@value #LOCK_MILLIS} ms
	 */
	void lockRoot(CDOTransaction tx) throws Exception {
		tx.lockObjects(List.of(tx.getRootResource()), IRWLockManager.LockType.WRITE, LOCK_MILLIS);
	}

	/**
	 * Takes the store's record id lock for a transaction (a write lock on the root resource, held until the
	 * transaction commits or closes) and continues the ids after the highest stored one: processes sharing the store
	 * hand out record ids one at a time, never the same id twice.
	 *
	 * @param tx the transaction that will add records
	 * @throws Exception if the lock is not granted within {@value #LOCK_MILLIS} ms or the ids cannot be read
	 */
	void lockRecordIds(CDOTransaction tx) throws Exception {
		lockRoot(tx);
		nextRecordId.accumulateAndGet(tables.maxRecordId() + 1, Math::max);
	}

	/**
	 * Write-locks objects that a transaction is about to change, before it changes them. Granting the lock, CDO makes
	 * the transaction wait for the passive updates of every commit that changed them: a lock on the root resource alone
	 * serialises the writers, but the part or bucket the transaction then changes could still be the revision before
	 * the previous lock holder's commit (its update arrives asynchronously), and the commit would fail with "attempt to
	 * modify historical revision". Held until the transaction commits or closes.
	 *
	 * @param tx the transaction
	 * @param objects persistent objects of the transaction
	 * @throws Exception if the lock is not granted within {@value #LOCK_MILLIS} ms
	 */
	void lockForUpdate(CDOTransaction tx, Collection<? extends EObject> objects) throws Exception {
		if (!objects.isEmpty()) {
			tx.lockObjects(objects.stream().map(CDOUtil::getCDOObject).toList(), IRWLockManager.LockType.WRITE,
					LOCK_MILLIS);
		}
	}

	/** @return how many commits of this process failed because another process had changed the same objects */
	int conflicts() {
		return conflicts.get();
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
	 * Finds the objects whose key column holds one of given values, one CDO "sql" query per {@value #LOOKUP} values
	 * (quoted as SQL literals), or nothing if the table does not exist yet.
	 *
	 * @param <T> the object type
	 * @param on the view or transaction
	 * @param table the table queried
	 * @param column the key column
	 * @param values the keys
	 * @param type the object type
	 * @return the objects found, in no particular order
	 * @throws SQLException if the table check fails
	 */
	<T> List<T> queryIn(CDOView on, String table, String column, List<String> values, Class<T> type)
			throws SQLException {
		List<T> found = new ArrayList<>();
		for (int from = 0; from < values.size(); from += LOOKUP) {
			found.addAll(query(on, table, "SELECT CDO_ID FROM " + table + " WHERE " + column + " IN ("
					+ Tables.quoted(values.subList(from, Math.min(values.size(), from + LOOKUP))) + ")", Map.of(), type));
		}
		return found;
	}

	/**
	 * Runs a read-only scalar query (rows as Object[], see {@link Tables#rows}), or returns nothing if the table does not exist yet.
	 *
	 * @param table the table queried
	 * @param sql the query
	 * @return the rows
	 * @throws SQLException if the table check fails
	 */
	List<Object[]> rows(String table, String sql) throws SQLException {
		return rows(table, sql, Map.of());
	}

	/**
	 * Runs a read-only scalar query with named parameters (see {@link Tables#rows}), or returns nothing if the table does not exist yet.
	 *
	 * @param table the table queried
	 * @param sql the query
	 * @param parameters named parameters ({@code :name})
	 * @return the rows
	 * @throws SQLException if the table check fails
	 */
	List<Object[]> rows(String table, String sql, Map<String, Object> parameters) throws SQLException {
		return tables.exists(table) ? tables.rows(sql, parameters) : List.of();
	}

	/**
	 * Runs a read-only scalar query and hands its rows to a consumer one at a time (see {@link Tables#each}); nothing
	 * if the table does not exist yet.
	 *
	 * @param table the table queried
	 * @param sql the query
	 * @param parameters named parameters ({@code :name})
	 * @param row receives each row
	 * @throws SQLException if the query fails
	 */
	void each(String table, String sql, Map<String, Object> parameters, Consumer<Object[]> row) throws SQLException {
		if (tables.exists(table)) {
			tables.each(sql, parameters, row);
		}
	}

	/**
	 * Runs work in a new transaction and commits it. When this returns, the commit is on the storage device (written
	 * and synced, when this process hosts the store) and the read view sees it: only then may a caller acknowledge
	 * the change. When another process changed the same objects meanwhile, the work runs again in a new transaction
	 * (up to {@value #ATTEMPTS} times), so it must only touch the transaction.
	 *
	 * @param <R> the result type
	 * @param work the work; its result is computed before the commit
	 * @return the work's result
	 * @throws Exception if the work or the commit fails
	 */
	<R> R commit(Work<R> work) throws Exception {
		FreeSpace.require(layout.db(), "store the change");
		for (int attempt = 1;; attempt++) {
			CDOTransaction tx = session.openTransaction();
			try {
				R result = work.run(tx);
				if (tx.isDirty()) {
					CDOCommitInfo info = tx.commit();
					if (repository != null) {
						repository.sync();
					}
					view.waitForUpdate(info.getTimeStamp(), TimeUnit.SECONDS.toMillis(30));
					tables.ensureIndexes();
				}
				return result;
			} catch (ConcurrentAccessException e) {
				conflicts.incrementAndGet();
				if (attempt == ATTEMPTS) {
					throw e;
				}
				LOG.log(System.Logger.Level.DEBUG, "Another process changed the same objects; committing again", e);
				// fetch the other commit now rather than waiting for its passive update, then retry after a pause
				// with jitter so that two processes do not retry in lockstep
				session.refresh();
				Thread.sleep(ThreadLocalRandom.current().nextLong(10, Math.min(2000, 50L << attempt)));
			} finally {
				tx.close();
			}
		}
	}

	/** @return the schema version of the open data */
	int version() {
		return SchemaHistory.CURRENT_VERSION;
	}

	@Override
	public void close() {
		if (remote != null) {
			remote.close();
		}
		if (host != null) {
			host.stop(repository);
		}
		if (!view.isClosed()) {
			view.close();
		}
		tables.close();
		if (repository != null) {
			repository.close();
		} else {
			client.close();
		}
		if (host != null) {
			host.close();
		}
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
