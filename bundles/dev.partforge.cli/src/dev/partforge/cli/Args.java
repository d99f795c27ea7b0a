// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parsed command-line arguments of one command: flags ({@code --json}), options with a value ({@code --seed 42} or
 * {@code --seed=42}) and positional arguments. Anything not declared is rejected with a usage error naming it.
 * <p>
 * Typical use: {@code Args a = Args.spec("parts list").flags("--json").options("--difficulty").parse(args);}
 */
public final class Args {

	private final String command;
	private final Set<String> flags;
	private final Map<String, String> values;
	private final List<String> positionals;

	private Args(String command, Set<String> flags, Map<String, String> values, List<String> positionals) {
		this.command = command;
		this.flags = flags;
		this.values = values;
		this.positionals = positionals;
	}

	/**
	 * Starts the declaration of what a command accepts.
	 *
	 * @param command the command as typed, e.g. {@code "parts list"}, used in error messages
	 * @return a specification to declare flags and options on
	 */
	public static Spec spec(String command) {
		return new Spec(command);
	}

	/**
	 * Tells whether a flag was given.
	 *
	 * @param flag e.g. {@code "--json"}
	 * @return true if present
	 */
	public boolean has(String flag) {
		return flags.contains(flag);
	}

	/**
	 * Returns an option's value.
	 *
	 * @param option e.g. {@code "--difficulty"}
	 * @return the value, if the option was given
	 */
	public Optional<String> value(String option) {
		return Optional.ofNullable(values.get(option));
	}

	/**
	 * Returns a required option's value.
	 *
	 * @param option e.g. {@code "--name"}
	 * @return the value
	 * @throws CliException (usage) if the option is missing
	 */
	public String required(String option) throws CliException {
		String v = values.get(option);
		if (v == null) {
			throw CliException.usage(command + ": missing " + option);
		}
		return v;
	}

	/**
	 * Returns an option parsed as a long.
	 *
	 * @param option the option
	 * @return the value, if given
	 * @throws CliException (usage) if the value is not a whole number
	 */
	public Optional<Long> longValue(String option) throws CliException {
		Optional<String> v = value(option);
		if (v.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(v.get().trim()));
		} catch (NumberFormatException e) {
			throw CliException.usage(command + ": " + option + " must be a whole number, got '" + v.get() + "'");
		}
	}

	/**
	 * Returns an option parsed as a decimal number.
	 *
	 * @param option the option
	 * @return the value, if given
	 * @throws CliException (usage) if the value is not a finite number
	 */
	public Optional<Double> doubleValue(String option) throws CliException {
		Optional<String> v = value(option);
		if (v.isEmpty()) {
			return Optional.empty();
		}
		try {
			double d = Double.parseDouble(v.get().trim());
			if (Double.isFinite(d)) {
				return Optional.of(d);
			}
		} catch (NumberFormatException e) {
			// reported below with the option's name
		}
		throw CliException.usage(command + ": " + option + " must be a number, got '" + v.get() + "'");
	}

	/**
	 * Returns an option parsed as one of an enum's constants, case-insensitively.
	 *
	 * @param <E>    the enum type
	 * @param option the option
	 * @param type   the enum class
	 * @return the constant, if given
	 * @throws CliException (usage) listing the accepted values if the value matches none
	 */
	public <E extends Enum<E>> Optional<E> enumValue(String option, Class<E> type) throws CliException {
		Optional<String> v = value(option);
		if (v.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(parseEnum(command + ": " + option, v.get(), type));
	}

	/**
	 * Parses a word as an enum constant, case-insensitively.
	 *
	 * @param <E>   the enum type
	 * @param what  what is parsed, for the error message
	 * @param value the word
	 * @param type  the enum class
	 * @return the constant
	 * @throws CliException (usage) listing the accepted values
	 */
	public static <E extends Enum<E>> E parseEnum(String what, String value, Class<E> type) throws CliException {
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(value.trim())) {
				return e;
			}
		}
		String accepted = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining("|"));
		throw CliException.usage(what + " must be one of " + accepted + ", got '" + value + "'");
	}

	/**
	 * Returns the positional arguments in order.
	 *
	 * @return an unmodifiable list
	 */
	public List<String> positionals() {
		return positionals;
	}

	/**
	 * Returns a required positional argument.
	 *
	 * @param index its index among the positionals
	 * @param name  its name in the usage text, e.g. {@code "ID"}
	 * @return the argument
	 * @throws CliException (usage) if missing
	 */
	public String positional(int index, String name) throws CliException {
		if (index >= positionals.size()) {
			throw CliException.usage(command + ": missing " + name);
		}
		return positionals.get(index);
	}

	/** Declares the flags, options and number of positionals a command accepts. */
	public static final class Spec {
		private final String command;
		private final Set<String> flagNames = new LinkedHashSet<>();
		private final Set<String> optionNames = new LinkedHashSet<>();
		private int maxPositionals;

		private Spec(String command) {
			this.command = command;
		}

		/**
		 * Declares flags (no value).
		 *
		 * @param names e.g. {@code "--json"}
		 * @return this
		 */
		public Spec flags(String... names) {
			flagNames.addAll(List.of(names));
			return this;
		}

		/**
		 * Declares options that take a value.
		 *
		 * @param names e.g. {@code "--seed"}
		 * @return this
		 */
		public Spec options(String... names) {
			optionNames.addAll(List.of(names));
			return this;
		}

		/**
		 * Declares how many positional arguments are accepted (default none).
		 *
		 * @param max the maximum number
		 * @return this
		 */
		public Spec positionals(int max) {
			this.maxPositionals = max;
			return this;
		}

		/**
		 * Parses arguments against this specification.
		 *
		 * @param args the raw arguments after the command words
		 * @return the parsed arguments
		 * @throws CliException (usage) on an unknown option, a missing value, a repeated option or too many
		 *                      positionals
		 */
		public Args parse(List<String> args) throws CliException {
			Set<String> flags = new LinkedHashSet<>();
			Map<String, String> values = new LinkedHashMap<>();
			List<String> positionals = new ArrayList<>();
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				if (arg.startsWith("--") && arg.length() > 2) {
					int eq = arg.indexOf('=');
					String name = eq < 0 ? arg : arg.substring(0, eq);
					if (flagNames.contains(name) && eq < 0) {
						flags.add(name);
					} else if (optionNames.contains(name)) {
						String value;
						if (eq >= 0) {
							value = arg.substring(eq + 1);
						} else if (i + 1 < args.size()) {
							value = args.get(++i);
						} else {
							throw CliException.usage(command + ": " + name + " needs a value");
						}
						if (values.putIfAbsent(name, value) != null) {
							throw CliException.usage(command + ": " + name + " given twice");
						}
					} else {
						throw CliException.usage(command + ": unknown option " + name + " (see partforge "
								+ command.split(" ")[0] + " --help)");
					}
				} else {
					positionals.add(arg);
				}
			}
			if (positionals.size() > maxPositionals) {
				throw CliException.usage(command + ": unexpected argument '" + positionals.get(maxPositionals) + "'");
			}
			return new Args(command, Set.copyOf(flags), Map.copyOf(values), List.copyOf(positionals));
		}
	}
}
