// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.server.internal;

/** What a team server user may do. */
public enum Role {
	/** Reads the shared library and their own progress; writes their own records and bookmarks. */
	STUDENT,
	/** Like a student, and reads everyone's progress. */
	TEACHER
}
