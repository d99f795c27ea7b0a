// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.eclipse.emf.cdo.net4j.CDONet4jSession;
import org.eclipse.emf.cdo.net4j.CDONet4jSessionConfiguration;
import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.emf.cdo.server.CDOServerExporter;
import org.eclipse.emf.cdo.server.CDOServerImporter;
import org.eclipse.emf.cdo.server.CDOServerUtil;
import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.IStore;
import org.eclipse.emf.cdo.server.db.CDODBUtil;
import org.eclipse.net4j.acceptor.IAcceptor;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.db.DBUtil;
import org.eclipse.net4j.jvm.JVMUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An embedded CDO repository (DBStore on an H2 2.x file, no audits, no branches) with one client session over the
 * Net4j JVM transport. Closing shuts everything down in reverse order and ends with H2 {@code SHUTDOWN}, compacting
 * the file when it has grown ({@link Compaction}).
 */
final class EmbeddedRepository implements AutoCloseable {

	static final String REPOSITORY_NAME = "partforge";
	static final String DB_NAME = "partforge";
	private static final AtomicInteger ACCEPTORS = new AtomicInteger();

	private final Path directory;
	private final JdbcDataSource dataSource;
	private final IManagedContainer container;
	private final IRepository repository;
	private final IAcceptor acceptor;
	private final IConnector connector;
	private final CDONet4jSession session;

	private EmbeddedRepository(Path directory, JdbcDataSource dataSource, IManagedContainer container,
			IRepository repository, IAcceptor acceptor, IConnector connector, CDONet4jSession session) {
		this.directory = directory;
		this.dataSource = dataSource;
		this.container = container;
		this.repository = repository;
		this.acceptor = acceptor;
		this.connector = connector;
		this.session = session;
	}

	/**
	 * Opens (or creates) the repository in a directory.
	 *
	 * @param directory the database directory
	 * @return the open repository
	 * @throws Exception any failure of H2, CDO or Net4j (mapped by the caller)
	 */
	static EmbeddedRepository open(Path directory) throws Exception {
		return open(directory, null);
	}

	/**
	 * Creates a new repository in an empty directory, filled from a CDO XML export.
	 *
	 * @param directory a new, empty database directory
	 * @param xml the export
	 * @return the open repository
	 * @throws Exception any failure
	 */
	static EmbeddedRepository importXml(Path directory, InputStream xml) throws Exception {
		return open(directory, xml);
	}

	/**
	 * Returns the H2 JDBC URL of a database directory.
	 *
	 * @param directory the database directory
	 * @param readOnly whether to open read-only
	 * @return the URL
	 */
	static String jdbcUrl(Path directory, boolean readOnly) {
		// NON_KEYWORDS: CDO 4.7 uses column names that are keywords in H2 2.x. Durability comes from sync() after each
		// commit, in the committing thread; WRITE_DELAY=0 would make H2 write on every transaction end, also in CDO's
		// query threads, which CDO interrupts (an interrupted FileChannel closes and H2 stops).
		return "jdbc:h2:file:" + directory.toAbsolutePath().resolve(DB_NAME) + ";NON_KEYWORDS=VALUE"
				+ (readOnly ? ";ACCESS_MODE_DATA=r" : "");
	}

	/**
	 * Returns the H2 database file of a directory.
	 *
	 * @param directory the database directory
	 * @return the {@code .mv.db} file
	 */
	static Path databaseFile(Path directory) {
		return directory.resolve(DB_NAME + ".mv.db");
	}

	private static EmbeddedRepository open(Path directory, InputStream importXml) throws Exception {
		Files.createDirectories(directory);
		FileSeal.breakSeal(directory);
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(jdbcUrl(directory, false));
		dataSource.setUser("sa");
		dataSource.setPassword("");
		IManagedContainer container = null;
		IRepository repository = null;
		boolean ok = false;
		try {
			container = CdoRuntime.newContainer();
			IStore store = CDODBUtil.createStore(CDODBUtil.createHorizontalMappingStrategy(false, false),
					new H2v2Adapter(), DBUtil.createConnectionProvider(dataSource));
			Map<String, String> props = new HashMap<>();
			props.put(IRepository.Props.OVERRIDE_UUID, REPOSITORY_NAME);
			props.put(IRepository.Props.SUPPORTING_AUDITS, "false");
			props.put(IRepository.Props.SUPPORTING_BRANCHES, "false");
			repository = CDOServerUtil.createRepository(REPOSITORY_NAME, store, props);
			if (importXml != null) {
				new CDOServerImporter.XML(repository).importRepository(OldModels.asDynamic(importXml));
			}
			CDOServerUtil.addRepository(container, repository);
			OldModels.asDynamic(repository);
			String acceptorName = "partforge-store-" + ACCEPTORS.incrementAndGet();
			IAcceptor acceptor = JVMUtil.getAcceptor(container, acceptorName);
			IConnector connector = JVMUtil.getConnector(container, acceptorName);
			CDONet4jSessionConfiguration config = CDONet4jUtil.createNet4jSessionConfiguration();
			config.setConnector(connector);
			config.setRepositoryName(REPOSITORY_NAME);
			CDONet4jSession session = config.openNet4jSession();
			ok = true;
			return new EmbeddedRepository(directory, dataSource, container, repository, acceptor, connector, session);
		} finally {
			if (!ok) {
				LifecycleUtil.deactivate(repository);
				LifecycleUtil.deactivate(container);
				shutdown(dataSource, false);
			}
		}
	}

	Path directory() {
		return directory;
	}

	CDONet4jSession session() {
		return session;
	}

	DataSource dataSource() {
		return dataSource;
	}

	/** @return the Net4j container the repository runs in (a {@link LibraryHost} adds its acceptor there) */
	IManagedContainer container() {
		return container;
	}

	/** @return the CDO repository */
	IRepository repository() {
		return repository;
	}

	/**
	 * Writes the whole repository (model and data) as CDO XML.
	 *
	 * @param out the target, not closed
	 * @throws IOException if writing fails
	 */
	void exportXml(OutputStream out) throws IOException {
		try {
			new CDOServerExporter.XML(repository).exportRepository(out);
		} catch (IOException | RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException("CDO export failed: " + e.getMessage(), e);
		}
		out.flush();
	}

	/**
	 * Forces everything committed so far onto the storage device ({@code CHECKPOINT SYNC}: write the MVStore, then
	 * fsync the file), so that a commit survives a crash of the process or of the machine. Without it, H2 keeps
	 * commits in memory for up to a second (its write delay), and a killed process loses them.
	 *
	 * @throws SQLException if H2 cannot write or sync the file
	 */
	void sync() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CHECKPOINT SYNC");
		}
	}

	/** Shuts everything down; after a clean H2 shutdown the database file is sealed (see {@link FileSeal}). */
	@Override
	public void close() {
		LifecycleUtil.deactivate(session);
		LifecycleUtil.deactivate(connector);
		LifecycleUtil.deactivate(acceptor);
		LifecycleUtil.deactivate(repository);
		LifecycleUtil.deactivate(container);
		System.Logger log = System.getLogger(EmbeddedRepository.class.getName());
		boolean compact;
		try {
			compact = Compaction.due(directory);
		} catch (IOException e) {
			log.log(System.Logger.Level.WARNING, "Cannot tell whether the database in " + directory
					+ " needs compacting; closing without", e);
			compact = false;
		}
		long before = System.nanoTime();
		if (shutdown(dataSource, compact)) {
			if (compact) {
				try {
					Compaction.done(directory);
					log.log(System.Logger.Level.INFO, "Compacted the database in " + directory + " to "
							+ Files.size(databaseFile(directory)) + " bytes in " + (System.nanoTime() - before) / 1_000_000
							+ " ms");
				} catch (IOException e) {
					log.log(System.Logger.Level.WARNING, "Cannot record the compaction of " + directory, e);
				}
			}
			try {
				FileSeal.seal(directory);
			} catch (IOException e) {
				System.getLogger(EmbeddedRepository.class.getName()).log(System.Logger.Level.WARNING,
						"Cannot seal the database in " + directory + "; it will be opened without the check", e);
			}
		}
	}

	/**
	 * Runs H2 SHUTDOWN, or SHUTDOWN COMPACT when {@link Compaction#due} (CDO's own H2 shutdown logs "Database is
	 * already closed"); returns whether it worked.
	 */
	private static boolean shutdown(JdbcDataSource dataSource, boolean compact) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
			return true;
		} catch (SQLException e) {
			System.getLogger(EmbeddedRepository.class.getName()).log(System.Logger.Level.WARNING,
					"H2 shutdown of " + dataSource.getURL() + " failed", e);
			return false;
		}
	}
}
