// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.core.DataDirectory;

/**
 * Picks the command named by the first argument and runs it; prints help, usage errors and failures in one place.
 */
public final class Dispatcher {

	/** Exit code of a failure that is a bug in PartForge (BSD sysexits EX_SOFTWARE). */
	public static final int INTERNAL_ERROR = 70;

	private static final ILog LOG = ILog.of(Dispatcher.class);

	private final Supplier<Collection<CliCommand>> commands;

	/**
	 * Creates a dispatcher.
	 *
	 * @param commands supplies the commands currently registered
	 */
	public Dispatcher(Supplier<Collection<CliCommand>> commands) {
		this.commands = commands;
	}

	/**
	 * Runs a command line.
	 *
	 * @param args    the application arguments, the command word first
	 * @param context where the command writes
	 * @return the process exit code
	 */
	public int run(List<String> args, CliContext context) {
		if (args.isEmpty()) {
			printHelp(context);
			context.err().println("partforge: missing command");
			return CliException.USAGE;
		}
		String word = args.get(0);
		if (word.equals("--help") || word.equals("-h") || word.equals("help")) {
			printHelp(context);
			return 0;
		}
		Optional<CliCommand> command = find(word);
		if (command.isEmpty()) {
			context.err().println("partforge: unknown command '" + Args.shown(word) + "' (try partforge --help)");
			return CliException.USAGE;
		}
		List<String> rest = args.subList(1, args.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			context.out().println(command.get().usage());
			return 0;
		}
		if (command.get().needsWritableData()) {
			Optional<String> problem = DataDirectory.problem(context.dataDirectory());
			if (problem.isPresent()) {
				context.err().println("partforge: " + problem.get());
				return CliException.FAILURE;
			}
		}
		try {
			return command.get().run(context, rest);
		} catch (CliException e) {
			if (e.getCause() != null) {
				LOG.error("partforge " + String.join(" ", args) + ": " + e.getMessage(), e.getCause());
			}
			context.err().println("partforge: " + oneLine(e.getMessage()));
			return e.exitCode();
		} catch (RuntimeException | Error e) {
			LOG.error("partforge " + String.join(" ", args) + " failed", e);
			context.err().println("partforge: internal error in '" + word + "': " + oneLine(e.toString())
					+ " (details in the log under " + context.dataDirectory() + ")");
			return INTERNAL_ERROR;
		}
	}

	/**
	 * Makes a message printable as one line: line breaks and other control characters become spaces.
	 *
	 * @param message the message, possibly null
	 * @return one line
	 */
	public static String oneLine(String message) {
		return String.valueOf(message).replaceAll("\\p{Cntrl}+", " ").strip();
	}

	private Optional<CliCommand> find(String word) {
		return commands.get().stream().filter(c -> c.name().equals(word)).findFirst();
	}

	private void printHelp(CliContext context) {
		StringBuilder sb = new StringBuilder();
		sb.append("Usage: partforge [--data DIR] <command> [options]\n");
		sb.append("       partforge                 (no command: start the workbench)\n\n");
		sb.append("Commands:\n");
		commands.get().stream().sorted(Comparator.comparing(CliCommand::name))
				.forEach(c -> sb.append(String.format("  %-12s %s%n", c.name(), c.summary())));
		sb.append("\nRun 'partforge <command> --help' for a command's options.");
		context.out().println(sb);
	}
}
