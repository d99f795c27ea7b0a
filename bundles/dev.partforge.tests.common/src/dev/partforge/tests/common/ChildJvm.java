// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a class of a test fragment in a new JVM without OSGi, to kill it with {@code kill -9}: the class path is made
 * of the jars of the bundles as resolved in the running test framework (PartForge, EMF, CDO/Net4j, H2, and any further
 * bundle name prefixes asked for, such as the PostgreSQL driver), plus the child's class copied out of its fragment
 * (the rest of its package comes from the host bundle's jar). Used by the store's crash tests and the sync scenarios.
 */
public final class ChildJvm {

	private static final List<String> PREFIXES = List.of("dev.partforge.", "org.eclipse.emf.", "org.eclipse.net4j.",
			"com.h2database", "org.eclipse.equinox.common", "org.eclipse.equinox.registry",
			"org.eclipse.equinox.preferences", "org.eclipse.osgi.services");

	private static final Map<Process, Path> LOGS = new ConcurrentHashMap<>();

	private ChildJvm() {
	}

	/**
	 * Starts a child JVM; its standard error goes to a file beside the work directory.
	 *
	 * @param work a directory for the child's classes and log
	 * @param main the main class (of a test fragment)
	 * @param properties system properties of the child
	 * @param args the arguments
	 * @return the running process, standard output readable
	 * @throws IOException if it cannot be started
	 */
	public static Process start(Path work, Class<?> main, Map<String, String> properties, String... args)
			throws IOException {
		return start(work, main, List.of(), properties, args);
	}

	/**
	 * Starts a child JVM with the jars of further bundles on its class path.
	 *
	 * @param work a directory for the child's classes and log
	 * @param main the main class (of a test fragment)
	 * @param morePrefixes further bundle symbolic name prefixes whose jars the child needs
	 * @param properties system properties of the child
	 * @param args the arguments
	 * @return the running process, standard output readable
	 * @throws IOException if it cannot be started
	 */
	public static Process start(Path work, Class<?> main, List<String> morePrefixes, Map<String, String> properties,
			String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Xshare:auto");
		properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
		command.add("-cp");
		command.add(classPath(work, main, morePrefixes));
		command.add(main.getName());
		command.addAll(List.of(args));
		Path log = work.resolve("child-" + System.nanoTime() + ".log");
		Files.writeString(log, String.join(" ", command) + System.lineSeparator());
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		LOGS.put(process, log);
		return process;
	}

	/**
	 * @param child a child started here
	 * @return the end of its standard error
	 */
	public static String log(Process child) {
		try {
			String text = Files.readString(LOGS.get(child));
			return text.substring(Math.max(0, text.length() - 8000));
		} catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	private static String classPath(Path work, Class<?> main, List<String> morePrefixes) throws IOException {
		List<String> entries = new ArrayList<>();
		entries.add(copyClasses(work.resolve("child-classes"), main).toString());
		for (Bundle bundle : FrameworkUtil.getBundle(ChildJvm.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (name != null && (PREFIXES.stream().anyMatch(name::startsWith)
					|| morePrefixes.stream().anyMatch(name::startsWith))) {
				jarOf(bundle).ifPresent(entries::add);
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The jar of a bundle: its location, relative to the OSGi install area unless absolute; for the system bundle
	 * ({@code org.eclipse.osgi}, whose location is no file) the jar its classes were loaded from.
	 */
	private static Optional<String> jarOf(Bundle bundle) {
		if (bundle.getBundleId() == 0) {
			try {
				return Optional.of(Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI()))
						.filter(Files::isRegularFile).map(Path::toString);
			} catch (java.net.URISyntaxException e) {
				throw new IllegalStateException("cannot locate the OSGi framework jar", e);
			}
		}
		String location = bundle.getLocation();
		int file = location.indexOf("file:");
		if (file < 0) {
			return Optional.empty();
		}
		String path = URLDecoder.decode(location.substring(file + "file:".length()), StandardCharsets.UTF_8);
		Path jar = Path.of(path);
		if (!jar.isAbsolute()) {
			String area = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir") + "/");
			jar = Path.of(URI.create(area)).resolve(path).normalize();
		}
		return path.endsWith(".jar") && Files.isRegularFile(jar) ? Optional.of(jar.toString()) : Optional.empty();
	}

	/** Copies the child's class file out of the fragment (the rest of its package comes from the host's jar). */
	private static Path copyClasses(Path dir, Class<?> main) throws IOException {
		Path target = dir.resolve(main.getPackageName().replace('.', '/'));
		Files.createDirectories(target);
		try (InputStream in = main.getResourceAsStream(main.getSimpleName() + ".class")) {
			Files.copy(in, target.resolve(main.getSimpleName() + ".class"), StandardCopyOption.REPLACE_EXISTING);
		}
		return dir;
	}
}
