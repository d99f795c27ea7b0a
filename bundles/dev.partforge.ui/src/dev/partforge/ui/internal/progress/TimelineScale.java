// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
	 * Places attempts.
	 *
	 * @param dates  the attempt dates, not empty, any order
	 * @param millis the attempt durations, same order
	 * @param zone   the zone whose days are shown
	 * @return the scale
	 */
	static TimelineScale of(List<Date> dates, List<Long> millis, ZoneId zone) {
		List<LocalDate> days = dates.stream().map(d -> d.toInstant().atZone(zone).toLocalDate()).toList();
		LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
		LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
		Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
		days.forEach(d -> perDay.merge(d, 1, Integer::sum));
		Map<LocalDate, Integer> placed = new LinkedHashMap<>();
		double[] x = new double[days.size()];
		double[] y = new double[days.size()];
		double longest = 0;
		for (int i = 0; i < x.length; i++) {
			LocalDate day = days.get(i);
			int k = placed.merge(day, 1, Integer::sum);
			x[i] = ChronoUnit.DAYS.between(first, day) + (double) k / (perDay.get(day) + 1) - 0.5;
			y[i] = millis.get(i) / 60_000.0;
			longest = Math.max(longest, y[i]);
		}
		return new TimelineScale(first, x, y, ChronoUnit.DAYS.between(first, last) + 0.5, roundUp(longest * 1.1),
				first.getYear() != last.getYear());
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
