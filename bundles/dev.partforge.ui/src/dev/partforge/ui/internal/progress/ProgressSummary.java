// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.UserRecord;
import dev.partforge.store.AttemptHistory;

/**
 * What the Progress view shows, computed from the library's attempt history off the UI thread: the newest attempts,
 * newest first, personal bests and averages per difficulty (completed attempts), streaks of days with a completed
 * attempt and the checked answers, over every attempt; the history's columns for the chart.
 *
 * @param attempts      the newest attempts, newest first (at most as many as the history holds as objects)
 * @param total         how many attempts there are in all
 * @param best          the shortest completed time per difficulty
 * @param average       the average completed time per difficulty
 * @param currentStreak days in a row, up to today (or yesterday), with a completed attempt
 * @param longestStreak the longest such run
 * @param checked       how many attempts had a checked answer
 * @param correct       how many of those were correct
 * @param history       every attempt as columns (the chart's data)
 */
public record ProgressSummary(List<Attempt> attempts, int total, Map<Difficulty, Long> best, Map<Difficulty, Long> average,
		int currentStreak, int longestStreak, long checked, long correct, AttemptHistory history) {

	/**
	 * One attempt.
	 *
	 * @param date       when it was recorded
	 * @param partId     the part id
	 * @param partName   the part name (the id if the part was deleted)
	 * @param difficulty the difficulty
	 * @param millis     the time spent
	 * @param completed  completed or given up
	 * @param result     the checked answer's result (NOT_CHECKED without an answer)
	 * @param deviation  how far the answer was from the exact value, in percent
	 */
	public record Attempt(Date date, String partId, String partName, Difficulty difficulty, long millis,
			boolean completed, CheckResult result, double deviation) {

		/**
		 * An attempt without a checked answer.
		 *
		 * @param date       when it was recorded
		 * @param partId     the part id
		 * @param partName   the part name
		 * @param difficulty the difficulty
		 * @param millis     the time spent
		 * @param completed  completed or given up
		 */
		public Attempt(Date date, String partId, String partName, Difficulty difficulty, long millis,
				boolean completed) {
			this(date, partId, partName, difficulty, millis, completed, CheckResult.NOT_CHECKED, 0);
		}

		/** @return the checked answer as shown next to the time, e.g. {@code ✓ +0.12 %}; empty without one */
		public String accuracy() {
			return result == CheckResult.NOT_CHECKED ? "" //$NON-NLS-1$
					: String.format(Locale.ROOT, "%s %+.2f %%", //$NON-NLS-1$
							result == CheckResult.CORRECT ? "\u2713" : "\u2717", deviation); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Computes the summary of records held as objects (a few, or tests): they become a history first.
	 *
	 * @param records the records, any order
	 * @param names   part names by id
	 * @param today   today's date in the user's zone
	 * @param zone    the user's zone
	 * @return the summary
	 */
	public static ProgressSummary of(List<UserRecord> records, Map<String, String> names, LocalDate today, ZoneId zone) {
		// the store's order: dated records oldest first, then the undated, each by id (the given order stands for it)
		List<UserRecord> ordered = records.stream()
				.sorted(Comparator.comparing((UserRecord r) -> r.getDate() == null).thenComparing(r -> r.getDate() == null ? 0 : r.getDate().getTime()))
				.toList();
		AttemptHistory.Builder columns = new AttemptHistory.Builder();
		ordered.forEach(r -> columns.add(r.getDate(), r.getTimeSpent(), r.getDifficulty(), r.isCompleted(), r.getResult()));
		List<UserRecord> newest = new ArrayList<>(ordered.stream().filter(r -> r.getDate() != null).toList().reversed());
		newest.addAll(ordered.stream().filter(r -> r.getDate() == null).toList().reversed());
		return of(columns.build(newest), names, today, zone);
	}

	/**
	 * Computes the summary.
	 *
	 * @param history every attempt as columns, and the newest as objects
	 * @param names   part names by id
	 * @param today   today's date in the user's zone
	 * @param zone    the user's zone
	 * @return the summary
	 */
	public static ProgressSummary of(AttemptHistory history, Map<String, String> names, LocalDate today, ZoneId zone) {
		List<Attempt> attempts = history.newest().stream()
				.map(r -> new Attempt(r.getDate(), r.getPartId(), names.getOrDefault(r.getPartId(), r.getPartId()), r.getDifficulty(),
						r.getTimeSpent(), r.isCompleted(), r.getResult(), r.getDeviation()))
				.toList();
		int kinds = Difficulty.values().length;
		long[] count = new long[kinds];
		long[] sum = new long[kinds];
		long[] shortest = new long[kinds];
		long checked = 0;
		long correct = 0;
		SortedSet<LocalDate> days = new TreeSet<>();
		long dayEnd = Long.MIN_VALUE;
		for (int i = 0; i < history.size(); i++) {
			checked += history.checked(i) ? 1 : 0;
			correct += history.correct(i) ? 1 : 0;
			if (!history.completed(i)) {
				continue;
			}
			Difficulty d = history.difficulty(i);
			if (d != null) {
				int k = d.ordinal();
				shortest[k] = count[k] == 0 ? history.timeSpent(i) : Math.min(shortest[k], history.timeSpent(i));
				count[k]++;
				sum[k] += history.timeSpent(i);
			}
			if (history.dated(i) && history.date(i) >= dayEnd) {
				// dated attempts come oldest first: a new day only where the date passes the last day's end
				LocalDate day = TimelineScale.day(history.date(i), zone);
				days.add(day);
				dayEnd = TimelineScale.end(day, zone);
			}
		}
		Map<Difficulty, Long> best = new EnumMap<>(Difficulty.class);
		Map<Difficulty, Long> average = new EnumMap<>(Difficulty.class);
		for (Difficulty d : Difficulty.values()) {
			if (count[d.ordinal()] > 0) {
				best.put(d, shortest[d.ordinal()]);
				average.put(d, Math.round((double) sum[d.ordinal()] / count[d.ordinal()]));
			}
		}
		return new ProgressSummary(attempts, history.size(), best, average, current(days, today), longest(days), checked, correct,
				history);
	}

	private static int current(SortedSet<LocalDate> days, LocalDate today) {
		LocalDate day = days.contains(today) ? today : today.minusDays(1);
		int n = 0;
		while (days.contains(day)) {
			n++;
			day = day.minusDays(1);
		}
		return n;
	}

	private static int longest(SortedSet<LocalDate> days) {
		int longest = 0;
		int run = 0;
		LocalDate previous = null;
		for (LocalDate day : days) {
			run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
			longest = Math.max(longest, run);
			previous = day;
		}
		return longest;
	}

	/**
	 * @param difficulty a difficulty
	 * @return the personal best, if any
	 */
	public OptionalLong bestOf(Difficulty difficulty) {
		Long value = best.get(difficulty);
		return value == null ? OptionalLong.empty() : OptionalLong.of(value);
	}
}
