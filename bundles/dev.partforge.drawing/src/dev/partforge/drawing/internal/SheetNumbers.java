// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Sheet;

/**
 * Gives a drawn sheet another sheet number without drawing it again: the number is only in the title block, which
 * {@link SheetBuilder} draws last, so the sheet keeps every entity before the title block and gets a title block
 * stamped with the new number, entity for entity what drawing it afresh with that number gives.
 */
public final class SheetNumbers {

	/** The title field of the sheet number, {@link #field}'s key. */
	static final String FIELD = "Sheet";

	private SheetNumbers() {
	}

	/**
	 * @param options the options with the sheet number and count
	 * @return the title field's value, {@code n/m}: the one form {@link SheetBuilder} draws and {@link #renumber} stamps
	 */
	static String field(DrawingOptions options) {
		return options.sheetNumber() + "/" + options.sheetCount();
	}

	/**
	 * @param sheet   a sheet drawn with {@code options} apart from the sheet number and count
	 * @param options the options, with the new sheet number and count
	 * @return the sheet with the new number in its title fields and title block
	 * @throws IllegalArgumentException if the sheet's title block is not where the options put it
	 */
	public static Sheet renumber(Sheet sheet, DrawingOptions options) {
		Map<String, String> title = new LinkedHashMap<>(sheet.title());
		title.put(FIELD, field(options));
		List<Entity> entities = sheet.entities();
		if (options.includeTitle()) {
			List<Entity> stamp = new ArrayList<>();
			SheetFrame.titleBlock(sheet.paper(), title, options.projection(), stamp);
			int start = entities.size() - stamp.size();
			if (start < 0 || !entities.get(start).equals(stamp.getFirst())) {
				throw new IllegalArgumentException("sheet of " + sheet.partId()
						+ " has no title block at its end; draw it with these options instead");
			}
			List<Entity> renumbered = new ArrayList<>(entities.subList(0, start));
			renumbered.addAll(stamp);
			entities = renumbered;
		}
		return new Sheet(sheet.partId(), sheet.paper(), sheet.scale(), sheet.units(), sheet.views(), entities, title);
	}
}
