// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.model.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the "OM" classes of the wrapped CDO/Net4j jars (one per original plug-in) once, with System.err captured.
 * Without their activators, inside Equinox each prints a harmless MalformedURLException trace (Net4j's legacy
 * platform cannot derive a base URL from a bundleresource:// URL). The generated model classes extend CDOObjectImpl,
 * whose class initialisation loads them, so the model bundle does this when it starts; the store repeats it for the
 * classes only it can see. Output other than those traces is logged.
 */
public final class CdoQuietStart {

	/** The OM classes visible to the model bundle. */
	public static final List<String> MODEL_OM_CLASSES = List.of("org.eclipse.net4j.internal.util.bundle.OM",
			"org.eclipse.internal.net4j.bundle.OM", "org.eclipse.emf.cdo.internal.common.bundle.OM",
			"org.eclipse.emf.internal.cdo.bundle.OM");

	private static final System.Logger LOG = System.getLogger(CdoQuietStart.class.getName());

	private CdoQuietStart() {
	}

	/**
	 * Initialises OM classes quietly.
	 *
	 * @param loader the class loader to load them with
	 * @param classes their names
	 */
	public static synchronized void run(ClassLoader loader, List<String> classes) {
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			for (String om : classes) {
				try {
					Class.forName(om, true, loader);
				} catch (ClassNotFoundException | LinkageError e) {
					LOG.log(Level.WARNING, "CDO/Net4j class " + om + " not loadable", e);
				}
			}
		} finally {
			System.setErr(err);
		}
		String output = captured.toString(StandardCharsets.UTF_8);
		boolean harmless = output.lines().allMatch(l -> l.isBlank() || l.startsWith("\t")
				|| l.startsWith("java.net.MalformedURLException") || l.startsWith("Caused by:"));
		if (!harmless) {
			LOG.log(Level.WARNING, "CDO/Net4j start-up output:\n" + output);
		}
	}
}
