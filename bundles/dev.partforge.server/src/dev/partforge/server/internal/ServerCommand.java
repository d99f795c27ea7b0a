// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.osgi.service.component.annotations.Component;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.SubCommands;

/** {@code partforge server} (run the team server) and {@code partforge server user add} (add a user). */
@Component(service = CliCommand.class)
public final class ServerCommand implements CliCommand {

	/** Where {@code user add} reads the password from when it is not given on standard input. */
	static final String PASSWORD_ENV = "PARTFORGE_USER_PASSWORD";

	@Override
	public String name() {
		return "server";
	}

	@Override
	public String summary() {
		return "run the team server (CDO over TCP, PostgreSQL) and manage its users";
	}

	@Override
	public String usage() {
		return """
				Usage: partforge server --db jdbc:postgresql://HOST[:PORT]/DB [--db-credentials FILE] [--listen HOST:PORT]
				                               run the team server until stopped (Ctrl-C / SIGTERM); default
				                               --listen 127.0.0.1:2036
				       partforge server user add NAME [--role student|teacher] --db URL [--db-credentials FILE]
				                               add a user; the password is the first line of standard input
				                               or $PARTFORGE_USER_PASSWORD
				Database credentials: FILE with user=... and password=..., or $PARTFORGE_DB_USER and
				$PARTFORGE_DB_PASSWORD (never on the command line).""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		if (!args.isEmpty() && args.get(0).equals("user")) {
			return SubCommands.of("server user").on("add", this::addUser).run(context, args.subList(1, args.size()));
		}
		Args a = Args.spec("server").options("--db", "--db-credentials", "--listen").parse(args);
		DbConfig db = db(a);
		String listen = a.value("--listen").orElse("127.0.0.1:2036");
		int colon = listen.lastIndexOf(':');
		if (colon <= 0) {
			throw CliException.usage("server: --listen must be HOST:PORT: " + listen);
		}
		int port;
		try {
			port = Integer.parseInt(listen.substring(colon + 1));
		} catch (NumberFormatException e) {
			throw CliException.usage("server: --listen must be HOST:PORT: " + listen);
		}
		TeamServer server;
		try {
			server = TeamServer.start(db.dataSource(), listen.substring(0, colon), port);
		} catch (Exception e) {
			throw new CliException("server: cannot start on " + listen + " with " + db.url() + ": " + rootMessage(e), e);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "PartForge team server shutdown"));
		try {
			InetSocketAddress address = server.address();
			context.out().println("PartForge team server listening on " + address.getHostString() + ":"
					+ address.getPort() + " (database " + db.url() + ")");
			stopped.await();
		} catch (IOException e) {
			throw new CliException("server: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			server.close();
		}
		return 0;
	}

	private int addUser(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("server user add").options("--db", "--db-credentials", "--role").positionals(1).parse(args);
		String name = a.positional(0, "NAME");
		Role role = Args.parseEnum("role", a.value("--role").orElse("student"), Role.class);
		DbConfig db = db(a);
		char[] password = password();
		try {
			new UserDirectory(db.dataSource()).add(name, password, role);
		} catch (IllegalArgumentException e) {
			throw new CliException("server user add: " + e.getMessage());
		} catch (SQLException e) {
			throw new CliException("server user add: the database refused: " + e.getMessage(), e);
		}
		context.out().println("Added " + role.name().toLowerCase(Locale.ROOT) + " " + name);
		return 0;
	}

	private static DbConfig db(Args a) throws CliException {
		try {
			return DbConfig.of(a.required("--db"), a.value("--db-credentials").map(Path::of), System.getenv());
		} catch (IllegalArgumentException e) {
			throw CliException.usage("server: " + e.getMessage());
		} catch (IOException e) {
			throw new CliException("server: cannot read the database credentials: " + e.getMessage(), e);
		}
	}

	private static char[] password() throws CliException {
		String fromEnv = System.getenv(PASSWORD_ENV);
		if (fromEnv != null && !fromEnv.isEmpty()) {
			return fromEnv.toCharArray();
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isEmpty()) {
				throw new CliException("server user add: no password: give it as the first line of standard input"
						+ " or in $" + PASSWORD_ENV);
			}
			return line.toCharArray();
		} catch (IOException e) {
			throw new CliException("server user add: cannot read the password: " + e.getMessage(), e);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}
}
