// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.cli.SubCommands;
import dev.partforge.store.PartStore;
import dev.partforge.store.PreferenceValue;

/**
 * {@code partforge prefs get NAME | set NAME VALUE}: stored preferences. A new value is typed by its form (true/false,
 * a number, else text); an existing number or boolean preference only accepts a value of its type.
 */
@Component(service = CliCommand.class)
public final class PrefsCommand implements CliCommand {

	/** NaN and infinity as Java, C and people spell them: never stored, as text or number. */
	private static final Pattern NOT_FINITE = Pattern.compile("[-+]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

	/** Largest number stored, so that it prints and round-trips exactly enough. */
	private static final double MAX_NUMBER = 1e15;

	@Reference
	private PartStore store;

	@Override
	public String name() {
		return "prefs";
	}

	@Override
	public String summary() {
		return "read and set stored preferences";
	}

	@Override
	public String usage() {
		return """
				Usage: partforge prefs get NAME
				       partforge prefs set NAME VALUE   (true/false and numbers are stored typed)
				NAME has at most 100 characters, VALUE at most 1000; numbers are finite decimals up to 1e15.""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		return SubCommands.of("prefs").on("get", (c, rest) -> {
			get(c, Args.spec("prefs get").positionals(1).parse(rest));
			return 0;
		}).on("set", (c, rest) -> {
			set(c, Args.spec("prefs set").positionals(2).parse(rest));
			return 0;
		}).failures(StoreCli::failure).run(context, args);
	}

	private void get(CliContext context, Args a) throws CliException {
		String name = Args.checkText("prefs get: NAME", a.positional(0, "NAME"), Limits.PREF_NAME);
		PreferenceValue value = store.getPreference(name)
				.orElseThrow(() -> new CliException("prefs get: no preference '" + name + "'"));
		context.out().println(text(value));
	}

	private void set(CliContext context, Args a) throws CliException {
		String name = Args.checkText("prefs set: NAME", a.positional(0, "NAME"), Limits.PREF_NAME);
		if (name.isBlank()) {
			throw CliException.usage("prefs set: NAME must not be blank");
		}
		String text = Args.checkText("prefs set: VALUE", a.positional(1, "VALUE"), Limits.PREF_VALUE);
		if (NOT_FINITE.matcher(text.trim()).matches()) {
			throw CliException.usage("prefs set: '" + Args.shown(text)
					+ "' is not a finite number; numbers are plain decimals such as 12 or 0.5");
		}
		PreferenceValue value = PreferenceValue.parse(text);
		if (value instanceof PreferenceValue.Number n && !(Math.abs(n.value()) <= MAX_NUMBER)) {
			throw CliException.usage("prefs set: " + Args.shown(text) + " is out of range (at most 1e15 in size)");
		}
		Optional<PreferenceValue> existing = store.getPreference(name);
		if (existing.isPresent() && !(existing.get() instanceof PreferenceValue.Text)
				&& existing.get().getClass() != value.getClass()) {
			throw CliException.usage("prefs set: " + name + " holds a " + kind(existing.get()) + ", '" + text
					+ "' is not one");
		}
		if (existing.isPresent() && existing.get() instanceof PreferenceValue.Text) {
			value = new PreferenceValue.Text(text);
		}
		store.putPreference(name, value);
		context.out().println(name + " = " + text(value));
	}

	private static String kind(PreferenceValue value) {
		return switch (value) {
		case PreferenceValue.Text t -> "text";
		case PreferenceValue.Number n -> "number";
		case PreferenceValue.Flag f -> "boolean (true/false)";
		case PreferenceValue.Model m -> "structured value (set it in the application)";
		};
	}

	private static String text(PreferenceValue value) {
		return switch (value) {
		case PreferenceValue.Text t -> t.value();
		case PreferenceValue.Number n -> n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15
				? Long.toString((long) n.value()) : Double.toString(n.value());
		case PreferenceValue.Flag f -> Boolean.toString(f.value());
		case PreferenceValue.Model m -> Json.write(StoreCli.json(m.value()));
		};
	}
}
