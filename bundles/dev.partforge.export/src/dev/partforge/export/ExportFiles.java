// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Exports into a file so that the file is either complete or untouched: the exporter writes a temporary file
 * beside the target, which replaces the target only when the export succeeded.
 */
public final class ExportFiles {

	private ExportFiles() {
	}

	/**
	 * Runs an exporter into a file.
	 *
	 * @param exporter the exporter
	 * @param request  what to export
	 * @param target   the file to write (replaced if it exists)
	 * @param monitor  progress and cancellation; may be {@code null}
	 * @return the target
	 * @throws ExportException          if the folder is missing or not writable, the disk is full, or the exporter
	 *                                  fails; the target is then unchanged and no temporary file is left
	 * @throws OperationCanceledException if cancelled; the target is unchanged
	 */
	public static Path write(Exporter exporter, ExportRequest request, Path target, IProgressMonitor monitor)
			throws ExportException {
		Path file = target.toAbsolutePath().normalize();
		Path dir = file.getParent();
		if (dir == null || !Files.isDirectory(dir)) {
			throw new ExportException("Cannot write " + file + ": the folder " + dir + " does not exist");
		}
		Path temp;
		try {
			temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
		} catch (IOException e) {
			throw new ExportException("Cannot write " + file + ": " + reason(e), e);
		}
		boolean done = false;
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				exporter.export(request, out, monitor);
			}
			move(temp, file);
			done = true;
			return file;
		} catch (IOException e) {
			throw new ExportException("Cannot write " + file + ": " + reason(e), e);
		} finally {
			if (!done) {
				deleteQuietly(temp);
			}
		}
	}

	private static void move(Path temp, Path file) throws IOException {
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path temp) {
		try {
			Files.deleteIfExists(temp);
		} catch (IOException e) {
			org.eclipse.core.runtime.ILog.of(ExportFiles.class).warn("Could not delete the temporary file " + temp, e);
		}
	}

	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied (choose a folder you can write to)";
		}
		if (e instanceof NoSuchFileException) {
			return "the folder does not exist";
		}
		String m = e.getMessage() == null ? "" : e.getMessage();
		if (m.contains("No space left") || m.contains("Disk quota")) {
			return "the disk is full (free some space or choose another disk)";
		}
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return m.isEmpty() ? e.getClass().getSimpleName() : m;
	}
}
