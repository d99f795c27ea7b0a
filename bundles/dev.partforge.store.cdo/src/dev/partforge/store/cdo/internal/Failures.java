// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Predicate;

import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.PermissionDeniedException;
import dev.partforge.store.StorageFullException;
import dev.partforge.store.StoreException;
import dev.partforge.store.VersionMismatchException;

/**
 * Maps failures of H2, CDO and the file system to the typed {@link StoreException}s, with messages that say what
 * the user can do.
 */
final class Failures {

	/** H2 error codes (org.h2.api.ErrorCode), kept here to avoid depending on H2 internals. */
	private static final int DATABASE_ALREADY_OPEN = 90020;
	private static final int FILE_CORRUPTED = 90030;
	private static final int FILE_VERSION_ERROR = 90048;
	private static final int NO_DISK_SPACE = 90100;
	private static final int FILE_CREATION_FAILED = 90062;
	private static final int IO_EXCEPTION = 90028;
	private static final int IO_EXCEPTION_2 = 90031;
	private static final int READ_ONLY = 90097;

	private Failures() {
	}

	/**
	 * Maps a failure.
	 *
	 * @param action what the store was doing, e.g. "open the store"
	 * @param location the store directory
	 * @param failure the failure
	 * @return the typed exception to throw
	 */
	static StoreException map(String action, Path location, Throwable failure) {
		if (failure instanceof StoreException store) {
			return store;
		}
		String where = " (" + location + ")";
		if (any(failure, t -> code(t) == NO_DISK_SPACE || text(t).contains("no space left")
				|| text(t).contains("disk quota") || text(t).contains("not enough space"))) {
			return new StorageFullException("Storage full: cannot " + action + where
					+ ": the disk is full or the quota is exceeded; this change was not stored. Free some space and"
					+ " try again.", failure);
		}
		if (any(failure, t -> t instanceof AccessDeniedException || code(t) == READ_ONLY
				|| text(t).contains("permission denied") || text(t).contains("access denied"))) {
			return new PermissionDeniedException("Cannot " + action + where
					+ ": permission denied. Make the directory writable for this user or choose another data"
					+ " directory with --data.", failure);
		}
		if (any(failure, t -> code(t) == DATABASE_ALREADY_OPEN || text(t).contains("locked by another process"))) {
			return new StoreException("Cannot " + action + where
					+ ": the store is in use by another PartForge process. Close it and try again.", failure);
		}
		if (any(failure, t -> code(t) == FILE_VERSION_ERROR)) {
			return new VersionMismatchException("Cannot " + action + where
					+ ": the database file was written by an incompatible H2 version. Restore a backup or use"
					+ " the PartForge version that wrote it.", failure);
		}
		if (any(failure, t -> code(t) == FILE_CORRUPTED || t instanceof EOFException
				|| t.getClass().getName().equals("org.h2.mvstore.MVStoreException") || text(t).contains("corrupt"))) {
			return new CorruptStoreException("Cannot " + action + where + ": the database is damaged ("
					+ rootMessage(failure) + "). Restore the newest backup with 'partforge store restore' (or"
					+ " Restore... in the Storage view); the damaged database is kept aside.", failure);
		}
		if (any(failure, t -> code(t) == FILE_CREATION_FAILED || code(t) == IO_EXCEPTION || code(t) == IO_EXCEPTION_2
				|| t instanceof FileSystemException)) {
			return new StoreException("Cannot " + action + where + ": file system error: " + rootMessage(failure)
					+ ". Check the disk and the directory permissions.", failure);
		}
		return new StoreException("Cannot " + action + where + ": " + rootMessage(failure), failure);
	}

	private static boolean any(Throwable failure, Predicate<Throwable> test) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (test.test(t)) {
				return true;
			}
		}
		return false;
	}

	private static int code(Throwable t) {
		return t instanceof SQLException sql ? sql.getErrorCode() : 0;
	}

	private static String text(Throwable t) {
		return String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}
}
