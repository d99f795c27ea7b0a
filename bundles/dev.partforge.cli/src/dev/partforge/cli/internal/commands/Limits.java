// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

/** Upper bounds of the values the commands accept, so that every value fits the store and prints on one line. */
final class Limits {

	/** Longest part name ({@code parts add --name}), in characters. */
	static final int NAME = 200;

	/** Longest part id ({@code --part ID}, {@code parts get ID}), in characters. */
	static final int ID = 64;

	/** Longest preference name, in characters. */
	static final int PREF_NAME = 100;

	/** Longest preference value, in characters. */
	static final int PREF_VALUE = 1000;

	/** Longest attempt ({@code records add --time}): 7 days, in seconds. */
	static final double TIME_SECONDS = 7 * 24 * 3600;

	private Limits() {
	}
}
