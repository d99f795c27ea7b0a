// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts and closure facts of a solid's boundary, for checks such as Euler-Poincar\u00e9
 * (V - E + F - R = 2 (S - G) with R inner loops, S shells, G genus).
 *
 * @param vertices   distinct vertices
 * @param edges      distinct edges
 * @param faces      faces
 * @param innerLoops inner loops (rings)
 * @param problems   closure problems: edges not used exactly twice with opposite senses (empty when closed)
 */
public record TopologyReport(int vertices, int edges, int faces, int innerLoops, List<String> problems) {

	/** Copies the problem list. */
	public TopologyReport {
		problems = List.copyOf(problems);
	}

	/** @return the genus implied by Euler-Poincar\u00e9 for one shell: G = 1 - (V - E + F - R) / 2 */
	public double genus() {
		return 1 - (vertices - edges + faces - innerLoops) / 2.0;
	}

	/**
	 * @param solid the solid to inspect
	 * @return its report
	 */
	public static TopologyReport of(Solid solid) {
		Map<Edge, int[]> uses = new IdentityHashMap<>();
		Map<Vertex, Boolean> verts = new IdentityHashMap<>();
		List<Edge> order = new ArrayList<>();
		int inner = 0;
		for (Face f : solid.shell().faces()) {
			inner += f.inner().size();
			for (Loop l : f.loops()) {
				for (OrientedEdge oe : l.edges()) {
					int[] u = uses.computeIfAbsent(oe.edge(), e -> {
						order.add(e);
						return new int[2];
					});
					u[oe.sameSense() ? 0 : 1]++;
					verts.put(oe.edge().start(), Boolean.TRUE);
					verts.put(oe.edge().end(), Boolean.TRUE);
				}
			}
		}
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			int[] u = uses.get(order.get(i));
			if (u[0] != 1 || u[1] != 1) {
				problems.add("edge " + i + " " + order.get(i).curve() + " used " + u[0] + "x forward, " + u[1] + "x reversed");
			}
		}
		return new TopologyReport(verts.size(), uses.size(), solid.shell().faces().size(), inner, problems);
	}
}
