// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.UserRecord;

/**
 * Every attempt record of a library as columns, dated ones oldest first (equal dates in no set order), then the undated: what progress figures and
 * charts need of 10⁶ records without an object per record (the objects of {@link PartStore#listRecords} cost seconds
 * and hundreds of megabytes there). The newest records come as objects, for a table of them.
 */
public final class AttemptHistory {
	private static final byte COMPLETED = 1;
	private static final byte CHECKED = 2;
	private static final byte CORRECT = 4;
	private static final byte DATED = 8;

	private final long[] dates;
	private final long[] timeSpent;
	private final byte[] difficulty;
	private final byte[] flags;
	private final int size;
	private final List<UserRecord> newest;

	private AttemptHistory(long[] dates, long[] timeSpent, byte[] difficulty, byte[] flags, int size, List<UserRecord> newest) {
		this.dates = dates;
		this.timeSpent = timeSpent;
		this.difficulty = difficulty;
		this.flags = flags;
		this.size = size;
		this.newest = List.copyOf(newest);
	}

	/** @return the number of records */
	public int size() {
		return size;
	}

	/**
	 * @param i an index, 0 to {@link #size()} - 1
	 * @return the record's date in milliseconds since the epoch, or {@link Long#MIN_VALUE} when it has none
	 */
	public long date(int i) {
		return (flags[check(i)] & DATED) != 0 ? dates[i] : Long.MIN_VALUE;
	}

	/** @return whether the record has a date */
	public boolean dated(int i) {
		return (flags[check(i)] & DATED) != 0;
	}

	/** @return the time spent in milliseconds */
	public long timeSpent(int i) {
		return timeSpent[check(i)];
	}

	/** @return the difficulty, or null when the record has none */
	public Difficulty difficulty(int i) {
		return difficulty[check(i)] < 0 ? null : Difficulty.get(difficulty[i]);
	}

	/** @return whether the attempt was completed (not given up) */
	public boolean completed(int i) {
		return (flags[check(i)] & COMPLETED) != 0;
	}

	/** @return whether the attempt's answer was checked */
	public boolean checked(int i) {
		return (flags[check(i)] & CHECKED) != 0;
	}

	/** @return whether the attempt's checked answer was correct */
	public boolean correct(int i) {
		return (flags[check(i)] & CORRECT) != 0;
	}

	/** @return the newest records (by date, then id), newest first, as detached objects */
	public List<UserRecord> newest() {
		return newest;
	}

	private int check(int i) {
		if (i < 0 || i >= size) {
			throw new IndexOutOfBoundsException("record " + i + " of " + size);
		}
		return i;
	}

	/** Collects the columns, one record at a time, in the order of {@link AttemptHistory}. */
	public static final class Builder {
		private long[] dates = new long[1024];
		private long[] timeSpent = new long[1024];
		private byte[] difficulty = new byte[1024];
		private byte[] flags = new byte[1024];
		private int size;

		/**
		 * Adds a record.
		 *
		 * @param date       its date, or null
		 * @param timeSpent  the time spent in milliseconds
		 * @param difficulty its difficulty, or null
		 * @param completed  whether it was completed
		 * @param result     its check result, or null for none
		 * @return this builder
		 */
		public Builder add(Date date, long timeSpent, Difficulty difficulty, boolean completed, CheckResult result) {
			if (size == dates.length) {
				int grown = dates.length * 2;
				dates = Arrays.copyOf(dates, grown);
				this.timeSpent = Arrays.copyOf(this.timeSpent, grown);
				this.difficulty = Arrays.copyOf(this.difficulty, grown);
				flags = Arrays.copyOf(flags, grown);
			}
			dates[size] = date == null ? 0 : date.getTime();
			this.timeSpent[size] = timeSpent;
			this.difficulty[size] = difficulty == null ? -1 : (byte) difficulty.getValue();
			boolean checked = result != null && result != CheckResult.NOT_CHECKED;
			flags[size] = (byte) ((completed ? COMPLETED : 0) | (checked ? CHECKED : 0) | (result == CheckResult.CORRECT ? CORRECT : 0)
					| (date != null ? DATED : 0));
			size++;
			return this;
		}

		/**
		 * @param newest the newest records, newest first
		 * @return the history; the builder must not be used after
		 */
		public AttemptHistory build(List<UserRecord> newest) {
			return new AttemptHistory(dates, timeSpent, difficulty, flags, size, newest);
		}
	}
}
