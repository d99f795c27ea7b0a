// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.cli.SubCommands;

/** {@code partforge remote set|show|unset}: the team server this data directory syncs with. */
@Component(service = CliCommand.class)
public final class RemoteCommand implements CliCommand {

	/** Where {@code remote set} reads the password from before standard input. */
	static final String PASSWORD_ENV = "PARTFORGE_PASSWORD";

	@Override
	public String name() {
		return "remote";
	}

	@Override
	public String summary() {
		return "set, show or unset the team server this library syncs with";
	}

	@Override
	public String usage() {
		return """
				Usage: partforge remote set URL --user NAME   URL is tcp://HOST[:PORT] (port 2036 by default); the
				                                             password is read from $PARTFORGE_PASSWORD, the console,
				                                             or the first line of standard input, and kept encrypted
				                                             in Eclipse secure storage in the data directory
				       partforge remote show [--json]
				       partforge remote unset""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		RemoteSettings settings = new RemoteSettings(context.dataDirectory());
		return SubCommands.of("remote")
				.on("set", (c, rest) -> set(c, settings,
						Args.spec("remote set").options("--user").positionals(1).parse(rest)))
				.on("show", (c, rest) -> show(c, settings, Args.spec("remote show").flags("--json").parse(rest)))
				.on("unset", (c, rest) -> unset(c, settings, Args.spec("remote unset").parse(rest))).run(context, args);
	}

	private static int set(CliContext context, RemoteSettings settings, Args a) throws CliException, IOException {
		Remote remote;
		try {
			remote = Remote.parse(a.positional(0, "URL"), a.required("--user"));
		} catch (IllegalArgumentException e) {
			throw CliException.usage("remote set: " + e.getMessage());
		}
		char[] password = password();
		try {
			settings.set(remote, password);
		} finally {
			Arrays.fill(password, '\0');
		}
		context.out().println("Team server set: " + remote.user() + " at " + remote.url()
				+ " (run partforge sync to synchronise)");
		return 0;
	}

	private static int show(CliContext context, RemoteSettings settings, Args a) throws IOException {
		Optional<Remote> remote = settings.remote();
		if (a.has("--json")) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("url", remote.map(Remote::url).orElse(null));
			map.put("user", remote.map(Remote::user).orElse(null));
			context.out().println(Json.write(map));
		} else {
			context.out().println(remote.map(r -> r.url() + " as " + r.user()).orElse("No team server is set."));
		}
		return 0;
	}

	private static int unset(CliContext context, RemoteSettings settings, Args a) throws IOException {
		context.out().println(settings.unset() ? "Team server unset." : "No team server was set.");
		return 0;
	}

	/**
	 * Whether the console is a terminal: from Java 22 {@code System.console()} also exists when standard input is
	 * redirected, and only {@code Console.isTerminal()} (not in Java 21's API) tells.
	 */
	private static boolean interactive(Console console) {
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	private static char[] password() throws CliException {
		String fromEnv = System.getenv(PASSWORD_ENV);
		if (fromEnv != null && !fromEnv.isEmpty()) {
			return fromEnv.toCharArray();
		}
		Console console = System.console();
		if (interactive(console)) {
			char[] typed = console.readPassword("Password: ");
			if (typed == null || typed.length == 0) {
				throw new CliException("remote set: no password given");
			}
			return typed;
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isEmpty()) {
				throw new CliException("remote set: no password: give it on the console, as the first line of standard"
						+ " input or in $" + PASSWORD_ENV);
			}
			return line.toCharArray();
		} catch (IOException e) {
			throw new CliException("remote set: cannot read the password: " + e.getMessage(), e);
		}
	}
}
