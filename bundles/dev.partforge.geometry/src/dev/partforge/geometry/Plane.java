// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * A plane through the frame origin with normal = frame z (STEP PLANE).
 *
 * @param frame placement
 */
public record Plane(Frame frame) implements Surface {
	@Override
	public Plane translated(Vec3 offset) {
		return new Plane(frame.translated(offset));
	}
}
