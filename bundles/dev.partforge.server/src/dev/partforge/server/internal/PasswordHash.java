// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as stored by the team server: PBKDF2 with HMAC-SHA256, a random 16-byte salt per password and
 * {@value #ITERATIONS} iterations, written as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). The
 * password itself is never stored.
 */
final class PasswordHash {

	static final int ITERATIONS = 210_000;
	private static final String PREFIX = "pbkdf2-sha256";
	private static final int BITS = 256;

	private PasswordHash() {
	}

	/**
	 * @param password a password
	 * @return its hash with a new salt
	 */
	static String hash(char[] password) {
		byte[] salt = new byte[16];
		new SecureRandom().nextBytes(salt);
		Base64.Encoder b64 = Base64.getEncoder();
		return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
				+ b64.encodeToString(derive(password, salt, ITERATIONS));
	}

	/**
	 * @param password a password
	 * @param stored a stored hash
	 * @return whether the password matches (compared in constant time)
	 */
	static boolean matches(char[] password, String stored) {
		String[] parts = stored.split("\\$");
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return false;
		}
		Base64.Decoder b64 = Base64.getDecoder();
		byte[] expected = b64.decode(parts[3]);
		return MessageDigest.isEqual(expected, derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1])));
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, BITS);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
		} finally {
			spec.clearPassword();
		}
	}
}
