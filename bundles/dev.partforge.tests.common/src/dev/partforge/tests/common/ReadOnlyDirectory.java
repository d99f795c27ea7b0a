// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes a directory really read-only for the running process, also for root: as root through a read-only bind
 * mount of the directory onto itself ({@code mount --bind}, then {@code mount -o remount,ro,bind}), otherwise by
 * removing the write permissions. {@link #close()} makes it writable again. Fails (never skips) if the directory
 * stays writable.
 */
public final class ReadOnlyDirectory implements AutoCloseable {

	private final Path dir;
	private final boolean mounted;
	private final Set<PosixFilePermission> permissions;

	private ReadOnlyDirectory(Path dir, boolean mounted, Set<PosixFilePermission> permissions) {
		this.dir = dir;
		this.mounted = mounted;
		this.permissions = permissions;
	}

	/**
	 * Makes a directory read-only.
	 *
	 * @param dir an existing directory
	 * @return the handle that makes it writable again
	 * @throws IOException if it cannot be made read-only
	 */
	public static ReadOnlyDirectory of(Path dir) throws IOException {
		Set<PosixFilePermission> before = Files.getPosixFilePermissions(dir);
		boolean root = "root".equals(System.getProperty("user.name"));
		ReadOnlyDirectory handle;
		if (root) {
			run("mount", "--bind", dir.toString(), dir.toString());
			handle = new ReadOnlyDirectory(dir, true, before);
			try {
				run("mount", "-o", "remount,ro,bind", dir.toString());
			} catch (IOException e) {
				handle.close();
				throw e;
			}
		} else {
			Set<PosixFilePermission> readOnly = EnumSet.copyOf(before);
			readOnly.removeAll(List.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
					PosixFilePermission.OTHERS_WRITE));
			Files.setPosixFilePermissions(dir, readOnly);
			handle = new ReadOnlyDirectory(dir, false, before);
		}
		try {
			Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
		} catch (IOException expected) {
			return handle;
		}
		handle.close();
		throw new IOException(dir + " is still writable after making it read-only");
	}

	@Override
	public void close() throws IOException {
		if (mounted) {
			run("umount", dir.toString());
		} else {
			Files.setPosixFilePermissions(dir, permissions);
		}
	}

	private static void run(String... command) throws IOException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			if (!p.waitFor(30, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not finish");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(String.join(" ", command) + " interrupted", e);
		}
		String out = new String(p.getInputStream().readAllBytes()).strip();
		if (p.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + out);
		}
	}
}
