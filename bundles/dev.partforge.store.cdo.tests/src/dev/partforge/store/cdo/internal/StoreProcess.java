// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A {@link StoreProcessMain} in a separate JVM, started with the class path of the bundles the store needs (taken
 * from where the test's OSGi framework loaded them). Lines it prints are queued; its standard error goes to a file.
 * Public for the UI tests, which run it beside the workbench on the workbench's store (this fragment in their runtime).
 */
public final class StoreProcess implements AutoCloseable {

	/** Classes whose bundles make up the child's class path. */
	private static final List<String> CLASSES = List.of("dev.partforge.store.cdo.internal.CdoPartStore",
			"dev.partforge.store.cdo.internal.StoreProcessMain", "dev.partforge.store.PartStore",
			"dev.partforge.store.testing.TestParts", "dev.partforge.model.StoredPart", "dev.partforge.core.DataDirectory",
			"dev.partforge.metrics.Metrics",
			"org.eclipse.emf.ecore.EObject", "org.eclipse.emf.common.notify.Notifier",
			"org.eclipse.emf.ecore.xmi.XMIResource", "org.eclipse.emf.cdo.session.CDOSession",
			"org.eclipse.net4j.Net4jUtil", "org.eclipse.net4j.db.h2.H2Adapter", "org.h2.Driver");

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final PrintStream in;
	private final Path errors;

	private StoreProcess(Process process, Path errors) {
		this.process = process;
		this.errors = errors;
		this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				lines.add("error reading the process output: " + e);
			}
		}, "store process output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts a process on a store directory.
	 *
	 * @param store the store directory
	 * @param name a name for its error log
	 * @return the process
	 * @throws IOException if it cannot start
	 */
	public static StoreProcess start(Path store, String name) throws IOException {
		Path errors = store.resolveSibling(store.getFileName() + "-" + name + ".err");
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classPath(), StoreProcessMain.class.getName(), store.toString()).redirectError(errors.toFile())
				.start();
		return new StoreProcess(p, errors);
	}

	private static String classPath() throws IOException {
		Set<String> entries = new LinkedHashSet<>();
		for (String name : CLASSES) {
			try {
				Path location = Path.of(load(name).getProtectionDomain().getCodeSource().getLocation().toURI());
				entries.add(location.toString());
				for (String sub : List.of("target/classes", "bin")) {
					if (Files.isDirectory(location.resolve(sub))) {
						entries.add(location.resolve(sub).toString());
					}
				}
			} catch (ClassNotFoundException | URISyntaxException e) {
				throw new IOException("cannot locate " + name + " for the child class path", e);
			}
		}
		// and every other bundle of the test runtime (Equinox common/registry, EMF change, ...), by location
		for (Bundle bundle : FrameworkUtil.getBundle(StoreProcess.class).getBundleContext().getBundles()) {
			String location = bundle.getLocation();
			int file = location.indexOf("file:");
			// not org.eclipse.core.runtime: without OSGi, Net4j would probe its Platform class and log failures
			if (file >= 0 && bundle.getBundleId() != 0 && !"org.eclipse.core.runtime".equals(bundle.getSymbolicName())) {
				String spec = location.substring(file + "file:".length());
				Path path = Path.of(spec.startsWith("//") ? spec.substring(2) : spec).toAbsolutePath();
				if (Files.exists(path)) {
					entries.add(path.toString());
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/** Loads a class through this bundle or, for what only CDO sees (Equinox common), through CDO's bundle. */
	private static Class<?> load(String name) throws ClassNotFoundException {
		try {
			return Class.forName(name);
		} catch (ClassNotFoundException e) {
			return Class.forName(name, false, org.eclipse.emf.cdo.session.CDOSession.class.getClassLoader());
		}
	}

	/** @return the process id */
	public long pid() {
		return process.pid();
	}

	/**
	 * Sends a command.
	 *
	 * @param command the command line
	 */
	void send(String command) {
		in.println(command);
	}

	/**
	 * Waits for a line starting with a prefix, skipping others (except errors, which fail the wait).
	 *
	 * @param prefix the prefix
	 * @param seconds how long to wait
	 * @return the line
	 * @throws Exception if none came in time
	 */
	public String await(String prefix, long seconds) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<String> skipped = new ArrayList<>();
		while (true) {
			String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (line == null) {
				throw new AssertionError("no '" + prefix + "' from process " + pid() + " within " + seconds
						+ " s; it printed " + skipped + "; stderr: " + stderr());
			}
			if (line.startsWith(prefix)) {
				return line;
			}
			if (line.startsWith("error")) {
				throw new AssertionError("process " + pid() + " failed: " + line + "; stderr: " + stderr());
			}
			skipped.add(line);
		}
	}

	/**
	 * Sends a command and waits for its answer.
	 *
	 * @param command the command
	 * @param answer the prefix of the answer
	 * @return the answer line
	 * @throws Exception if none came in time
	 */
	public String call(String command, String answer) throws Exception {
		send(command);
		return await(answer, 60);
	}

	/** Drops the lines printed so far. */
	void clear() {
		lines.clear();
	}

	/** Kills the process at once (SIGKILL) and waits for it to end. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	String stderr() {
		try {
			return Files.exists(errors) ? Files.readString(errors) : "";
		} catch (IOException e) {
			return "(unreadable: " + e + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			send("quit");
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}
}
