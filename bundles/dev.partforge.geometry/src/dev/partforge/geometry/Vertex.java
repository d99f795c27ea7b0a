// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/** A topological vertex; identity matters (shared by the edges that meet there). */
public final class Vertex {
	private final Vec3 point;

	/** @param point the vertex position */
	public Vertex(Vec3 point) {
		this.point = point;
	}

	/** @return the vertex position */
	public Vec3 point() {
		return point;
	}

	@Override
	public String toString() {
		return "Vertex" + point;
	}
}
