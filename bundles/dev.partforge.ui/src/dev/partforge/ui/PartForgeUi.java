// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui;

/** Ids of the PartForge workbench contributions, for the application, tests and other bundles. */
public final class PartForgeUi {

	/** The bundle id, also the node of the UI preferences. */
	public static final String PLUGIN_ID = "dev.partforge.ui";

	/** The Practice perspective, the one a new window opens with. */
	public static final String PRACTICE_PERSPECTIVE = "dev.partforge.ui.perspectives.practice";

	/** The Parts view: the library of generated parts. */
	public static final String PARTS_VIEW = "dev.partforge.ui.views.parts";

	/** The Timer view: the clock of the open part. */
	public static final String TIMER_VIEW = "dev.partforge.ui.views.timer";

	/** The Progress view: records, personal bests, streaks and charts. */
	public static final String PROGRESS_VIEW = "dev.partforge.ui.views.progress";

	/** The Storage view: where and how the data is stored, backup and verify. */
	public static final String STORAGE_VIEW = "dev.partforge.ui.views.storage";

	/** The Storage Monitor view: storage usage over time, operation timings, error rates and caches. */
	public static final String STORAGE_MONITOR_VIEW = "dev.partforge.ui.views.storageMonitor";

	/** The command that opens the About dialog. */
	public static final String ABOUT_COMMAND = "dev.partforge.ui.commands.about";

	/** The command that generates a part (opens the Generate Part dialog). */
	public static final String GENERATE_COMMAND = "dev.partforge.ui.commands.generate";

	/** The command that toggles the bookmark of the selected parts. */
	public static final String BOOKMARK_COMMAND = "dev.partforge.ui.commands.bookmark";

	/** The command that deletes the selected parts (after confirmation). */
	public static final String DELETE_COMMAND = "dev.partforge.ui.commands.delete";

	/** The command that opens the drawing of the selected part. */
	public static final String OPEN_COMMAND = "dev.partforge.ui.commands.open";

	/** The drawing bundle's command that opens a part's drawing. */
	public static final String DRAWING_OPEN_COMMAND = "dev.partforge.ui.drawing.open";

	/** The part id parameter of {@link #DRAWING_OPEN_COMMAND}. */
	public static final String DRAWING_PART_PARAMETER = "dev.partforge.ui.drawing.partId";

	/** The e4 event topic posted when a part's drawing opens; {@code IEventBroker.DATA} is the part id. */
	public static final String PART_OPENED_TOPIC = "partforge/part/opened";

	/** The event topic posted with the part id (event data) when the drawing of a part closes. */
	public static final String PART_CLOSED_TOPIC = "partforge/part/closed";

	/**
	 * The event topic posted with the part id (event data) when the user activates the drawing of a part (clicks its
	 * tab): the timer follows this choice.
	 */
	public static final String PART_ACTIVATED_TOPIC = "partforge/part/activated";

	/** The widget data key under which widgets are named for UI tests (the key SWTBot-style drivers read). */
	public static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key";

	private PartForgeUi() {
	}
}
