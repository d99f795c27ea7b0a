// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.recipes.Units;

/**
 * One drawing sheet: paper, scale, the placed views and every entity in sheet millimetres.
 *
 * @param partId   part number shown in the title block
 * @param paper    sheet size
 * @param scale    the ISO 5455 scale of every view
 * @param units    unit of the dimension values
 * @param views    placed views
 * @param entities everything drawn (views, centre lines, dimensions, frame, title block)
 * @param title    title block fields (label to value, in order)
 */
public record Sheet(String partId, Paper paper, Scale scale, Units units, List<PlacedView> views, List<Entity> entities,
		Map<String, String> title) {

	/** Copies the collections. */
	public Sheet {
		views = List.copyOf(views);
		entities = List.copyOf(entities);
		title = Collections.unmodifiableMap(new LinkedHashMap<>(title));
	}

	/** @return the dimensions on this sheet */
	public List<Entity.Dimension> dimensions() {
		return entities.stream().filter(Entity.Dimension.class::isInstance).map(Entity.Dimension.class::cast).toList();
	}

	/** @return entities of one layer (dimensions count as {@link Layer#DIMENSIONS}) */
	public List<Entity> on(Layer layer) {
		return entities.stream().filter(e -> e.layer() == layer).toList();
	}

	/**
	 * A view placed on the sheet.
	 *
	 * @param kind      which view
	 * @param x0        left of the part's projected box on the sheet
	 * @param y0        bottom of the box
	 * @param x1        right of the box
	 * @param y1        top of the box
	 * @param originR   model coordinate along the view's right axis drawn at x0
	 * @param originU   model coordinate along the view's up axis drawn at y0
	 * @param visible   visible edge entities of this view
	 * @param hidden    hidden edge entities of this view
	 */
	public record PlacedView(ViewKind kind, double x0, double y0, double x1, double y1, double originR, double originU, int visible,
			int hidden) {
	}
}
