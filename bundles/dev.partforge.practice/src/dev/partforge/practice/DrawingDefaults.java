// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice;

import java.util.List;
import java.util.Optional;

import dev.partforge.drawing.Projection;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.PaperChoice;
import dev.partforge.model.ExportDefaults;
import dev.partforge.model.ExportPreferences;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.PreferenceValue;

/**
 * The one source of the default drawing settings, kept in the {@link PartStore} so that the drawing editor, the export
 * wizard, the preference pages and the command line all read the same values: the default paper is the stored
 * {@link ExportPreferences#getPaperSize()}, the projection the store preference {@value #PROJECTION}. Units are not a
 * default: a part is drawn and exported in its own units unless the user chooses others for one export. Calls block on
 * the store.
 */
public final class DrawingDefaults {

	/** The store preference holding the {@link Projection} name of drawings (also remembered by the export wizard). */
	public static final String PROJECTION = "export.projection";
	/**
	 * The store preference (a flag) saying whether drawings carry the isometric view (on when unset). A store
	 * preference rather than a field of {@link ExportPreferences}, which would change the model's schema.
	 */
	public static final String ISO = "export.iso";

	/**
	 * The store preference saying whether drawings carry a section view where the part needs one: {@code auto} (also
	 * when nothing is stored) or {@code none}.
	 */
	public static final String SECTIONS = "drawing.sections";

	private DrawingDefaults() {
	}

	/**
	 * Returns whether drawings carry section views.
	 *
	 * @param store the store
	 * @return false when {@value #SECTIONS} is {@code none} (or the flag false), else true
	 */
	public static boolean sections(PartStore store) {
		return store.getPreference(SECTIONS).map(v -> switch (v) {
		case PreferenceValue.Text t -> !"none".equalsIgnoreCase(t.value().trim());
		case PreferenceValue.Flag f -> f.value();
		default -> true;
		}).orElse(true);
	}

	/**
	 * Stores whether drawings carry section views.
	 *
	 * @param store the store
	 * @param on    true for {@code auto}, false for {@code none}
	 */
	public static void putSections(PartStore store, boolean on) {
		store.putPreference(SECTIONS, new PreferenceValue.Text(on ? "auto" : "none"));
	}

	/**
	 * Returns the default paper.
	 *
	 * @param store the store
	 * @return the stored paper choice (a chosen sheet or automatic), automatic when none or an unknown one is stored
	 */
	public static PaperChoice paper(PartStore store) {
		return paper(store.getExportPreferences().getPaperSize());
	}

	/**
	 * Reads a stored paper size as {@link #paper(PartStore)} does.
	 *
	 * @param stored the stored {@link ExportPreferences#getPaperSize()}, or null
	 * @return the paper choice (a chosen sheet or automatic), automatic ({@link ExportDefaults}) when none or an unknown
	 *         one is stored
	 */
	public static PaperChoice paper(String stored) {
		return ExportPreferencesBridge.paper(stored).orElse(PaperChoice.AUTOMATIC);
	}

	/**
	 * Returns the projection method.
	 *
	 * @param store the store
	 * @return the stored projection, first angle when none or an unknown one is stored
	 */
	public static Projection projection(PartStore store) {
		Optional<String> name = store.getPreference(PROJECTION)
				.flatMap(v -> v instanceof PreferenceValue.Text t ? Optional.of(t.value()) : Optional.empty());
		for (Projection p : Projection.values()) {
			if (name.isPresent() && p.name().equals(name.get())) {
				return p;
			}
		}
		return Projection.FIRST_ANGLE;
	}

	/**
	 * Stores the projection method.
	 *
	 * @param store      the store
	 * @param projection the projection
	 */
	public static void putProjection(PartStore store, Projection projection) {
		store.putPreference(PROJECTION, new PreferenceValue.Text(projection.name()));
	}

	/**
	 * Returns whether drawings carry the isometric view.
	 *
	 * @param store the store
	 * @return the stored choice, true when none is stored
	 */
	public static boolean iso(PartStore store) {
		return store.getPreference(ISO).map(v -> !(v instanceof PreferenceValue.Flag f) || f.value()).orElse(true);
	}

	/**
	 * Stores whether drawings carry the isometric view.
	 *
	 * @param store the store
	 * @param on    the choice
	 */
	public static void putIso(PartStore store, boolean on) {
		store.putPreference(ISO, new PreferenceValue.Flag(on));
	}

	/**
	 * The units of one drawing or file: a part's own units win unless the user chose units for this export.
	 *
	 * @param chosen    the units the user chose for this export, if any
	 * @param partUnits the units of the parts that go into the file
	 * @param fallback  for parts in different units and no choice
	 * @return the chosen units, else the parts' own units when they share them, else the fallback
	 */
	public static Units units(Optional<Units> chosen, List<Units> partUnits, Units fallback) {
		if (chosen.isPresent()) {
			return chosen.get();
		}
		return partUnits.isEmpty() || partUnits.stream().distinct().count() > 1 ? fallback : partUnits.get(0);
	}

	/**
	 * Returns the export settings from the stored preferences, with the stored projection, isometric view choice and
	 * sections setting.
	 *
	 * @param store the store
	 * @return the settings
	 */
	public static ExportSettings settings(PartStore store) {
		return ExportPreferencesBridge.toSettings(store.getExportPreferences()).withProjection(projection(store)).withIso(iso(store))
				.withSections(sections(store));
	}
}
