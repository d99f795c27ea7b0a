// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The team server a data directory syncs with: URL and user, and the password encrypted, in an Eclipse secure storage
 * ({@code org.eclipse.equinox.security}) file of the data directory ({@code sync/secure_storage}). Its master
 * password is a random key in {@code sync/secure.key}, readable only by the owner (as {@code ~/.pgpass} is): the
 * command line and tests run without a desktop keyring or a prompt.
 */
public final class RemoteSettings {

	private static final String NODE = "dev.partforge.sync/remote";
	private static final String HOST = "host";
	private static final String PORT = "port";
	private static final String USER = "user";
	private static final String PASSWORD = "password";

	private final Path dir;

	/**
	 * @param dataDirectory the PartForge data directory
	 */
	public RemoteSettings(Path dataDirectory) {
		this.dir = dataDirectory.resolve("sync");
	}

	/**
	 * Sets the server, the user and the password, replacing what was set.
	 *
	 * @param remote   the server and user
	 * @param password the password
	 * @throws IOException if the storage cannot be written
	 */
	public void set(Remote remote, char[] password) throws IOException {
		ISecurePreferences node = storage().node(NODE);
		try {
			node.put(HOST, remote.host(), false);
			node.putInt(PORT, remote.port(), false);
			node.put(USER, remote.user(), false);
			node.put(PASSWORD, new String(password), true);
			node.flush();
		} catch (StorageException e) {
			throw new IOException("cannot store the server password: " + e.getMessage(), e);
		}
	}

	/**
	 * @return the server and user, if set
	 * @throws IOException if the storage cannot be read
	 */
	public Optional<Remote> remote() throws IOException {
		if (!Files.exists(dir.resolve("secure_storage"))) {
			return Optional.empty();
		}
		ISecurePreferences root = storage();
		if (!root.nodeExists(NODE)) {
			return Optional.empty();
		}
		ISecurePreferences node = root.node(NODE);
		try {
			String host = node.get(HOST, null);
			return host == null ? Optional.empty()
					: Optional.of(new Remote(host, node.getInt(PORT, Remote.DEFAULT_PORT), node.get(USER, "")));
		} catch (StorageException | IllegalArgumentException e) {
			throw new IOException("cannot read the server settings in " + dir + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @return the stored password
	 * @throws IOException if none is stored or it cannot be decrypted
	 */
	public char[] password() throws IOException {
		try {
			String password = storage().node(NODE).get(PASSWORD, null);
			if (password == null) {
				throw new IOException("no server password is stored: run partforge remote set again");
			}
			return password.toCharArray();
		} catch (StorageException e) {
			throw new IOException("cannot decrypt the server password in " + dir + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Forgets the server, user and password.
	 *
	 * @return whether a server was set
	 * @throws IOException if the storage cannot be written
	 */
	public boolean unset() throws IOException {
		if (remote().isEmpty()) {
			return false;
		}
		ISecurePreferences root = storage();
		root.node(NODE).removeNode();
		root.flush();
		return true;
	}

	private ISecurePreferences storage() throws IOException {
		Files.createDirectories(dir);
		Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(key()),
				IProviderHints.PROMPT_USER, Boolean.FALSE);
		try {
			return SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), options);
		} catch (MalformedURLException e) {
			throw new IOException(e);
		}
	}

	private char[] key() throws IOException {
		Path file = dir.resolve("secure.key");
		if (!Files.exists(file)) {
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			Path temp = Files.createTempFile(dir, "secure", ".key",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(temp, Base64.getEncoder().encodeToString(bytes));
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temp);
			}
		}
		return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
	}
}
