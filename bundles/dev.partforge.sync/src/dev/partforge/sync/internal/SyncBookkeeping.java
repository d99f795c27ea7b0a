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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import dev.partforge.model.StoredPart;

/**
 * What the synchronisation of a data directory remembers from one cycle to the next, in one file written atomically
 * ({@code <data>/sync/bookkeeping.properties}), so that a crash leaves the whole state of one successful cycle, never
 * parts of two:
 * <ul>
 * <li>the server and user it belongs to: kept for another one, it starts empty (the next pull reads everything);</li>
 * <li>{@code lastPulled}: the server time up to which the last successful cycle pulled (0: read everything);</li>
 * <li>per record resource of the user on the server, how many entries the pull has read: records are append-only and
 * a push appends them, so the entries after that count are the records added since; a resource that shrank is read
 * whole again;</li>
 * <li>per part, a SHA-256 of the shared content ({@link PartOrder#text}) as it was when both sides last agreed: it
 * tells which side changed a part since (only one side → that side wins; both → {@link PartOrder#wins}). Losing it
 * is harmless: every differing part is then treated as changed on both sides.</li>
 * </ul>
 * Data directories synchronised before this file existed kept these in {@code parts.base}, {@code records.pulled} and
 * the {@code lastPulled} of {@code status.properties}: they are read once and removed by the first {@link #save()}.
 */
final class SyncBookkeeping {

	/** The file name in the data directory's {@code sync} directory. */
	static final String FILE = "bookkeeping.properties";

	private static final String OWNER = "owner";
	private static final String LAST_PULLED = "lastPulled";
	private static final String RECORDS = "records.";
	private static final String PART = "part.";
	private static final List<String> LEGACY = List.of("parts.base", "records.pulled");

	private final Path directory;
	private final String owner;
	private final Map<String, Integer> recordsRead = new HashMap<>();
	private final Map<String, String> agreed = new HashMap<>();
	private long lastPulled;

	private SyncBookkeeping(Path directory, String owner) {
		this.directory = directory;
		this.owner = owner;
	}

	/**
	 * @param dataDirectory the data directory
	 * @param remote        the server and user synchronised with
	 * @return the bookkeeping as last saved for that server and user; empty if never, or if saved for another one
	 * @throws IOException if the file exists but cannot be read
	 */
	static SyncBookkeeping load(Path dataDirectory, Remote remote) throws IOException {
		SyncBookkeeping b = new SyncBookkeeping(dataDirectory.resolve("sync"), remote.toString());
		Path file = b.directory.resolve(FILE);
		if (Files.exists(file)) {
			Properties p = read(file);
			if (b.owner.equals(p.getProperty(OWNER))) {
				b.take(file, p);
			}
		} else {
			b.takeLegacy();
		}
		return b;
	}

	private static Properties read(Path file) throws IOException {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

	private void take(Path file, Properties p) throws IOException {
		try {
			lastPulled = Long.parseLong(p.getProperty(LAST_PULLED, "0"));
			for (String key : p.stringPropertyNames()) {
				if (key.startsWith(RECORDS)) {
					recordsRead.put(key.substring(RECORDS.length()), Integer.parseInt(p.getProperty(key)));
				} else if (key.startsWith(PART)) {
					agreed.put(key.substring(PART.length()), p.getProperty(key));
				}
			}
		} catch (NumberFormatException e) {
			throw new IOException("unreadable synchronisation bookkeeping " + file + ": " + e.getMessage(), e);
		}
	}

	/** Reads the three files of before (if there), which the next save replaces. */
	private void takeLegacy() throws IOException {
		Path base = directory.resolve(LEGACY.get(0));
		if (Files.exists(base)) {
			read(base).forEach((k, v) -> agreed.put((String) k, (String) v));
		}
		Path counts = directory.resolve(LEGACY.get(1));
		Path status = directory.resolve(StatusFile.FILE);
		try {
			if (Files.exists(counts)) {
				read(counts).forEach((k, v) -> recordsRead.put((String) k, Integer.parseInt((String) v)));
			}
			if (Files.exists(status)) {
				lastPulled = Long.parseLong(read(status).getProperty(LAST_PULLED, "0"));
			}
		} catch (NumberFormatException e) {
			throw new IOException("unreadable synchronisation bookkeeping in " + directory + ": " + e.getMessage(), e);
		}
	}

	/** @return the server time up to which the last successful cycle pulled, 0 if none did */
	long lastPulled() {
		return lastPulled;
	}

	/** @param time the server time up to which this cycle pulled (0: the next cycle reads everything) */
	void pulledUpTo(long time) {
		lastPulled = time;
	}

	/** @return the entries of the server's record resource that the pull has read, 0 if none */
	int recordsRead(String path) {
		return recordsRead.getOrDefault(path, 0);
	}

	/** Records that the pull has read the resource's first {@code size} entries. */
	void recordsReadUpTo(String path, int size) {
		recordsRead.put(path, size);
	}

	/** Forgets every record count (the next pull reads every record). */
	void forgetRecordsRead() {
		recordsRead.clear();
	}

	/** @return whether the part's shared content differs from the agreed one (or nothing was agreed) */
	boolean changed(StoredPart part) {
		return !hash(part).equals(agreed.get(part.getId()));
	}

	/** Records that both sides now hold this content. */
	void agree(StoredPart part) {
		agreed.put(part.getId(), hash(part));
	}

	/**
	 * Writes everything (atomically: a crash leaves the old or the new file) and removes the files of before.
	 *
	 * @throws IOException if it cannot be written
	 */
	void save() throws IOException {
		Files.createDirectories(directory);
		Properties p = new Properties();
		p.setProperty(OWNER, owner);
		p.setProperty(LAST_PULLED, Long.toString(lastPulled));
		new TreeMap<>(recordsRead).forEach((k, v) -> p.setProperty(RECORDS + k, Integer.toString(v)));
		new TreeMap<>(agreed).forEach((k, v) -> p.setProperty(PART + k, v));
		Path temp = directory.resolve(FILE + ".tmp");
		try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			p.store(out, "PartForge synchronisation bookkeeping");
		}
		Files.move(temp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		for (String legacy : LEGACY) {
			Files.deleteIfExists(directory.resolve(legacy));
		}
	}

	private static String hash(StoredPart part) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(PartOrder.text(part).getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}
}
