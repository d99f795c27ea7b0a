// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

import dev.partforge.sync.ConnectionState;

/**
 * The outcome of the last cycle in {@code sync/status.properties} of the data directory: state, message and the time
 * of the last successful cycle, written atomically after each cycle so that {@code partforge sync status} and the
 * workbench read the same. (What the cycles need from each other is in {@link SyncBookkeeping}.)
 */
final class StatusFile {

	/** The file name in the data directory's {@code sync} directory. */
	static final String FILE = "status.properties";

	/**
	 * What the file holds.
	 *
	 * @param state    the state after the last cycle
	 * @param lastSync the last successful cycle
	 * @param message  the reason of the last failure
	 */
	record Entry(ConnectionState state, Optional<Instant> lastSync, Optional<String> message) {
	}

	private final Path file;

	/**
	 * @param dataDirectory the data directory
	 */
	StatusFile(Path dataDirectory) {
		this.file = dataDirectory.resolve("sync").resolve(FILE);
	}

	/**
	 * @return what was written last; OFFLINE and never synced if nothing was
	 * @throws IOException if the file exists but cannot be read
	 */
	Entry read() throws IOException {
		if (!Files.exists(file)) {
			return new Entry(ConnectionState.OFFLINE, Optional.empty(), Optional.empty());
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		try {
			return new Entry(ConnectionState.valueOf(p.getProperty("state", "OFFLINE")),
					Optional.ofNullable(p.getProperty("lastSync")).map(Instant::parse),
					Optional.ofNullable(p.getProperty("message")));
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new IOException("unreadable synchronisation status " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param entry what to write
	 * @throws IOException if it cannot be written
	 */
	void write(Entry entry) throws IOException {
		Files.createDirectories(file.getParent());
		Properties p = new Properties();
		p.setProperty("state", entry.state().name());
		entry.lastSync().ifPresent(t -> p.setProperty("lastSync", t.toString()));
		entry.message().ifPresent(m -> p.setProperty("message", m));
		Path temp = file.resolveSibling("status.properties.tmp");
		try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			p.store(out, null);
		}
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
