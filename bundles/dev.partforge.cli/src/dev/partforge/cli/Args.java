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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parsed command-line arguments of one command: flags ({@code --json}), options with a value ({@code --seed 42} or
 * {@code --seed=42}) and positional arguments. Anything not declared is rejected with a usage error naming it.
 * <p>
 * Typical use: {@code Args a = Args.spec("parts list").flags("--json").options("--difficulty").parse(args);}
 */
public final class Args {

	/** The longest argument accepted at all, in characters; options may set lower limits. */
	public static final int MAX_ARGUMENT = 4096;

	/** How many characters of a bad value an error message shows. */
	private static final int SHOWN = 40;

	private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");
	private static final Pattern DECIMAL = Pattern.compile("-?([0-9]{1,15}(\\.[0-9]{0,9})?|\\.[0-9]{1,9})");

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
	 * Returns an option parsed as a long. Only the ASCII digits 0-9 with an optional leading minus are accepted (no
	 * other scripts' digits, no plus sign, no exponent).
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
		String text = v.get().trim();
		if (WHOLE.matcher(text).matches()) {
			try {
				return Optional.of(Long.parseLong(text));
			} catch (NumberFormatException e) {
				throw CliException.usage(command + ": " + option + " is too large, got '" + shown(v.get()) + "'");
			}
		}
		throw CliException.usage(command + ": " + option + " must be a whole number written with the digits 0-9, got '"
				+ shown(v.get()) + "'");
	}

	/**
	 * Returns an option parsed as a plain decimal number ({@code 12}, {@code 12.5}, {@code -0.25}): ASCII digits 0-9,
	 * an optional leading minus and decimal point; no exponent, hexadecimal, NaN or infinity.
	 *
	 * @param option the option
	 * @param min    the smallest accepted value
	 * @param max    the largest accepted value
	 * @return the value, if given
	 * @throws CliException (usage) if the value is not such a number or outside {@code [min, max]}
	 */
	public Optional<Double> doubleValue(String option, double min, double max) throws CliException {
		Optional<String> v = value(option);
		if (v.isEmpty()) {
			return Optional.empty();
		}
		String text = v.get().trim();
		if (!DECIMAL.matcher(text).matches()) {
			throw CliException.usage(command + ": " + option
					+ " must be a decimal number such as 12 or 12.5 (digits 0-9, no exponent), got '" + shown(v.get())
					+ "'");
		}
		double d = Double.parseDouble(text);
		if (d < min || d > max) {
			throw CliException.usage(command + ": " + option + " must be between " + plain(min) + " and " + plain(max)
					+ ", got " + shown(text));
		}
		return Optional.of(d);
	}

	/**
	 * Returns an option's value checked as text: at most {@code maxLength} characters, no control characters.
	 *
	 * @param option    the option
	 * @param maxLength the longest accepted value, in characters
	 * @return the value, if given
	 * @throws CliException (usage) if the value is too long or holds a control character
	 */
	public Optional<String> text(String option, int maxLength) throws CliException {
		Optional<String> v = value(option);
		if (v.isPresent()) {
			checkText(command + ": " + option, v.get(), maxLength);
		}
		return v;
	}

	/**
	 * Checks a text argument: at most {@code maxLength} characters, no control characters (line breaks, tabs, escape
	 * sequences), so that it prints on one line.
	 *
	 * @param what      what is checked, for the message, e.g. {@code "prefs set: NAME"}
	 * @param value     the text
	 * @param maxLength the longest accepted value, in characters
	 * @return the text
	 * @throws CliException (usage) naming the limit
	 */
	public static String checkText(String what, String value, int maxLength) throws CliException {
		if (value.length() > maxLength) {
			throw CliException.usage(what + " is too long (" + value.length() + " characters; at most " + maxLength
					+ ")");
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			throw CliException.usage(what + " must not contain control characters (line breaks, tabs), got '"
					+ shown(value) + "'");
		}
		return value;
	}

	/**
	 * Shortens and escapes a user's value for an error message, so that the message stays one short line.
	 *
	 * @param value the value as given
	 * @return its first 40 characters, control characters escaped as backslash-u codes, "..." if cut
	 */
	public static String shown(String value) {
		StringBuilder sb = new StringBuilder();
		int i = 0;
		for (; i < value.length() && i < SHOWN; i++) {
			char c = value.charAt(i);
			sb.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return i < value.length() ? sb + "..." : sb.toString();
	}

	private static String plain(double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
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
		throw CliException.usage(what + " must be one of " + accepted + ", got '" + shown(value) + "'");
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
				if (args.get(i).length() > MAX_ARGUMENT) {
					throw CliException.usage(command + ": argument " + (i + 1) + " is too long ("
							+ args.get(i).length() + " characters; at most " + MAX_ARGUMENT + ")");
				}
			}
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
						throw CliException.usage(command + ": unknown option " + shown(name) + " (see partforge "
								+ command.split(" ")[0] + " --help)");
					}
				} else {
					positionals.add(arg);
				}
			}
			if (positionals.size() > maxPositionals) {
				throw CliException.usage(command + ": unexpected argument '" + shown(positionals.get(maxPositionals)) + "'");
			}
			return new Args(command, Set.copyOf(flags), Map.copyOf(values), List.copyOf(positionals));
		}
	}
}
