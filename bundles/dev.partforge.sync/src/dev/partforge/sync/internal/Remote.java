// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team server and the user to log in as.
 *
 * @param host the server's host name or address
 * @param port its TCP port
 * @param user the PartForge user name on that server
 */
public record Remote(String host, int port, String user) {

	/** The port of {@code partforge server} when none is given. */
	public static final int DEFAULT_PORT = 2036;

	private static final Pattern URL = Pattern.compile("(?:tcp://)?([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\])(?::(\\d{1,5}))?/?");
	private static final Pattern USER = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

	/** Checks the user name and the port. */
	public Remote {
		if (user == null || !USER.matcher(user).matches()) {
			throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, '.', '_' or '-', got '" + user + "'");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("the port must be between 1 and 65535, got " + port);
		}
	}

	/**
	 * Parses a server URL: {@code tcp://HOST[:PORT]} or {@code HOST[:PORT]}, port 2036 by default.
	 *
	 * @param url  the URL as typed
	 * @param user the user name
	 * @return the remote
	 * @throws IllegalArgumentException with a one-line reason if the URL or the user is not valid
	 */
	public static Remote parse(String url, String user) {
		Matcher m = URL.matcher(url == null ? "" : url.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("a server URL looks like tcp://HOST:PORT, got '" + url + "'");
		}
		return new Remote(m.group(1), m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2)), user);
	}

	/** @return {@code tcp://host:port} */
	public String url() {
		return "tcp://" + host + ":" + port;
	}

	/** @return {@code user@host:port} */
	@Override
	public String toString() {
		return user + "@" + host + ":" + port;
	}
}
