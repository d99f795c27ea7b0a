// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import dev.partforge.store.AttemptHistory;

/**
 * Where the attempts of the "Time per attempt" chart go, without SWT: the x axis counts days from the first attempt's
 * day (attempts of one day spread evenly inside it, so none hide another), its range reaches half a day beyond the
 * first and last day and the y range starts at 0 and ends at a round number of minutes above the longest attempt, so
 * no point sits on the plot's edge. Tick labels name whole days only ({@code 12-04}, with the year when the attempts
 * span more than one), so a day is never named twice.
 *
 * @param first    the day of x = 0
 * @param x        the x value of each attempt, in the order given
 * @param minutes  the y value of each attempt
 * @param xMax     the upper end of the x range (the lower end is -0.5)
 * @param yMax     the upper end of the y range (the lower end is 0)
 * @param withYear whether day labels carry the year
 */
record TimelineScale(LocalDate first, double[] x, double[] minutes, double xMax, double yMax, boolean withYear) {

	/** The lower end of the x range: half a day before the first day. */
	static final double X_MIN = -0.5;

	/**
	 * Places the dated attempts of a history.
	 *
	 * @param history the attempts, dated ones first and oldest first (as {@link AttemptHistory} holds them), at least
	 *                one dated
	 * @param zone    the zone whose days are shown
	 * @return the scale, its x and minutes in the history's order of the dated attempts
	 */
	static TimelineScale of(AttemptHistory history, ZoneId zone) {
		int n = 0;
		while (n < history.size() && history.dated(n)) {
			n++;
		}
		if (n == 0) {
			throw new IllegalArgumentException("no dated attempt");
		}
		double[] x = new double[n];
		double[] y = new double[n];
		double longest = 0;
		LocalDate first = day(history.date(0), zone);
		LocalDate day = first;
		long dayEnd = end(day, zone);
		int run = 0;
		for (int i = 0; i <= n; i++) {
			if (i == n || history.date(i) >= dayEnd) {
				// attempts of one day spread evenly inside it, in their order
				long index = ChronoUnit.DAYS.between(first, day);
				for (int k = 1; k <= i - run; k++) {
					x[run + k - 1] = index + (double) k / (i - run + 1) - 0.5;
				}
				if (i == n) {
					break;
				}
				day = day(history.date(i), zone);
				dayEnd = end(day, zone);
				run = i;
			}
			y[i] = history.timeSpent(i) / 60_000.0;
			longest = Math.max(longest, y[i]);
		}
		return new TimelineScale(first, x, y, ChronoUnit.DAYS.between(first, day) + 0.5, roundUp(longest * 1.1),
				first.getYear() != day.getYear());
	}

	/** @return the day in the zone of a time in milliseconds since the epoch */
	static LocalDate day(long millis, ZoneId zone) {
		return Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
	}

	/** @return the end of a day in the zone (the next day's start), in milliseconds since the epoch */
	static long end(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
	}

	/**
	 * Rounds up to 1, 2 or 5 times a power of ten (at least 0.5 minutes).
	 *
	 * @param value a value in minutes
	 * @return the round value above it
	 */
	static double roundUp(double value) {
		if (value <= 0.5) {
			return 0.5;
		}
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 5, 10 }) {
			if (value <= step * power + 1e-9) {
				return step * power;
			}
		}
		return 10 * power;
	}

	/** @return the x axis label format: the day of a whole x value, nothing between days */
	Format dayFormat() {
		DateTimeFormatter f = DateTimeFormatter.ofPattern(withYear ? "yyyy-MM-dd" : "MM-dd"); //$NON-NLS-1$ //$NON-NLS-2$
		return new Format() {
			private static final long serialVersionUID = 1L;

			@Override
			public StringBuffer format(Object value, StringBuffer to, FieldPosition pos) {
				double v = ((Number) value).doubleValue();
				long day = Math.round(v);
				return Math.abs(v - day) < 1e-6 ? to.append(first.plusDays(day).format(f)) : to;
			}

			@Override
			public Object parseObject(String source, ParsePosition pos) {
				return null; // labels are only shown
			}
		};
	}
}
