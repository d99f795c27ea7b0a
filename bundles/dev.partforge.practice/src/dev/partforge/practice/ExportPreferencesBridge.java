// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice;

import java.util.Locale;
import java.util.Optional;

import dev.partforge.drawing.Paper;
import dev.partforge.export.DxfVersion;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.PaperChoice;
import dev.partforge.model.ExportDefaults;
import dev.partforge.model.ExportPreferences;

/** Converts between the stored {@link ExportPreferences} and the exporters' {@link ExportSettings}. */
public final class ExportPreferencesBridge {

	/** The stored paper size (and the name users write) of {@link PaperChoice#AUTOMATIC}. */
	public static final String AUTO = ExportDefaults.AUTOMATIC_PAPER;

	private ExportPreferencesBridge() {
	}

	/**
	 * Builds export settings from stored preferences; what the preferences do not hold keeps its default.
	 *
	 * @param prefs the stored preferences
	 * @return the settings
	 */
	public static ExportSettings toSettings(ExportPreferences prefs) {
		ExportSettings s = ExportSettings.defaults();
		Optional<PaperChoice> paper = paper(prefs.getPaperSize());
		if (paper.isPresent()) {
			s = s.withPaper(paper.get());
		}
		if (prefs.getUnits() != null) {
			s = s.withUnits(StoredEnums.fromModel(prefs.getUnits()));
		}
		Optional<DxfVersion> dxf = dxfVersion(prefs.getDxfVersion());
		if (dxf.isPresent()) {
			s = s.withDxfVersion(dxf.get());
		}
		return s.withTitle(prefs.isIncludeTitle()).withDimensions(prefs.isIncludeDimensions());
	}

	/**
	 * Writes settings and the chosen format into stored preferences.
	 *
	 * @param settings the settings used
	 * @param formatId the exporter format id used, e.g. {@code "pdf"}
	 * @param target   the preferences to update
	 */
	public static void apply(ExportSettings settings, String formatId, ExportPreferences target) {
		target.setFormat(formatId);
		target.setDxfVersion(settings.dxfVersion().name());
		target.setPaperSize(stored(settings.paper()));
		target.setUnits(StoredEnums.toModel(settings.units()));
		target.setIncludeTitle(settings.includeTitle());
		target.setIncludeDimensions(settings.includeDimensions());
	}

	/**
	 * @param name a stored DXF release name ({@code R2013}, {@code R12}), or null
	 * @return the release, if the name is one (a name from a newer version is not)
	 */
	public static Optional<DxfVersion> dxfVersion(String name) {
		for (DxfVersion v : DxfVersion.values()) {
			if (v.name().equals(name)) {
				return Optional.of(v);
			}
		}
		return Optional.empty();
	}

	/**
	 * Parses a paper choice as users write it and the preferences store it: {@code auto} ({@code AUTO},
	 * {@code automatic}) for {@link PaperChoice#AUTOMATIC}, else one of the {@linkplain Paper#offered() offered}
	 * sizes ({@code a3}, {@code A3}, {@code ansi-b}, {@code ANSI_B}).
	 *
	 * @param name the name
	 * @return the paper choice, if the name is one
	 */
	public static Optional<PaperChoice> paper(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		if (AUTO.equals(n) || "AUTOMATIC".equals(n)) {
			return Optional.of(PaperChoice.AUTOMATIC);
		}
		for (Paper p : Paper.offered()) {
			if (p.name().equals(n)) {
				return Optional.of(PaperChoice.of(p));
			}
		}
		return Optional.empty();
	}

	/**
	 * @param choice a paper choice
	 * @return its stored form, read back by {@link #paper(String)}: {@value #AUTO} or the sheet's name
	 */
	public static String stored(PaperChoice choice) {
		return choice.chosen().map(Paper::name).orElse(AUTO);
	}
}
