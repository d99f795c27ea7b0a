// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Optional;

/**
 * Where PartForge keeps its data: the store, backups and logs.
 * <p>
 * The directory comes from the system property {@value #PROPERTY} (set by the {@code partforge} launcher from
 * {@code --data DIR} or the {@code PARTFORGE_DATA} environment variable); without it, {@code ~/.partforge}.
 */
public final class DataDirectory {

	/** System property naming the data directory. */
	public static final String PROPERTY = "partforge.data";

	private static final String CHOOSE = "choose a writable one with --data DIR or PARTFORGE_DATA";

	private DataDirectory() {
	}

	/**
	 * Returns the data directory, creating it if it does not exist yet.
	 *
	 * @return the absolute, normalized data directory
	 * @throws UncheckedIOException if the directory cannot be created, with the path in the message
	 */
	public static Path get() {
		Path dir = configured();
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot create the PartForge data directory " + dir
					+ " (choose another one with --data DIR or PARTFORGE_DATA)", e);
		}
		return dir;
	}

	/**
	 * Tells why the data directory cannot be used for writing, if it cannot: it cannot be created, is not a
	 * directory, or is read-only (a read-only file system, an immutable directory, or missing permissions). Writes
	 * and deletes one empty probe file to find out, since only a real write tells.
	 *
	 * @param dir the data directory
	 * @return one line naming the directory and what to do, or empty if the directory is writable
	 */
	public static Optional<String> problem(Path dir) {
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			return Optional.of("cannot create the data directory " + dir + " (" + reason(e) + "); " + CHOOSE);
		}
		try {
			Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
			Files.delete(probe);
			return Optional.empty();
		} catch (IOException e) {
			return Optional.of("the data directory " + dir + " is not writable (" + reason(e) + "); " + CHOOSE);
		}
	}

	private static String reason(IOException e) {
		if (e instanceof FileAlreadyExistsException) {
			return "a file of that name is in the way";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		String m = String.valueOf(e.getMessage());
		if (e instanceof FileSystemException f && f.getReason() != null) {
			m = f.getReason();
		}
		return m.toLowerCase(Locale.ROOT).contains("read-only") ? "read-only file system" : m;
	}

	/**
	 * Returns the configured data directory without touching the file system.
	 *
	 * @return the absolute, normalized data directory
	 */
	public static Path configured() {
		String value = System.getProperty(PROPERTY);
		Path dir = value == null || value.isBlank() ? Paths.get(System.getProperty("user.home"), ".partforge")
				: Paths.get(value);
		return dir.toAbsolutePath().normalize();
	}
}
