// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.eclipse.net4j.util.security.IAuthenticator;

/**
 * Authenticates the sessions of other processes on the same store: the user {@value #USER} with the secret of the
 * host file (compared in constant time). Anything else is refused before a session opens.
 */
final class LocalSecret implements IAuthenticator {

	/** The user id every local process presents. */
	static final String USER = "partforge-local";

	private final byte[] secret;

	/**
	 * @param secret the host file's secret
	 */
	LocalSecret(String secret) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void authenticate(String userID, char[] password) throws SecurityException {
		byte[] given = password == null ? new byte[0] : new String(password).getBytes(StandardCharsets.UTF_8);
		if (!USER.equals(userID) | !MessageDigest.isEqual(secret, given)) {
			throw new SecurityException("Wrong secret for the local PartForge store session of '" + userID + "'");
		}
	}
}
