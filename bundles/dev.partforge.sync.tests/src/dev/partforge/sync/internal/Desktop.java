// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.partforge.model.UserRecord;
import dev.partforge.store.PartQuery;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.cdo.internal.CdoPartStore;

/** One desktop in a sync test: a data directory with a real local store (H2) and its sync service. */
final class Desktop implements AutoCloseable {

	private final Path data;
	private final CdoPartStore store;
	private final LocalSync sync;

	private Desktop(Path data) {
		this.data = data;
		this.store = new CdoPartStore(data.resolve("store"));
		this.sync = new LocalSync(store, data);
	}

	/**
	 * @param name     a name for the temporary directory
	 * @param server   the team server's address
	 * @param user     the user
	 * @param password the password
	 * @return a desktop connected to the server as the user
	 */
	static Desktop open(String name, InetSocketAddress server, String user, String password) throws IOException {
		Path base = Path.of(System.getProperty("partforge.testOutput", System.getProperty("java.io.tmpdir")));
		Files.createDirectories(base);
		Desktop desktop = new Desktop(Files.createTempDirectory(base, "sync-" + name));
		new RemoteSettings(desktop.data).set(Remote.parse("tcp://127.0.0.1:" + server.getPort(), user),
				password.toCharArray());
		return desktop;
	}

	/**
	 * Opens a desktop again on a data directory whose store was closed (or whose process was killed); closing it
	 * deletes the directory.
	 */
	static Desktop reopen(Path data) {
		return new Desktop(data);
	}

	CdoPartStore store() {
		return store;
	}

	LocalSync sync() {
		return sync;
	}

	Path data() {
		return data;
	}

	/** Runs one cycle and fails the test with the reason if it fails. */
	Synchronizer.Result syncOrFail() throws SyncFailure {
		return sync.run(new NullProgressMonitor());
	}

	Set<String> recordUuids() {
		return store.listRecords(RecordQuery.ALL).stream().map(UserRecord::getUuid).collect(Collectors.toSet());
	}

	List<String> partTexts() {
		return store.listParts(PartQuery.ALL).stream().map(PartOrder::text).toList();
	}

	@Override
	public void close() throws IOException {
		sync.close();
		store.close();
		try (Stream<Path> files = Files.walk(data)) {
			for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		}
	}
}
