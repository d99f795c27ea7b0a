// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The server setting in Eclipse secure storage: set, read back, password encrypted on disk, unset. */
public final class RemoteSettingsTest {

	@Test
	void theServerIsKeptAndThePasswordIsEncryptedOnDisk() throws Exception {
		Path base = Path.of(System.getProperty("partforge.testOutput", System.getProperty("java.io.tmpdir")));
		Files.createDirectories(base);
		Path data = Files.createTempDirectory(base, "remote-settings");
		RemoteSettings settings = new RemoteSettings(data);
		assertEquals(Optional.empty(), settings.remote());
		settings.set(Remote.parse("tcp://school.example:2040", "alice"), "sesame-42".toCharArray());

		RemoteSettings reread = new RemoteSettings(data);
		assertEquals(Optional.of(new Remote("school.example", 2040, "alice")), reread.remote());
		assertArrayEquals("sesame-42".toCharArray(), reread.password());
		String onDisk = Files.readString(data.resolve("sync/secure_storage"));
		// unencrypted values are only Base64-encoded; the password must be neither in clear nor in Base64
		assertTrue(onDisk.contains(base64("alice")), onDisk);
		assertFalse(onDisk.contains("sesame-42") || onDisk.contains(base64("sesame-42")), onDisk);
		assertTrue(onDisk.contains("AES"), onDisk);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("sync/secure.key"))));

		assertTrue(settings.unset());
		assertEquals(Optional.empty(), new RemoteSettings(data).remote());
		assertFalse(settings.unset());
	}

	private static String base64(String text) {
		return java.util.Base64.getEncoder().withoutPadding().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void badUrlsAndUserNamesAreRefusedWithTheReason() {
		assertEquals(new Remote("localhost", 2036, "bob"), Remote.parse("localhost", "bob"));
		assertEquals("tcp://10.0.0.5:9000", Remote.parse("tcp://10.0.0.5:9000/", "bob").url());
		IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
				() -> Remote.parse("http://x:1/path", "bob"));
		assertTrue(url.getMessage().contains("tcp://HOST:PORT"), url.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Remote.parse("host:70000", "bob"));
		assertThrows(IllegalArgumentException.class, () -> Remote.parse("host", "bob smith"));
	}
}
