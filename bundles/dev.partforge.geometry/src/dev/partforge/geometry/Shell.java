// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

import java.util.List;

/**
 * A closed, oriented set of faces (STEP CLOSED_SHELL).
 *
 * @param faces the faces
 */
public record Shell(List<Face> faces) {
	/** Copies the faces. */
	public Shell {
		faces = List.copyOf(faces);
	}
}
