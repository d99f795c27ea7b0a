// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing;

/** Ids of the drawing view's contributions, for other bundles and tests. */
public final class PartForgeDrawingUi {

	/** The bundle id. */
	public static final String PLUGIN_ID = "dev.partforge.ui.drawing";

	/** The Drawing editor (its input names the part). */
	public static final String EDITOR_ID = "dev.partforge.ui.drawing.editor";

	/** The command that opens a part's drawing. */
	public static final String OPEN_COMMAND = "dev.partforge.ui.drawing.open";

	/** The part id parameter of {@link #OPEN_COMMAND}. */
	public static final String PART_PARAMETER = "dev.partforge.ui.drawing.partId";

	/** The e4 event topic posted when a part's drawing opens; {@code IEventBroker.DATA} is the part id. */
	public static final String PART_OPENED_TOPIC = "partforge/part/opened";

	/** The event topic posted with the part id (event data) when the drawing of a part closes. */
	public static final String PART_CLOSED_TOPIC = "partforge/part/closed";

	/**
	 * The event topic posted with the part id (event data) when the user activates the drawing of a part (clicks its
	 * tab): the timer follows this choice.
	 */
	public static final String PART_ACTIVATED_TOPIC = "partforge/part/activated";

	private PartForgeDrawingUi() {
	}
}
