// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * The versions of the PartForge model. Version {@value #CURRENT_VERSION} is the generated {@link ModelPackage};
 * older versions are kept as Ecore files ({@code model/history/partforge-v<N>.ecore}) and loaded as dynamic
 * packages for migrations.
 */
public final class SchemaHistory {

	/** The schema version of the generated model. */
	public static final int CURRENT_VERSION = 4;

	/** The oldest version the store can still migrate from. */
	public static final int OLDEST_VERSION = 1;

	private static final String NS_PREFIX = "http://partforge.dev/model/";
	private static final Pattern NS_URI = Pattern.compile(Pattern.quote(NS_PREFIX) + "(\\d+)\\.0");

	private SchemaHistory() {
	}

	/**
	 * Returns the namespace URI of a schema version.
	 *
	 * @param version a schema version (any positive number, also future ones)
	 * @return e.g. {@code http://partforge.dev/model/3.0}
	 */
	public static String nsUri(int version) {
		return NS_PREFIX + version + ".0";
	}

	/**
	 * Returns the schema version a namespace URI denotes.
	 *
	 * @param nsUri a namespace URI
	 * @return the version, or empty if the URI is not a PartForge model URI
	 */
	public static OptionalInt versionOf(String nsUri) {
		Matcher m = NS_URI.matcher(nsUri == null ? "" : nsUri);
		return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
	}

	/**
	 * Returns the package of a known schema version: the generated package for the current version, otherwise a
	 * freshly loaded dynamic package (in its own resource whose URI is the nsURI, as CDO requires).
	 *
	 * @param version between {@link #OLDEST_VERSION} and {@link #CURRENT_VERSION}
	 * @return the package
	 * @throws IllegalArgumentException for unknown versions
	 */
	public static EPackage load(int version) {
		if (version == CURRENT_VERSION) {
			return ModelPackage.eINSTANCE;
		}
		if (version < OLDEST_VERSION || version > CURRENT_VERSION) {
			throw new IllegalArgumentException("Unknown PartForge model version " + version);
		}
		String path = "/model/history/partforge-v" + version + ".ecore";
		try (InputStream in = SchemaHistory.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Model history file " + path + " is missing from dev.partforge.model");
			}
			Resource resource = new EcoreResourceFactoryImpl().createResource(URI.createURI(nsUri(version)));
			new ResourceSetImpl().getResources().add(resource);
			resource.load(in, null);
			return (EPackage) resource.getContents().get(0);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read model history file " + path + ": " + e.getMessage(), e);
		}
	}
}
