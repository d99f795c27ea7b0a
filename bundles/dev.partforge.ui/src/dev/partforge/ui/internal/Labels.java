// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.OptionalLong;

import dev.partforge.model.Difficulty;
import dev.partforge.model.Units;

/** How times, dates, difficulties and flags are shown. */
public final class Labels {

	/** ISO 8601 order (year first, 24 h) in the user's zone: never ambiguous like 12/2/26. */
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private Labels() {
	}

	/**
	 * Formats a duration as {@code m:ss} or {@code h:mm:ss}.
	 *
	 * @param millis the duration
	 * @return the text
	 */
	public static String time(long millis) {
		long seconds = Math.max(0, millis) / 1000;
		long h = seconds / 3600;
		long m = seconds / 60 % 60;
		long s = seconds % 60;
		return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Formats an optional duration.
	 *
	 * @param millis the duration
	 * @return the text, empty if absent
	 */
	public static String time(OptionalLong millis) {
		return millis.isPresent() ? time(millis.getAsLong()) : ""; //$NON-NLS-1$
	}

	/**
	 * Formats a date and time in the user's zone as {@code 2026-12-02 14:05}.
	 *
	 * @param date the date, may be null
	 * @return the text, empty for null
	 */
	public static String date(Date date) {
		return date == null ? "" : DATE_TIME.format(Instant.ofEpochMilli(date.getTime())); //$NON-NLS-1$
	}

	/**
	 * Returns the display name of a difficulty.
	 *
	 * @param difficulty the difficulty, may be null
	 * @return the name
	 */
	public static String difficulty(Difficulty difficulty) {
		if (difficulty == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (difficulty) {
		case BEGINNER -> Messages.Difficulty_beginner;
		case INTERMEDIATE -> Messages.Difficulty_intermediate;
		case EXPERT -> Messages.Difficulty_expert;
		};
	}

	/**
	 * Returns the short name of a part's units.
	 *
	 * @param units the units, may be null
	 * @return {@code mm}, {@code inch} or empty
	 */
	public static String units(Units units) {
		if (units == null) {
			return ""; //$NON-NLS-1$
		}
		return units == Units.INCH ? Messages.Units_inchShort : Messages.Units_mmShort;
	}

	/**
	 * Returns the text of a yes/no column.
	 *
	 * @param value the flag
	 * @return "Yes" or empty
	 */
	public static String flag(boolean value) {
		return value ? Messages.Labels_yes : ""; //$NON-NLS-1$
	}
}
