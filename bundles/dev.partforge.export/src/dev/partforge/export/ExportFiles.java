// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Exports into a file so that the file is either complete or untouched: the exporter writes a temporary file
 * beside the target, {@code .<name>.part}, which replaces the target only when the export succeeded. Only a regular
 * file (or a new name) is ever replaced: a device, a directory, a fifo or a socket is refused before anything is
 * written. The temporary file of an export that was killed is reused (truncated) by the next export to the same
 * target; a lock on it keeps two exports to the same target apart.
 */
public final class ExportFiles {

	/** Suffix of the temporary file beside the target. */
	public static final String TEMP_SUFFIX = ".part";

	private ExportFiles() {
	}

	/**
	 * Returns the temporary file an export to a target writes first.
	 *
	 * @param target the target file
	 * @return {@code .<name>.part} in the target's folder
	 */
	public static Path tempFile(Path target) {
		Path file = target.toAbsolutePath().normalize();
		return file.resolveSibling("." + file.getFileName() + TEMP_SUFFIX);
	}

	/**
	 * Runs an exporter into a file.
	 *
	 * @param exporter the exporter
	 * @param request  what to export
	 * @param target   the file to write (replaced if it is a regular file; a symbolic link is followed)
	 * @param monitor  progress and cancellation; may be {@code null}
	 * @return the file written (the target, or the file its symbolic link points to)
	 * @throws ExportException          if the folder is missing or not writable, the target is not a regular file,
	 *                                  another export writes it, the disk is full, or the exporter fails; the
	 *                                  target is then unchanged and no temporary file is left
	 * @throws OperationCanceledException if cancelled; the target is unchanged
	 */
	public static Path write(Exporter exporter, ExportRequest request, Path target, IProgressMonitor monitor)
			throws ExportException {
		Path file = regularTarget(target.toAbsolutePath().normalize());
		Path temp = tempFile(file);
		if (Files.exists(temp, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
			throw new ExportException("Cannot write " + file + ": " + temp
					+ " is in the way and is not a regular file; remove it and export again");
		}
		boolean locked = false;
		boolean done = false;
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				LinkOption.NOFOLLOW_LINKS)) {
			locked = channel.tryLock() != null;
			if (!locked) {
				throw busy(file, null);
			}
			channel.truncate(0);
			OutputStream out = new NonClosingOutputStream(Channels.newOutputStream(channel));
			exporter.export(request, out, monitor);
			out.flush();
			channel.force(true);
			move(temp, file);
			done = true;
			return file;
		} catch (OverlappingFileLockException e) {
			throw busy(file, e);
		} catch (IOException e) {
			throw new ExportException("Cannot write " + file + ": " + reason(e), e);
		} finally {
			if (locked && !done) {
				deleteQuietly(temp);
			}
		}
	}

	private static ExportException busy(Path file, Throwable cause) {
		return new ExportException("Cannot write " + file
				+ ": another export is writing it right now; wait for it to finish", cause);
	}

	/**
	 * Checks that a target may be replaced: its folder exists and it is a regular file or does not exist yet.
	 *
	 * @param file the absolute target
	 * @return the file to write: the target, or where its symbolic link points
	 * @throws ExportException naming what is wrong
	 */
	private static Path regularTarget(Path file) throws ExportException {
		Path real = file;
		if (Files.isSymbolicLink(file)) {
			try {
				real = file.toRealPath();
			} catch (IOException e) {
				throw new ExportException("Cannot write " + file + ": it is a symbolic link to a missing file", e);
			}
		}
		Path dir = real.getParent();
		if (dir == null || !Files.isDirectory(dir)) {
			throw new ExportException("Cannot write " + file + ": the folder " + dir + " does not exist");
		}
		if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
			throw new ExportException("Cannot write " + file + ": it is " + kind(real)
					+ ", not a regular file; give a file name");
		}
		return real;
	}

	private static String kind(Path path) {
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			return "a directory";
		}
		try {
			BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (a.isOther()) {
				String type = String.valueOf(Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS));
				return special(Integer.parseInt(type));
			}
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			// the generic wording below is still true
		}
		return "a special file";
	}

	private static String special(int mode) {
		return switch (mode & 0170000) {
		case 0020000 -> "a character device";
		case 0060000 -> "a block device";
		case 0010000 -> "a named pipe (fifo)";
		case 0140000 -> "a socket";
		default -> "a special file";
		};
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
			ILog.of(ExportFiles.class).warn("Could not delete the temporary file " + temp, e);
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
