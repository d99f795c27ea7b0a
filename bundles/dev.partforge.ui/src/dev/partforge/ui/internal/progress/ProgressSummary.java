// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * What the Progress view shows, computed from the attempt records off the UI thread: the attempts newest first,
 * personal bests and averages per difficulty (completed attempts), and streaks of days with a completed attempt.
 *
 * @param attempts      the attempts, newest first
 * @param best          the shortest completed time per difficulty
 * @param average       the average completed time per difficulty
 * @param currentStreak days in a row, up to today (or yesterday), with a completed attempt
 * @param longestStreak the longest such run
 */
public record ProgressSummary(List<Attempt> attempts, Map<Difficulty, Long> best, Map<Difficulty, Long> average,
		int currentStreak, int longestStreak) {

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

	/** @return how many attempts had a checked answer, and how many of those were correct: {checked, correct} */
	public long[] accuracy() {
		long checked = attempts.stream().filter(a -> a.result() != CheckResult.NOT_CHECKED).count();
		long correct = attempts.stream().filter(a -> a.result() == CheckResult.CORRECT).count();
		return new long[] { checked, correct };
	}

	/**
	 * Computes the summary.
	 *
	 * @param records the records
	 * @param names   part names by id
	 * @param today   today's date in the user's zone
	 * @param zone    the user's zone
	 * @return the summary
	 */
	public static ProgressSummary of(List<UserRecord> records, Map<String, String> names, LocalDate today,
			ZoneId zone) {
		List<Attempt> attempts = records.stream()
				.map(r -> new Attempt(r.getDate(), r.getPartId(), names.getOrDefault(r.getPartId(), r.getPartId()),
						r.getDifficulty(), r.getTimeSpent(), r.isCompleted(), r.getResult(), r.getDeviation()))
				.sorted(Comparator.comparing((Attempt a) -> a.date() == null ? new Date(0) : a.date()).reversed())
				.toList();
		Map<Difficulty, Long> best = new EnumMap<>(Difficulty.class);
		Map<Difficulty, Long> average = new EnumMap<>(Difficulty.class);
		for (Difficulty d : Difficulty.values()) {
			var times = attempts.stream().filter(a -> a.completed() && a.difficulty() == d)
					.mapToLong(Attempt::millis).summaryStatistics();
			if (times.getCount() > 0) {
				best.put(d, times.getMin());
				average.put(d, Math.round(times.getAverage()));
			}
		}
		SortedSet<LocalDate> days = new TreeSet<>();
		attempts.stream().filter(a -> a.completed() && a.date() != null)
				.forEach(a -> days.add(a.date().toInstant().atZone(zone).toLocalDate()));
		return new ProgressSummary(attempts, best, average, current(days, today), longest(days));
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
