// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import org.eclipse.emf.cdo.net4j.CDONet4jSession;
import org.eclipse.emf.cdo.net4j.CDONet4jSessionConfiguration;
import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.eclipse.net4j.util.security.PasswordCredentialsProvider;

/**
 * A CDO session, over Net4j TCP on 127.0.0.1, to the repository of the process hosting a store (see
 * {@link LibraryHost}), authenticated with the host file's secret.
 */
final class LibraryClient implements AutoCloseable {

	private final HostFile host;
	private final IManagedContainer container;
	private final IConnector connector;
	private final CDONet4jSession session;

	private LibraryClient(HostFile host, IManagedContainer container, IConnector connector, CDONet4jSession session) {
		this.host = host;
		this.container = container;
		this.connector = connector;
		this.session = session;
	}

	/**
	 * Connects to a host.
	 *
	 * @param host the host file
	 * @return the connected client
	 * @throws RuntimeException (Net4j/CDO) if the host cannot be reached or refuses the session
	 */
	static LibraryClient connect(HostFile host) {
		IManagedContainer container = CdoRuntime.newTcpClientContainer();
		IConnector connector = null;
		boolean ok = false;
		try {
			connector = TCPUtil.getConnector(container, LibraryHost.LOOPBACK + ":" + host.port());
			CDONet4jSessionConfiguration config = CDONet4jUtil.createNet4jSessionConfiguration();
			config.setConnector(connector);
			config.setRepositoryName(EmbeddedRepository.REPOSITORY_NAME);
			config.setCredentialsProvider(new PasswordCredentialsProvider(LocalSecret.USER, host.secret().toCharArray()));
			CDONet4jSession session = config.openNet4jSession();
			ok = true;
			return new LibraryClient(host, container, connector, session);
		} finally {
			if (!ok) {
				LifecycleUtil.deactivate(connector);
				LifecycleUtil.deactivate(container);
			}
		}
	}

	/** @return the host this client is connected to */
	HostFile host() {
		return host;
	}

	/** @return the session */
	CDONet4jSession session() {
		return session;
	}

	/** @return whether the session and its connection are still up */
	boolean alive() {
		return !session.isClosed() && connector.isConnected();
	}

	@Override
	public void close() {
		LifecycleUtil.deactivate(session);
		LifecycleUtil.deactivate(connector);
		LifecycleUtil.deactivate(container);
	}
}
