// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import java.net.InetSocketAddress;

import org.eclipse.emf.cdo.net4j.CDONet4jSession;
import org.eclipse.emf.cdo.net4j.CDONet4jSessionConfiguration;
import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.eclipse.net4j.util.security.PasswordCredentialsProvider;

/** A CDO client session to a team server, as a given user (tests). */
final class TeamClient implements AutoCloseable {

	private final IManagedContainer container;
	private final IConnector connector;
	private final CDONet4jSession session;

	private TeamClient(IManagedContainer container, IConnector connector, CDONet4jSession session) {
		this.container = container;
		this.connector = connector;
		this.session = session;
	}

	static TeamClient open(InetSocketAddress server, String user, String password) {
		IManagedContainer container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		TCPUtil.prepareContainer(container);
		CDONet4jUtil.prepareContainer(container);
		container.activate();
		IConnector connector = TCPUtil.getConnector(container, "127.0.0.1:" + server.getPort());
		try {
			CDONet4jSessionConfiguration config = CDONet4jUtil.createNet4jSessionConfiguration();
			config.setConnector(connector);
			config.setRepositoryName(TeamServer.REPOSITORY);
			if (user != null) {
				config.setCredentialsProvider(new PasswordCredentialsProvider(user, password.toCharArray()));
			}
			return new TeamClient(container, connector, config.openNet4jSession());
		} catch (RuntimeException e) {
			LifecycleUtil.deactivate(connector);
			LifecycleUtil.deactivate(container);
			throw e;
		}
	}

	CDONet4jSession session() {
		return session;
	}

	@Override
	public void close() {
		LifecycleUtil.deactivate(session);
		LifecycleUtil.deactivate(connector);
		LifecycleUtil.deactivate(container);
	}
}
