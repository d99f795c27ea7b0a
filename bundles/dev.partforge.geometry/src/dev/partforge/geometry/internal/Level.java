// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.geometry.Circle;
import dev.partforge.geometry.Curve;
import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Line;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Vec3;
import dev.partforge.geometry.Vertex;

/**
 * An outline instantiated at height w in a host frame: one vertex at the start of every segment
 * and one edge per segment, following the outline's direction.
 */
public final class Level {
	private final Frame host;
	private final Outline outline;
	private final double w;
	private final List<Vertex> vertices = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();

	/**
	 * @param host    host frame
	 * @param outline counter-clockwise outline in the host's (u, v)
	 * @param w       height along the host normal
	 */
	public Level(Frame host, Outline outline, double w) {
		this.host = host;
		this.outline = outline;
		this.w = w;
		List<Seg2> segs = outline.segments();
		for (Seg2 s : segs) {
			double[] p = s.start();
			vertices.add(new Vertex(host.point(p[0], p[1], w)));
		}
		for (int i = 0; i < segs.size(); i++) {
			Vertex a = vertices.get(i);
			Vertex b = vertices.get((i + 1) % segs.size());
			edges.add(new Edge(curve(segs.get(i), a, b), a, b));
		}
	}

	private Curve curve(Seg2 s, Vertex a, Vertex b) {
		return switch (s) {
		case Seg2.LineSeg l -> new Line(a.point(), b.point().minus(a.point()).normalized());
		case Seg2.ArcSeg c -> {
			Vec3 axis = c.sweep() > 0 ? host.zAxis() : host.zAxis().negate();
			yield new Circle(Frame.of(host.point(c.cu(), c.cv(), w), axis, host.xAxis()), c.r());
		}
		};
	}

	/** @return the host frame */
	public Frame host() {
		return host;
	}

	/** @return the outline */
	public Outline outline() {
		return outline;
	}

	/** @return the height along the host normal */
	public double w() {
		return w;
	}

	/** @return vertex i (start of segment i) */
	public Vertex vertex(int i) {
		return vertices.get(i % vertices.size());
	}

	/** @return edge i */
	public Edge edge(int i) {
		return edges.get(i);
	}

	/** @return the number of segments */
	public int size() {
		return edges.size();
	}

	/** @return the loop along the outline (counter-clockwise seen from +host z) */
	public Loop forwardLoop() {
		return new Loop(edges.stream().map(e -> new OrientedEdge(e, true)).toList());
	}

	/** @return the loop against the outline (clockwise seen from +host z) */
	public Loop reversedLoop() {
		return forwardLoop().reversed();
	}
}
