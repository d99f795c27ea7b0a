// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.cdo.internal.server.SessionManager;
import org.eclipse.net4j.internal.tcp.TCPAcceptor;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;

import dev.partforge.model.SchemaHistory;

/**
 * Serves an embedded repository to the other PartForge processes on the same data directory: a Net4j TCP acceptor
 * on 127.0.0.1 (an ephemeral port, never another interface), sessions authenticated with the secret of the
 * {@link HostFile}, which is written once the acceptor listens. Their commits are on the storage device before they
 * are acknowledged to them ({@link ClientCommitSync}). {@link #stop()} removes the host file and stops the
 * acceptor (connected processes see the connection close); {@link #close()}, after the database is shut down,
 * releases the {@link LibraryLock}.
 */
final class LibraryHost implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(LibraryHost.class.getName());

	/** How long a closing host waits for the processes it serves to close their sessions. */
	static final long CLIENT_WAIT_MILLIS = Long.getLong("partforge.store.clientWaitMillis", 15_000);

	/** The only address the acceptor listens on. */
	static final String LOOPBACK = "127.0.0.1";

	private final Path root;
	private final LibraryLock lock;
	private final TCPAcceptor acceptor;
	private final HostFile file;

	private LibraryHost(Path root, LibraryLock lock, TCPAcceptor acceptor, HostFile file) {
		this.root = root;
		this.lock = lock;
		this.acceptor = acceptor;
		this.file = file;
	}

	/**
	 * Starts serving; on failure the caller still owns the lock.
	 *
	 * @param repository the open embedded repository (its own session is already open)
	 * @param root the store directory
	 * @param lock the held library lock, owned by the host once started
	 * @return the host
	 * @throws IOException if the acceptor cannot listen or the host file cannot be written
	 */
	static LibraryHost start(EmbeddedRepository repository, Path root, LibraryLock lock) throws IOException {
		TCPAcceptor acceptor = null;
		try {
			TCPUtil.prepareContainer(repository.container());
			acceptor = (TCPAcceptor) TCPUtil.getAcceptor(repository.container(), LOOPBACK + ":0");
			int port = ((InetSocketAddress) ((ServerSocketChannel) acceptor.getSelectionKey().channel())
					.getLocalAddress()).getPort();
			HostFile file = HostFile.create(port, SchemaHistory.CURRENT_VERSION);
			repository.repository().addHandler(new ClientCommitSync(repository));
			// after the host's own session: from now on every new session must present the secret
			((SessionManager) repository.repository().getSessionManager()).setAuthenticator(new LocalSecret(file.secret()));
			file.write(root);
			LOG.log(Level.DEBUG, "Hosting the store in " + root + " for other PartForge processes on " + LOOPBACK + ":"
					+ port);
			return new LibraryHost(root, lock, acceptor, file);
		} catch (IOException | RuntimeException e) {
			LifecycleUtil.deactivate(acceptor);
			throw e;
		}
	}

	/**
	 * Stops serving: removes the host file (no new clients come), waits up to {@link #CLIENT_WAIT_MILLIS} for the
	 * connected processes to finish (a short command line run must not cut off a process it serves mid-commit; a
	 * long-lived one takes over instead), then stops the acceptor. The lock stays held (see {@link #close()}).
	 *
	 * @param repository the served repository
	 */
	void stop(EmbeddedRepository repository) {
		try {
			file.delete(root);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Could not delete the host file of " + root, e);
		}
		long deadline = System.currentTimeMillis() + CLIENT_WAIT_MILLIS;
		int own = repository.session().getSessionID();
		while (System.currentTimeMillis() < deadline && Arrays.stream(repository.repository().getSessionManager()
				.getSessions()).anyMatch(s -> s.getSessionID() != own && !s.isClosed())) {
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		LifecycleUtil.deactivate(acceptor);
	}

	/** Releases the lock: call after the repository and its database are shut down, so a successor can open them. */
	@Override
	public void close() {
		try {
			lock.close();
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Could not release the host lock of " + root, e);
		}
	}
}
