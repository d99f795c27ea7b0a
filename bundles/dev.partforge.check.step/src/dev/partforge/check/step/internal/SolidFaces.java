// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.geometry.Circle;
import dev.partforge.geometry.ConicalSurface;
import dev.partforge.geometry.CylindricalSurface;
import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Plane;
import dev.partforge.geometry.Solid;

/** The faces of an exact PartForge solid in the form the integration reads. */
public final class SolidFaces {

	private SolidFaces() {
	}

	/**
	 * @param solid a PartForge solid
	 * @return its faces
	 */
	public static List<BrepFace> of(Solid solid) {
		Map<Edge, EdgeGeom> edges = new IdentityHashMap<>();
		List<BrepFace> out = new ArrayList<>();
		int index = 0;
		for (Face f : solid.shell().faces()) {
			SurfaceGeom s = switch (f.surface()) {
			case Plane p -> new SurfaceGeom.Planar(p.frame());
			case CylindricalSurface c -> new SurfaceGeom.Conical(c.frame(), c.radius(), 0);
			case ConicalSurface c -> new SurfaceGeom.Conical(c.frame(), c.radius(), c.semiAngle());
			};
			List<List<BrepFace.Use>> loops = new ArrayList<>();
			for (Loop l : f.loops()) {
				List<BrepFace.Use> uses = new ArrayList<>();
				for (OrientedEdge oe : l.edges()) {
					uses.add(new BrepFace.Use(edges.computeIfAbsent(oe.edge(), SolidFaces::geom), oe.sameSense()));
				}
				loops.add(uses);
			}
			out.add(new BrepFace(s, f.sameSense(), loops, "face " + index++ + " of " + solid.name()));
		}
		return out;
	}

	private static EdgeGeom geom(Edge e) {
		if (e.curve() instanceof Circle c) {
			return new EdgeGeom.Arc(c.frame(), c.radius(), c.radius(), e.startAngle(), e.extent());
		}
		return new EdgeGeom.Segment(e.start().point(), e.end().point());
	}
}
