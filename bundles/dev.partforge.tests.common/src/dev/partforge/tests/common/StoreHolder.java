// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Another process holding a store's H2 database open, the way a second PartForge process does: a separate JVM with
 * the H2 bundle's jar on its class path keeps a connection to the database file until {@link #close()} tells it to
 * close the connection and end, as a PartForge command does when it finishes.
 */
public final class StoreHolder implements AutoCloseable {

	private static final String HOLD = """
			public class Hold {
				public static void main(String[] a) throws Exception {
					try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + a[0], "sa", "")) {
						System.out.println("holding");
						System.in.read();
					}
				}
			}
			""";

	private final Process process;

	private StoreHolder(Process process) {
		this.process = process;
	}

	/**
	 * Starts a JVM that opens and holds a database.
	 *
	 * @param database the database path without {@code .mv.db}, e.g. {@code <store>/db/partforge}
	 * @return the holder, once the database is open
	 * @throws IOException if the JVM does not start or cannot open the database
	 */
	public static StoreHolder hold(Path database) throws IOException {
		Bundle h2 = Arrays.stream(FrameworkUtil.getBundle(StoreHolder.class).getBundleContext().getBundles())
				.filter(b -> "com.h2database".equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new IOException("the H2 bundle com.h2database is not in the test runtime"));
		Path source = Files.createTempDirectory("hold").resolve("Hold.java");
		Files.writeString(source, HOLD);
		String java = ProcessHandle.current().info().command().orElse("java");
		Process p = new ProcessBuilder(java, "-cp", FileLocator.getBundleFile(h2).getAbsolutePath(),
				source.toString(), database.toString()).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		if (!"holding".equals(line)) {
			p.destroyForcibly();
			throw new IOException("the holding JVM did not open " + database + ": " + line);
		}
		return new StoreHolder(p);
	}

	@Override
	public void close() throws IOException {
		try {
			process.getOutputStream().write('\n');
			process.getOutputStream().close();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("the holding JVM did not end");
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while ending the holding JVM", e);
		}
	}
}
