// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <store>/host.properties}: how other processes reach the process hosting a store — the loopback port of its
 * Net4j TCP acceptor, the secret a session must present, the host's pid and schema version. Readable by the owner
 * only; written atomically after the acceptor is listening, deleted when the host closes the store.
 *
 * @param port the TCP port on 127.0.0.1
 * @param secret the session password
 * @param pid the host's process id
 * @param schema the schema version of the host's model
 */
record HostFile(int port, String secret, long pid, int schema) {

	static final String FILE = "host.properties";

	/**
	 * @param port the acceptor's port
	 * @param schema the schema version
	 * @return a host file for this process with a new random 256-bit secret
	 */
	static HostFile create(int port, int schema) {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return new HostFile(port, HexFormat.of().formatHex(bytes), ProcessHandle.current().pid(), schema);
	}

	/**
	 * Writes the file (temporary file with owner-only permissions, then an atomic move).
	 *
	 * @param root the store directory
	 * @throws IOException if writing fails
	 */
	void write(Path root) throws IOException {
		Path partial = Files.createTempFile(root, "host", ".partial",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Properties p = new Properties();
		p.setProperty("port", Integer.toString(port));
		p.setProperty("secret", secret);
		p.setProperty("pid", Long.toString(pid));
		p.setProperty("schema", Integer.toString(schema));
		try (Writer out = Files.newBufferedWriter(partial)) {
			p.store(out, "PartForge: the process hosting this store (do not share this file)");
		}
		Files.move(partial, root.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * @param root the store directory
	 * @return the host file, empty if there is none (yet) or it is incomplete
	 * @throws IOException if it exists but cannot be read
	 */
	static Optional<HostFile> read(Path root) throws IOException {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(root.resolve(FILE))) {
			p.load(in);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
		try {
			return Optional.of(new HostFile(Integer.parseInt(p.getProperty("port")), p.getProperty("secret"),
					Long.parseLong(p.getProperty("pid")), Integer.parseInt(p.getProperty("schema"))));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/**
	 * Deletes the file if it still describes this host.
	 *
	 * @param root the store directory
	 * @throws IOException if it cannot be deleted
	 */
	void delete(Path root) throws IOException {
		if (read(root).filter(this::equals).isPresent()) {
			Files.deleteIfExists(root.resolve(FILE));
		}
	}

	@Override
	public String toString() {
		return "HostFile[port=" + port + ", pid=" + pid + ", schema=" + schema + "]"; // never the secret
	}
}
