// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Solid;

/**
 * A solid's faces as {@link FaceProbe}s and the edges a view draws (every edge but the tangent ones), in the order
 * the faces meet them, so that a drawing never depends on identity hash codes. Shared by the orthographic views
 * ({@link HiddenLines}) and the isometric view ({@link Isometric}).
 *
 * @param probes one probe per face, in the shell's order
 * @param edges the drawn edges
 */
record DrawnEdges(List<FaceProbe> probes, List<Edge> edges) {

	/** @return the probes and drawn edges of a solid */
	static DrawnEdges of(Solid solid) {
		Map<Edge, List<FaceProbe>> users = new IdentityHashMap<>();
		List<Edge> all = new ArrayList<>();
		List<FaceProbe> probes = new ArrayList<>();
		for (Face f : solid.shell().faces()) {
			FaceProbe p = new FaceProbe(f);
			probes.add(p);
			for (Loop l : f.loops()) {
				for (OrientedEdge oe : l.edges()) {
					users.computeIfAbsent(oe.edge(), e -> {
						all.add(e);
						return new ArrayList<>();
					}).add(p);
				}
			}
		}
		List<Edge> drawn = new ArrayList<>();
		for (Edge e : all) {
			if (!HiddenLines.tangent(e, users.get(e))) {
				drawn.add(e);
			}
		}
		return new DrawnEdges(List.copyOf(probes), List.copyOf(drawn));
	}
}
