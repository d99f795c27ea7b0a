// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sub-command words of a command such as {@code partforge parts add|list|get}: the one place that reads the word
 * after the command, runs its action with the remaining arguments, and answers a missing or unknown word with one
 * usage line that names the words.
 * <p>
 * A command builds one instance with {@link #of(String)} and {@link #on(String, Action)} and delegates
 * {@link CliCommand#run(CliContext, List)} to {@link #run(CliContext, List)}. An {@link IOException} of an action
 * becomes {@code "<command> <word>: <message>"}; runtime failures go through the {@link Failures} given to
 * {@link #failures(Failures)} (by default they are not caught).
 */
public final class SubCommands {

	/** The work of one sub-command. */
	@FunctionalInterface
	public interface Action {

		/**
		 * Runs the sub-command.
		 *
		 * @param context the invocation
		 * @param args    the arguments after the sub-command word
		 * @return the process exit code, 0 on success
		 * @throws CliException on bad input or a failure the user must know about
		 * @throws IOException  on a failure to read or write a file
		 */
		int run(CliContext context, List<String> args) throws CliException, IOException;
	}

	/** Turns a runtime failure of a sub-command into the error the user sees. */
	@FunctionalInterface
	public interface Failures {

		/**
		 * Maps a failure, or throws it on when it is not one to show as a one-line error.
		 *
		 * @param command the command and sub-command word as typed, e.g. {@code "parts add"}
		 * @param e       the failure
		 * @return the error to throw
		 */
		CliException map(String command, RuntimeException e);
	}

	private final String command;

	private final Map<String, Action> actions = new LinkedHashMap<>();

	private Failures failures = (typed, e) -> {
		throw e;
	};

	private SubCommands(String command) {
		this.command = command;
	}

	/**
	 * Starts the sub-commands of a command.
	 *
	 * @param command the command words before the sub-command, e.g. {@code "parts"} or {@code "server user"}
	 * @return sub-commands with no words yet
	 */
	public static SubCommands of(String command) {
		return new SubCommands(command);
	}

	/**
	 * Adds a sub-command word; words are listed in error messages in the order they were added.
	 *
	 * @param word   the sub-command word
	 * @param action what it runs
	 * @return this
	 */
	public SubCommands on(String word, Action action) {
		actions.put(word, action);
		return this;
	}

	/**
	 * Sets how runtime failures of the actions become errors.
	 *
	 * @param mapping the mapping
	 * @return this
	 */
	public SubCommands failures(Failures mapping) {
		this.failures = mapping;
		return this;
	}

	/**
	 * Runs the sub-command named by the first argument.
	 *
	 * @param context the invocation
	 * @param args    the arguments after the command words, the sub-command word first
	 * @return the exit code of the sub-command
	 * @throws CliException a usage error for a missing or unknown word, or the sub-command's error
	 */
	public int run(CliContext context, List<String> args) throws CliException {
		if (args.isEmpty()) {
			throw CliException.usage(command + ": missing subcommand (" + String.join(", ", actions.keySet()) + ")");
		}
		String word = args.get(0);
		Action action = actions.get(word);
		if (action == null) {
			throw CliException.usage(
					command + ": unknown subcommand '" + Args.shown(word) + "', expected " + alternatives());
		}
		try {
			return action.run(context, args.subList(1, args.size()));
		} catch (IOException e) {
			throw new CliException(command + " " + word + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			throw failures.map(command + " " + word, e);
		}
	}

	private String alternatives() {
		List<String> words = new ArrayList<>(actions.keySet());
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
	}
}
