// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import org.eclipse.emf.cdo.common.model.CDOPackageUnit;
import org.eclipse.emf.cdo.net4j.CDONet4jSession;
import org.eclipse.emf.cdo.net4j.CDONet4jSessionConfiguration;
import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.eclipse.net4j.util.security.PasswordCredentialsProvider;

import dev.partforge.model.SchemaHistory;
import dev.partforge.model.internal.CdoQuietStart;

/**
 * A logged-in CDO session to a team server over Net4j TCP. Opening checks, in this order: the server answers within
 * {@value #CONNECT_TIMEOUT_MILLIS} ms (else offline), the login is accepted, the server's schema version equals this
 * PartForge's ({@link SchemaCheck}).
 */
public final class ServerSession implements AutoCloseable {

	/** How long to wait for the server's TCP port (Net4j's own default is 10 s). */
	public static final int CONNECT_TIMEOUT_MILLIS = 3000;

	/** The repository name of {@code partforge server}. */
	public static final String REPOSITORY = "partforge";

	private static final List<String> OM_CLASSES = List.of("org.eclipse.net4j.internal.util.bundle.OM",
			"org.eclipse.internal.net4j.bundle.OM", "org.eclipse.net4j.internal.tcp.bundle.OM",
			"org.eclipse.emf.cdo.internal.common.bundle.OM", "org.eclipse.emf.internal.cdo.bundle.OM",
			"org.eclipse.emf.cdo.internal.net4j.bundle.OM");

	private final IManagedContainer container;
	private final IConnector connector;
	private final CDONet4jSession session;

	private ServerSession(IManagedContainer container, IConnector connector, CDONet4jSession session) {
		this.container = container;
		this.connector = connector;
		this.session = session;
	}

	/**
	 * Connects and logs in.
	 *
	 * @param remote   the server and user
	 * @param password the user's password
	 * @return the open session
	 * @throws SyncFailure UNREACHABLE if the server does not answer, REFUSED if the login is refused, SCHEMA if the
	 *                     schema versions differ
	 */
	public static ServerSession open(Remote remote, char[] password) throws SyncFailure {
		try (Socket probe = new Socket()) {
			probe.connect(new InetSocketAddress(remote.host(), remote.port()), CONNECT_TIMEOUT_MILLIS);
		} catch (IOException e) {
			throw new SyncFailure(SyncFailure.Kind.UNREACHABLE,
					"the server " + remote.host() + ":" + remote.port() + " is not reachable (" + e.getMessage() + ")",
					e);
		}
		CdoQuietStart.run(ServerSession.class.getClassLoader(), OM_CLASSES);
		IManagedContainer container = ContainerUtil.createContainer();
		IConnector connector = null;
		try {
			Net4jUtil.prepareContainer(container);
			TCPUtil.prepareContainer(container);
			CDONet4jUtil.prepareContainer(container);
			container.activate();
			connector = TCPUtil.getConnector(container, remote.host() + ":" + remote.port());
			CDONet4jSessionConfiguration config = CDONet4jUtil.createNet4jSessionConfiguration();
			config.setConnector(connector);
			config.setRepositoryName(REPOSITORY);
			config.setCredentialsProvider(new PasswordCredentialsProvider(remote.user(), password));
			CDONet4jSession session = config.openNet4jSession();
			ServerSession opened = new ServerSession(container, connector, session);
			try {
				SchemaCheck.check(opened.packageUris(), SchemaHistory.CURRENT_VERSION);
			} catch (SyncFailure e) {
				opened.close();
				throw e;
			}
			session.options().setCollectionLoadingPolicy(CDOUtil.createCollectionLoadingPolicy(1000, 1000));
			return opened;
		} catch (RuntimeException e) {
			LifecycleUtil.deactivate(connector);
			LifecycleUtil.deactivate(container);
			throw Failures.classify("log in to " + remote, e);
		}
	}

	private List<String> packageUris() {
		return List.of(session.getPackageRegistry().getPackageUnits()).stream()
				.map(CDOPackageUnit::getTopLevelPackageInfo).map(info -> info.getPackageURI()).toList();
	}

	/** @return the CDO session */
	public CDONet4jSession session() {
		return session;
	}

	/**
	 * @return whether the session is still usable as far as this side knows: not closed and its connection not lost
	 *         (a server that went away closes the session when Net4j notices; a cycle on a session that fails
	 *         anyway is repeated on a new one, {@link ServerLink})
	 */
	public boolean isOpen() {
		return !session.isClosed() && connector.isConnected();
	}

	@Override
	public void close() {
		LifecycleUtil.deactivate(session);
		LifecycleUtil.deactivate(connector);
		LifecycleUtil.deactivate(container);
	}
}
