// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A folder nobody may write to, also for root (as in CI containers): read-only permissions, and the immutable
 * attribute ({@code chattr +i}) when permissions do not stop the current user. Restored on {@link #close()}.
 */
public final class LockedFolder implements AutoCloseable {

	private final Path folder;
	private boolean immutable;

	/**
	 * Locks a folder; the test is skipped (not passed) if this system cannot make it unwritable.
	 *
	 * @param folder an existing folder (its content stays readable)
	 * @throws IOException if permissions cannot be changed
	 */
	public LockedFolder(Path folder) throws IOException {
		this.folder = folder;
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		if (writable()) {
			immutable = run("chattr", "+i", folder.toString()) == 0;
		}
		Assumptions.assumeFalse(writable(), "cannot make " + folder + " unwritable on this system");
	}

	/** @return the folder */
	public Path path() {
		return folder;
	}

	private boolean writable() throws IOException {
		try {
			Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static int run(String... command) throws IOException {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running " + command[0], e);
		} catch (IOException e) {
			return -1; // tool missing: the folder stays writable and the test is skipped
		}
	}

	@Override
	public void close() throws IOException {
		if (immutable) {
			run("chattr", "-i", folder.toString());
		}
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
	}
}
