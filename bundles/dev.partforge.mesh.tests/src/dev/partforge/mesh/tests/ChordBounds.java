// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.tests;

import dev.partforge.geometry.Circle;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Plane;
import dev.partforge.geometry.Solid;

/**
 * How far a mesh's volume and area may be from the exact solid's for a chord tolerance c (every chord of an arc lies
 * within c of the arc). Volume: the solids differ by slivers between each curved face and its chords, each at most c
 * thick, so |dV| &lt;= c &middot; (area of the curved faces). Area: a planar face gains or loses a circular segment
 * (area &lt;= c &middot; arc length) along every arc of its boundary; a curved face of radius r loses at most its
 * area times c / r (chord to arc ratio 1 - sin(t/2)/(t/2) &lt;= t^2/24 with sagitta r t^2/8). A relative 1e-6 covers
 * rounding the vertices to float.
 */
final class ChordBounds {
	private final double curvedArea;
	private final double curvedAreaOverRadius;
	private final double arcLength;

	ChordBounds(Solid s) {
		double curved = 0;
		double overRadius = 0;
		double arcs = 0;
		for (Face f : s.shell().faces()) {
			double r1 = 0;
			double r2 = 0;
			double slant = 0;
			double span = 0;
			for (Loop l : f.loops()) {
				for (OrientedEdge oe : l.edges()) {
					if (oe.edge().curve() instanceof Circle c) {
						double len = c.radius() * oe.edge().extent();
						if (f.surface() instanceof Plane) {
							arcs += len;
						}
						span = oe.edge().extent();
						r2 = r1;
						r1 = c.radius();
					} else {
						slant = oe.edge().start().point().distance(oe.edge().end().point());
					}
				}
			}
			if (!(f.surface() instanceof Plane)) {
				double area = span * (r1 + r2) / 2 * slant;
				curved += area;
				overRadius += area / Math.min(r1, r2);
			}
		}
		curvedArea = curved;
		curvedAreaOverRadius = overRadius;
		arcLength = arcs;
	}

	double volume(double chord, double exactVolume) {
		return chord * curvedArea + 1e-6 * exactVolume;
	}

	double area(double chord, double exactArea) {
		return chord * (arcLength + curvedAreaOverRadius) + 1e-6 * exactArea;
	}
}
