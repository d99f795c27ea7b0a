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
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import dev.partforge.model.StoredPart;

/**
 * The shared content of each part as it was when both sides last agreed (a SHA-256 of {@link PartOrder#text}), in
 * {@code sync/parts.base} of the data directory. It tells which side changed a part since: only one side changed it
 * → that side wins whatever the clocks say; both changed it → {@link PartOrder#wins}. Losing the file is harmless: every
 * differing part is then treated as changed on both sides.
 */
final class PartBase {

	private final Path file;
	private final Map<String, String> hashes;

	private PartBase(Path file, Map<String, String> hashes) {
		this.file = file;
		this.hashes = hashes;
	}

	/**
	 * @param dataDirectory the data directory
	 * @return the base as last saved (empty if never)
	 * @throws IOException if the file exists but cannot be read
	 */
	static PartBase load(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("sync").resolve("parts.base");
		Map<String, String> hashes = new HashMap<>();
		if (Files.exists(file)) {
			Properties p = new Properties();
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			}
			p.stringPropertyNames().forEach(k -> hashes.put(k, p.getProperty(k)));
		}
		return new PartBase(file, hashes);
	}

	/** @return whether the part's shared content differs from the agreed one (or nothing was agreed) */
	boolean changed(StoredPart part) {
		return !hash(part).equals(hashes.get(part.getId()));
	}

	/** Records that both sides now hold this content. */
	void agree(StoredPart part) {
		hashes.put(part.getId(), hash(part));
	}

	/**
	 * Writes the base (atomically: a crash leaves the old or the new file).
	 *
	 * @throws IOException if it cannot be written
	 */
	void save() throws IOException {
		Files.createDirectories(file.getParent());
		Path temp = file.resolveSibling("parts.base.tmp");
		Properties p = new Properties();
		new TreeMap<>(hashes).forEach(p::setProperty);
		try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			p.store(out, null);
		}
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
