// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/** An edge's underlying curve: a {@link Line} or a {@link Circle}. */
public sealed interface Curve permits Line, Circle {

	/** @return the same curve moved by a world offset */
	Curve translated(Vec3 offset);
}
