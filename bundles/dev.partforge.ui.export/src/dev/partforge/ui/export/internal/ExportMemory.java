// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.nio.file.Path;
import java.util.Optional;

import dev.partforge.export.DxfVersion;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.StepSchema;
import dev.partforge.model.ExportPreferences;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.practice.ExportPreferencesBridge;
import dev.partforge.store.PartStore;
import dev.partforge.store.PreferenceValue;
import dev.partforge.ui.export.PartForgeExportUi;

/**
 * The wizard's last choices, kept in the store: format, paper, units, title block and dimensions as the shared
 * {@link ExportPreferences} (also used by the command line and the Export preference page); the projection through
 * {@link DrawingDefaults} (the Drawing preference), and so whether drawings carry the isometric view; what the model does not hold (a format it does not name, DXF
 * release, STEP schema, folder, practice set) as plain store preferences. Call off the UI
 * thread.
 *
 * @param formatId    the last format id, if any
 * @param settings    the last settings (defaults where nothing is stored)
 * @param folder      the last folder, if any
 * @param practiceSet whether several parts last went into one file
 */
record ExportMemory(Optional<String> formatId, ExportSettings settings, Optional<Path> folder, boolean practiceSet) {

	/**
	 * Reads the last choices.
	 *
	 * @param store the store
	 * @return the choices; defaults where nothing is stored
	 */
	static ExportMemory load(PartStore store) {
		ExportPreferences prefs = store.getExportPreferences();
		ExportSettings settings = ExportPreferencesBridge.toSettings(prefs);
		settings = settings.withProjection(DrawingDefaults.projection(store)); // the one projection setting
		settings = settings.withIso(DrawingDefaults.iso(store));
		settings = settings.withSections(DrawingDefaults.sections(store)); // the one sections setting
		Optional<String> schema = text(store, PartForgeExportUi.PREF_STEP_SCHEMA);
		if (schema.isPresent()) {
			settings = settings.withStepSchema(
					StepSchema.AP242.name().equals(schema.get()) ? StepSchema.AP242 : StepSchema.AP214);
		}
		Optional<String> dxf = text(store, PartForgeExportUi.PREF_DXF_VERSION);
		if (dxf.isPresent()) {
			try {
				settings = settings.withDxfVersion(DxfVersion.valueOf(dxf.get()));
			} catch (IllegalArgumentException e) {
				// an unknown name from a newer version: keep the default release
				settings = settings.withDxfVersion(DxfVersion.R2013);
			}
		}
		Optional<String> format = text(store, PartForgeExportUi.PREF_FORMAT);
		if (format.isEmpty() && prefs.getFormat() != null && !prefs.getFormat().isBlank()) {
			format = Optional.of(prefs.getFormat());
		}
		Optional<Path> folder = text(store, PartForgeExportUi.PREF_FOLDER).map(Path::of);
		boolean set = store.getPreference(PartForgeExportUi.PREF_SET)
				.map(v -> v instanceof PreferenceValue.Flag f && f.value()).orElse(false);
		return new ExportMemory(format, settings, folder, set);
	}

	/**
	 * Stores choices as the last ones.
	 *
	 * @param store   the store
	 * @param choices what the user chose
	 */
	static void save(PartStore store, ExportChoices choices) {
		ExportPreferences prefs = store.getExportPreferences();
		ExportPreferencesBridge.apply(choices.settings(), choices.formatId(), prefs);
		store.putExportPreferences(prefs);
		store.putPreference(PartForgeExportUi.PREF_FORMAT, new PreferenceValue.Text(choices.formatId()));
		DrawingDefaults.putProjection(store, choices.settings().projection());
		DrawingDefaults.putIso(store, choices.settings().includeIso());
		DrawingDefaults.putSections(store, choices.settings().sections());
		store.putPreference(PartForgeExportUi.PREF_STEP_SCHEMA,
				new PreferenceValue.Text(choices.settings().stepSchema().name()));
		store.putPreference(PartForgeExportUi.PREF_DXF_VERSION,
				new PreferenceValue.Text(choices.settings().dxfVersion().name()));
		store.putPreference(PartForgeExportUi.PREF_FOLDER,
				new PreferenceValue.Text(choices.folder().toAbsolutePath().toString()));
		if (choices.partIds().size() > 1) {
			store.putPreference(PartForgeExportUi.PREF_SET, new PreferenceValue.Flag(choices.practiceSet()));
		}
	}

	private static Optional<String> text(PartStore store, String name) {
		return store.getPreference(name).flatMap(
				v -> v instanceof PreferenceValue.Text t && !t.value().isBlank() ? Optional.of(t.value()) : Optional.empty());
	}
}
