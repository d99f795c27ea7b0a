// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli;

import java.io.Serial;

/**
 * A command failed or was given bad input. The dispatcher prints {@code partforge: <message>} on standard error
 * and exits with {@link #exitCode()}; the message must therefore be one line a user can act on.
 */
public final class CliException extends Exception {

	/** Exit code for bad usage: unknown command or option, malformed value. */
	public static final int USAGE = 2;

	/** Exit code for a failed operation: unknown id, store error, unwritable file. */
	public static final int FAILURE = 1;

	@Serial
	private static final long serialVersionUID = 1L;

	private final int exitCode;

	/**
	 * Creates a failure ({@link #FAILURE}).
	 *
	 * @param message one line for the user
	 */
	public CliException(String message) {
		this(message, null, FAILURE);
	}

	/**
	 * Creates a failure with its cause ({@link #FAILURE}).
	 *
	 * @param message one line for the user
	 * @param cause   the underlying error, logged
	 */
	public CliException(String message, Throwable cause) {
		this(message, cause, FAILURE);
	}

	private CliException(String message, Throwable cause, int exitCode) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/**
	 * Creates a usage error ({@link #USAGE}).
	 *
	 * @param message one line for the user, naming the bad argument
	 * @return the exception
	 */
	public static CliException usage(String message) {
		return new CliException(message, null, USAGE);
	}

	/**
	 * Returns the process exit code.
	 *
	 * @return {@link #USAGE} or {@link #FAILURE}
	 */
	public int exitCode() {
		return exitCode;
	}
}
