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
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How many entries of each of the user's record resources on the server the last pull read
 * ({@code <data>/sync/records.pulled}). Records are append-only on the server and a push appends them, so the
 * entries after that count are the records added since; a resource that shrank is read whole again.
 */
final class PulledRecords {

	private final Path file;
	private final Map<String, Integer> sizes;

	private PulledRecords(Path file, Map<String, Integer> sizes) {
		this.file = file;
		this.sizes = sizes;
	}

	/**
	 * @param dataDirectory the data directory
	 * @return the counts as last saved (none if never: everything is read)
	 * @throws IOException if the file exists but cannot be read
	 */
	static PulledRecords load(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("sync").resolve("records.pulled");
		Map<String, Integer> sizes = new HashMap<>();
		if (Files.exists(file)) {
			Properties p = new Properties();
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			}
			try {
				p.stringPropertyNames().forEach(k -> sizes.put(k, Integer.parseInt(p.getProperty(k))));
			} catch (NumberFormatException e) {
				throw new IOException("unreadable record counts " + file + ": " + e.getMessage(), e);
			}
		}
		return new PulledRecords(file, sizes);
	}

	/** @return the entries of the resource the last pull read, 0 if none */
	int read(String path) {
		return sizes.getOrDefault(path, 0);
	}

	/** Records that the pull has read the resource's first {@code size} entries. */
	void readUpTo(String path, int size) {
		sizes.put(path, size);
	}

	/** Forgets every count (the next pull reads everything). */
	void clear() {
		sizes.clear();
	}

	/**
	 * Writes the counts (atomically).
	 *
	 * @throws IOException if they cannot be written
	 */
	void save() throws IOException {
		Files.createDirectories(file.getParent());
		Path temp = file.resolveSibling("records.pulled.tmp");
		Properties p = new Properties();
		new TreeMap<>(sizes).forEach((k, v) -> p.setProperty(k, Integer.toString(v)));
		try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			p.store(out, null);
		}
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
