// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.osgi.service.prefs.BackingStoreException;

import dev.partforge.ui.PartForgeUi;

/**
 * Keys and defaults of the workbench preferences (instance scope node {@value PartForgeUi#PLUGIN_ID}); registered as
 * the bundle's preference initializer.
 */
public final class UiPreferences extends AbstractPreferenceInitializer {

	/** Boolean: opening a drawing starts the timer. */
	public static final String TIMER_AUTO_START = "timer.autoStart";
	/** Units name ({@code MM} or {@code INCH}) of new parts (paper and projection are {@code DrawingDefaults}). */
	public static final String DRAWING_UNITS = "drawing.units";
	/** {@code Difficulty} name last chosen in Generate Part. */
	public static final String GENERATE_DIFFICULTY = "generate.difficulty";
	/** Backup policy: {@code never}, {@code daily} or {@code weekly} (checked when the workbench starts). */
	public static final String BACKUP_POLICY = "storage.backupPolicy";

	/** Backup policy values. */
	public static final String BACKUP_NEVER = "never";
	/** Backup policy values. */
	public static final String BACKUP_DAILY = "daily";
	/** Backup policy values. */
	public static final String BACKUP_WEEKLY = "weekly";

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences node = DefaultScope.INSTANCE.getNode(PartForgeUi.PLUGIN_ID);
		node.putBoolean(TIMER_AUTO_START, true);
		node.put(DRAWING_UNITS, "MM");
		node.put(BACKUP_POLICY, BACKUP_WEEKLY);
	}

	/**
	 * Stores an instance preference of this bundle and writes it to disk (logged if that fails).
	 *
	 * @param key   the key
	 * @param value the value
	 */
	public static void put(String key, String value) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PartForgeUi.PLUGIN_ID);
		node.put(key, value);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(UiPreferences.class).error("Could not save the preference " + key + "=" + value, e);
		}
	}

	/** @return a JFace store over the instance scope node, for preference pages */
	public static IPreferenceStore store() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, PartForgeUi.PLUGIN_ID);
	}
}
