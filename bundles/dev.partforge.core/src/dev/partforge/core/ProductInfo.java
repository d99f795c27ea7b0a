// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The product's version and build id, taken from this bundle's version: every bundle of a PartForge build carries
 * the same version, and its qualifier ({@code vYYYYMMDD-HHMM}) is the build id.
 *
 * @param version the release version, e.g. {@code 0.1.0}
 * @param buildId the build id (the bundle version's qualifier), e.g. {@code v20261128-0105}
 */
public record ProductInfo(String version, String buildId) {

	/** Product name shown to users. */
	public static final String NAME = "PartForge";

	/**
	 * Reads the running product's version.
	 *
	 * @return the version of the installed PartForge core bundle
	 */
	public static ProductInfo current() {
		Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
		if (bundle == null) {
			throw new IllegalStateException("PartForge core is not running inside an OSGi framework");
		}
		return of(bundle.getVersion());
	}

	/**
	 * Splits an OSGi version into release version and build id.
	 *
	 * @param v an OSGi bundle version
	 * @return the product info for that version
	 */
	public static ProductInfo of(Version v) {
		String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
		return new ProductInfo(release, v.getQualifier().isEmpty() ? "dev" : v.getQualifier());
	}

	/**
	 * Returns the one-line form shown to users.
	 *
	 * @return e.g. {@code PartForge 0.1.0 (build v20261128-0105)}
	 */
	public String displayString() {
		return NAME + " " + version + " (build " + buildId + ")";
	}
}
