// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/**
 * A feature as the {@code plugins} command shows it: the feature id users type (without p2's
 * {@code .feature.group} suffix), its version and name.
 *
 * @param id        feature id, e.g. {@code dev.partforge.export.svg.feature}
 * @param version   its version
 * @param name      its label
 * @param removable true if it can be uninstalled on its own (a root of the profile), false if it is part of
 *                  PartForge itself; for a feature on an update site: true if it is installed
 */
public record Feature(String id, String version, String name, boolean removable) {

	/** Suffix of the p2 installable unit that stands for a feature and everything it includes. */
	public static final String GROUP_SUFFIX = ".feature.group";

	/**
	 * Tells whether an installable unit is a feature group.
	 *
	 * @param iu the unit
	 * @return true for {@code <feature id>.feature.group}
	 */
	public static boolean isFeature(IInstallableUnit iu) {
		return iu.getId().endsWith(GROUP_SUFFIX);
	}

	/**
	 * Describes a feature group.
	 *
	 * @param iu   a feature group
	 * @param flag see {@link #removable()}
	 * @return the feature
	 */
	public static Feature of(IInstallableUnit iu, boolean flag) {
		String id = iu.getId().substring(0, iu.getId().length() - GROUP_SUFFIX.length());
		String name = iu.getProperty(IInstallableUnit.PROP_NAME, Locale.getDefault().toString());
		return new Feature(id, iu.getVersion().toString(), name == null ? id : name, flag);
	}

	/**
	 * Returns the id of the p2 unit of a feature id as a user types it (with or without the suffix).
	 *
	 * @param featureId e.g. {@code dev.partforge.export.svg.feature}
	 * @return e.g. {@code dev.partforge.export.svg.feature.feature.group}
	 */
	public static String groupId(String featureId) {
		return featureId.endsWith(GROUP_SUFFIX) ? featureId : featureId + GROUP_SUFFIX;
	}

	/**
	 * Returns this feature as JSON fields.
	 *
	 * @param flagName the name of the {@link #removable()} field
	 * @return id, version, name and the flag
	 */
	public Map<String, Object> toJson(String flagName) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("version", version);
		json.put("name", name);
		json.put(flagName, removable);
		return json;
	}
}
