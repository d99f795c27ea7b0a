// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli;

import java.util.List;

/**
 * One command of the {@code partforge} command line ({@code partforge <name> [options]}).
 * <p>
 * Commands are OSGi Declarative Services components ({@code @Component(service = CliCommand.class)}), one class per
 * command; the dispatcher finds them in the service registry. A command writes its results to
 * {@link CliContext#out()}, reports progress of long work through {@link CliContext#monitor()} and signals bad input
 * or failures with a {@link CliException} whose message is one line a user can act on.
 */
public interface CliCommand {

	/**
	 * Returns the command word.
	 *
	 * @return the word typed after {@code partforge}, e.g. {@code "parts"}
	 */
	String name();

	/**
	 * Returns a one-line description for {@code partforge --help}.
	 *
	 * @return the summary
	 */
	String summary();

	/**
	 * Returns the full usage text shown by {@code partforge <name> --help}.
	 *
	 * @return usage lines, without a trailing newline
	 */
	String usage();

	/**
	 * Tells whether the command writes to the data directory (opens the store, writes preferences). The dispatcher
	 * refuses such a command with one line naming the directory when the directory is not writable, so that commands
	 * which only report ({@code version}, {@code doctor}) answer {@code false} and still run.
	 *
	 * @return {@code true} unless the command works without a writable data directory
	 */
	default boolean needsWritableData() {
		return true;
	}

	/**
	 * Runs the command.
	 *
	 * @param context output streams, progress monitor and data directory
	 * @param args    the arguments after the command word
	 * @return the process exit code, 0 on success
	 * @throws CliException on bad input or a failure the user must know about
	 */
	int run(CliContext context, List<String> args) throws CliException;
}
