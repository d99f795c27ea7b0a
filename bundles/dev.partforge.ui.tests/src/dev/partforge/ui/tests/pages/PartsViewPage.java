// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.TableHandle;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.parts.PartsView;

/** The Parts view, driven through its widgets. */
public final class PartsViewPage {

	private final PartForgeBot bot;
	private final ViewHandle view;

	/**
	 * Shows and activates the Parts view.
	 *
	 * @param bot the bot
	 */
	public PartsViewPage(PartForgeBot bot) {
		this.bot = bot;
		this.view = bot.showView(PartForgeUi.PARTS_VIEW).show();
	}

	/** @return the view */
	public ViewHandle view() {
		return view;
	}

	/** @return the table */
	public TableHandle table() {
		return view.table();
	}

	/**
	 * Waits until the row of a part id is shown and returns its index.
	 *
	 * @param partId the part id
	 * @return the row index
	 */
	public int waitForPart(String partId) {
		bot.waitUntil("part " + partId + " is listed", () -> indexOf(partId) >= 0);
		return bot.ui().call(() -> indexOf(partId));
	}

	/** @return the part ids shown, top to bottom (read from the view's model, as the rows are virtual) */
	public List<String> shownIds() {
		return bot.ui().call(() -> new ArrayList<>(
				((PartsView) view.part()).model().visible().stream().map(r -> r.id()).toList()));
	}

	private int indexOf(String partId) {
		return ((PartsView) view.part()).model().visible().stream().map(r -> r.id()).toList().indexOf(partId);
	}

	/**
	 * Selects a part's row.
	 *
	 * @param partId the part id
	 */
	public void select(String partId) {
		view.show();
		table().select(waitForPart(partId));
	}

	/**
	 * Double-clicks a part's row (opens its drawing).
	 *
	 * @param partId the part id
	 */
	public void open(String partId) {
		view.show();
		table().doubleClick(waitForPart(partId));
	}
}
