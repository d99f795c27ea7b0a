// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.partforge.export.ExportSettings;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.recipes.Units;

/**
 * What the user chose in the export wizard, and the files that choice writes.
 *
 * @param formatId    the exporter's format id
 * @param partIds     the parts, in order; at least one
 * @param settings    paper, units, projection, title block and dimensions
 * @param practiceSet several parts go into one file (a practice set) rather than one file per part
 * @param destination the file (one part, or a practice set) or the folder (one file per part)
 * @param ownUnits    each file is in its parts' own units (the user did not choose units for this export); a file
 *                    of parts in different units gets the units of {@code settings}
 */
record ExportChoices(String formatId, List<String> partIds, ExportSettings settings, boolean practiceSet,
		Path destination, boolean ownUnits) {

	/** Copies the ids and requires every component. */
	ExportChoices {
		Objects.requireNonNull(formatId, "formatId");
		partIds = List.copyOf(partIds);
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(destination, "destination");
		if (partIds.isEmpty()) {
			throw new IllegalArgumentException("no part to export");
		}
	}

	/**
	 * One file to write and the parts that go into it.
	 *
	 * @param file    the file
	 * @param partIds its parts
	 */
	record Target(Path file, List<String> partIds) {
	}

	/**
	 * Returns the settings of one file.
	 *
	 * @param partUnits the units of the file's parts
	 * @return the settings, in the parts' own units when they share them and the user chose no units
	 */
	ExportSettings settingsFor(List<Units> partUnits) {
		return settings.withUnits(DrawingDefaults.units(ownUnits ? Optional.<Units>empty() : Optional.of(settings.units()),
				partUnits, settings.units()));
	}

	/** @return whether the destination is a folder (several parts, one file each) */
	boolean toFolder() {
		return partIds.size() > 1 && !practiceSet;
	}

	/**
	 * Lists the files this export writes.
	 *
	 * @param extension the exporter's file extension, without the dot
	 * @return one target per file
	 */
	List<Target> targets(String extension) {
		if (!toFolder()) {
			Path file = destination;
			if (Files.isDirectory(file)) {
				file = file.resolve(fileName(partIds.size() == 1 ? partIds.get(0) : "practice-set", extension));
			} else if (!file.getFileName().toString().contains(".")) {
				file = file.resolveSibling(file.getFileName() + "." + extension);
			}
			return List.of(new Target(file, partIds));
		}
		List<Target> targets = new ArrayList<>();
		for (String id : partIds) {
			targets.add(new Target(destination.resolve(fileName(id, extension)), List.of(id)));
		}
		return targets;
	}

	/** @return the folder the files go to */
	Path folder() {
		return toFolder() || Files.isDirectory(destination) ? destination : destination.toAbsolutePath().getParent();
	}

	/**
	 * Makes a file name from a part id: letters, digits, '-', '_' and '.' kept, anything else replaced by '_'.
	 *
	 * @param partId    the part id
	 * @param extension the extension without the dot
	 * @return e.g. {@code B-42.pdf}
	 */
	static String fileName(String partId, String extension) {
		return partId.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension.toLowerCase(Locale.ROOT);
	}
}
