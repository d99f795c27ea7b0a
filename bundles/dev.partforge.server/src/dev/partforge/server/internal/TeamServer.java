// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.emf.cdo.internal.server.SessionManager;
import org.eclipse.emf.cdo.server.CDOServerUtil;
import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.IStore;
import org.eclipse.emf.cdo.server.db.CDODBUtil;
import org.eclipse.emf.cdo.server.net4j.CDONet4jServerUtil;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.db.DBUtil;
import org.eclipse.net4j.internal.tcp.TCPAcceptor;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;

import dev.partforge.model.internal.CdoQuietStart;

/**
 * The PartForge team server: a CDO repository named {@value #REPOSITORY} whose DBStore lives in PostgreSQL, served
 * over Net4j TCP. Every session must authenticate against the {@link UserDirectory}; {@link RecordOwnership} keeps
 * users to their own records.
 */
public final class TeamServer implements AutoCloseable {

	/** The repository name clients ask for. */
	public static final String REPOSITORY = "partforge";

	private static final List<String> OM_CLASSES = List.of("org.eclipse.net4j.internal.util.bundle.OM",
			"org.eclipse.internal.net4j.bundle.OM", "org.eclipse.net4j.internal.tcp.bundle.OM",
			"org.eclipse.net4j.internal.db.bundle.OM", "org.eclipse.emf.cdo.internal.common.bundle.OM",
			"org.eclipse.emf.cdo.internal.server.bundle.OM", "org.eclipse.emf.cdo.server.internal.db.bundle.OM",
			"org.eclipse.emf.cdo.server.internal.net4j.bundle.OM");

	private final IManagedContainer container;
	private final IRepository repository;
	private final TCPAcceptor acceptor;
	private final UserDirectory users;

	private TeamServer(IManagedContainer container, IRepository repository, TCPAcceptor acceptor,
			UserDirectory users) {
		this.container = container;
		this.repository = repository;
		this.acceptor = acceptor;
		this.users = users;
	}

	/**
	 * Starts a server.
	 *
	 * @param database the PostgreSQL database
	 * @param host the address to listen on
	 * @param port the port (0: any free one)
	 * @return the running server
	 * @throws Exception if the database, the repository or the acceptor fails
	 */
	public static TeamServer start(DataSource database, String host, int port) throws Exception {
		CdoQuietStart.run(TeamServer.class.getClassLoader(), OM_CLASSES);
		UserDirectory users = new UserDirectory(database);
		users.ensureTable();
		IManagedContainer container = ContainerUtil.createContainer();
		IRepository repository = null;
		boolean ok = false;
		try {
			Net4jUtil.prepareContainer(container);
			TCPUtil.prepareContainer(container);
			CDONet4jServerUtil.prepareContainer(container);
			container.activate();
			IStore store = CDODBUtil.createStore(CDODBUtil.createHorizontalMappingStrategy(false, false),
					new PostgreSQLAdapter(), DBUtil.createConnectionProvider(database));
			Map<String, String> props = new HashMap<>();
			props.put(IRepository.Props.OVERRIDE_UUID, REPOSITORY);
			props.put(IRepository.Props.SUPPORTING_AUDITS, "false");
			props.put(IRepository.Props.SUPPORTING_BRANCHES, "false");
			repository = CDOServerUtil.createRepository(REPOSITORY, store, props);
			RecordOwnership ownership = new RecordOwnership(users);
			repository.addHandler(ownership);
			CDOServerUtil.addRepository(container, repository);
			((SessionManager) repository.getSessionManager()).setAuthenticator(users);
			TCPAcceptor acceptor = (TCPAcceptor) TCPUtil.getAcceptor(container, host + ":" + port);
			ok = true;
			return new TeamServer(container, repository, acceptor, users);
		} finally {
			if (!ok) {
				LifecycleUtil.deactivate(repository);
				LifecycleUtil.deactivate(container);
			}
		}
	}

	/** @return the address the server listens on */
	public InetSocketAddress address() throws IOException {
		return (InetSocketAddress) ((ServerSocketChannel) acceptor.getSelectionKey().channel()).getLocalAddress();
	}

	/** @return the user directory */
	public UserDirectory users() {
		return users;
	}

	@Override
	public void close() {
		LifecycleUtil.deactivate(acceptor);
		LifecycleUtil.deactivate(repository);
		LifecycleUtil.deactivate(container);
	}
}
