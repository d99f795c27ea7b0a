// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests.pages;

import java.time.Duration;

import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.timer.TimerView;

/** The Timer view, driven through its widgets. */
public final class TimerViewPage {

	private final ViewHandle view;

	/**
	 * Shows the Timer view.
	 *
	 * @param bot the bot
	 */
	public TimerViewPage(PartForgeBot bot) {
		this.view = bot.showView(PartForgeUi.TIMER_VIEW);
	}

	/** @return the view */
	public ViewHandle view() {
		return view;
	}

	/** @return the elapsed time shown, e.g. {@code 0:07} */
	public String time() {
		return view.labelWithId(TimerView.TIME_KEY).text();
	}

	/** @return the state shown: Running, Paused or empty */
	public String state() {
		return view.labelWithId(TimerView.STATE_KEY).text();
	}

	/** @return the part shown */
	public String part() {
		return view.labelWithId(TimerView.PART_KEY).text();
	}

	/**
	 * Parses a shown time.
	 *
	 * @param text {@code m:ss} or {@code h:mm:ss}
	 * @return the duration
	 */
	public static Duration parse(String text) {
		long seconds = 0;
		for (String part : text.split(":")) {
			seconds = seconds * 60 + Long.parseLong(part.strip());
		}
		return Duration.ofSeconds(seconds);
	}

	/**
	 * Clicks a timer button.
	 *
	 * @param label Start, Pause, Reset, Completed or Give up
	 */
	public void click(String label) {
		view.button(label).click();
	}
}
