// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where PartForge keeps its data: the store, backups and logs.
 * <p>
 * The directory comes from the system property {@value #PROPERTY} (set by the {@code partforge} launcher from
 * {@code --data DIR} or the {@code PARTFORGE_DATA} environment variable); without it, {@code ~/.partforge}.
 */
public final class DataDirectory {

	/** System property naming the data directory. */
	public static final String PROPERTY = "partforge.data";

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
