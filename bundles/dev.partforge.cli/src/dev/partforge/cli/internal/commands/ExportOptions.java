// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliException;
import dev.partforge.drawing.Projection;
import dev.partforge.export.DxfVersion;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.StepSchema;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.practice.ExportPreferencesBridge;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;

/**
 * The export options shared by {@code export} and {@code worksheet}: settings start from the stored export
 * preferences and the options override them for one run.
 */
final class ExportOptions {

	/** Options that take a value. */
	static final String[] OPTIONS = { "--paper", "--units", "--projection", "--schema", "--dxf-version", "--sections" };
	/** Options without a value. */
	static final String[] FLAGS = { "--no-title", "--no-dimensions", "--no-iso" };
	/** The options as the usage text shows them. */
	static final String USAGE = """
			[--paper auto|A4|A3|A2|A1|ANSI_A|ANSI_B] [--units mm|inch] [--projection first|third]
			         [--no-title] [--no-dimensions] [--schema ap214|ap242] [--dxf-version r12|r2013]
			         [--no-iso] [--sections auto|none]""";

	private ExportOptions() {
	}

	/**
	 * Returns a path option as an absolute path.
	 *
	 * @param command the command's name, for messages
	 * @param option  the option's name, for messages
	 * @param name    the value given
	 * @return the absolute, normalized path
	 * @throws CliException (usage) if the value is not a valid path
	 */
	static Path path(String command, String option, String name) throws CliException {
		try {
			return Paths.get(name).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw CliException.usage(command + ": " + option + " is not a valid file name: '" + Args.shown(name) + "'");
		}
	}

	/**
	 * Returns the settings of one run.
	 *
	 * @param store   the store holding the export preferences
	 * @param command the command's name, for messages
	 * @param a       the parsed arguments
	 * @return the settings
	 * @throws CliException if an option's value is not accepted or the preferences cannot be read
	 */
	static ExportSettings settings(PartStore store, String command, Args a) throws CliException {
		ExportSettings s;
		try {
			s = DrawingDefaults.settings(store);
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), e);
		}
		if (a.value("--paper").isPresent()) {
			String p = a.value("--paper").get();
			s = s.withPaper(ExportPreferencesBridge.paper(p).orElseThrow(() -> CliException.usage(
					command + ": --paper must be one of auto|a4|a3|a2|a1|ansi_a|ansi_b, got '" + Args.shown(p) + "'")));
		}
		s = s.withUnits(a.enumValue("--units", Units.class).orElse(s.units()));
		if (a.value("--projection").isPresent()) {
			String p = a.value("--projection").get().trim().toLowerCase(Locale.ROOT);
			s = s.withProjection(switch (p) {
			case "first", "first_angle", "first-angle" -> Projection.FIRST_ANGLE;
			case "third", "third_angle", "third-angle" -> Projection.THIRD_ANGLE;
			default -> throw CliException.usage(command + ": --projection must be first or third, got '" + p + "'");
			});
		}
		s = s.withStepSchema(a.enumValue("--schema", StepSchema.class).orElse(s.stepSchema()));
		s = s.withDxfVersion(a.enumValue("--dxf-version", DxfVersion.class).orElse(s.dxfVersion()));
		if (a.value("--sections").isPresent()) {
			String v = a.value("--sections").get().trim().toLowerCase(Locale.ROOT);
			s = s.withSections(switch (v) {
			case "auto" -> true;
			case "none" -> false;
			default -> throw CliException.usage(command + ": --sections must be auto or none, got '" + Args.shown(v) + "'");
			});
		}
		if (a.has("--no-title")) {
			s = s.withTitle(false);
		}
		if (a.has("--no-dimensions")) {
			s = s.withDimensions(false);
		}
		if (a.has("--no-iso")) {
			s = s.withIso(false);
		}
		return s;
	}
}
