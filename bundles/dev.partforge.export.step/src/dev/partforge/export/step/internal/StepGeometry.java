// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.internal;

import static dev.partforge.export.step.internal.StepEntities.list;
import static dev.partforge.export.step.internal.StepEntities.real;
import static dev.partforge.export.step.internal.StepEntities.str;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.geometry.Circle;
import dev.partforge.geometry.ConicalSurface;
import dev.partforge.geometry.Curve;
import dev.partforge.geometry.CylindricalSurface;
import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Line;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Plane;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Surface;
import dev.partforge.geometry.Vec3;
import dev.partforge.geometry.Vertex;

/** Writes one solid as a MANIFOLD_SOLID_BREP of ADVANCED_FACEs; shared vertices and edges once. */
final class StepGeometry {
	private final StepEntities out;
	private final double scale;
	private final Map<Vertex, String> vertices = new IdentityHashMap<>();
	private final Map<Edge, String> edges = new IdentityHashMap<>();

	/**
	 * @param out         entity sink
	 * @param millimetres millimetres per file length unit
	 */
	StepGeometry(StepEntities out, double millimetres) {
		this.out = out;
		this.scale = 1 / millimetres;
	}

	String point(Vec3 p) {
		return out.add("CARTESIAN_POINT('',(" + real(p.x() * scale) + "," + real(p.y() * scale) + "," + real(p.z() * scale) + "))");
	}

	String direction(Vec3 d) {
		return out.add("DIRECTION('',(" + real(d.x()) + "," + real(d.y()) + "," + real(d.z()) + "))");
	}

	String axis(Frame f) {
		return out.add("AXIS2_PLACEMENT_3D(''," + point(f.origin()) + "," + direction(f.zAxis()) + "," + direction(f.xAxis()) + ")");
	}

	/** @return the MANIFOLD_SOLID_BREP reference */
	String solid(Solid s) {
		List<String> faces = new ArrayList<>();
		for (Face f : s.shell().faces()) {
			faces.add(face(f));
		}
		String shell = out.add("CLOSED_SHELL(''," + list(faces) + ")");
		return out.add("MANIFOLD_SOLID_BREP(" + str(s.name()) + "," + shell + ")");
	}

	private String face(Face f) {
		List<String> bounds = new ArrayList<>();
		bounds.add(out.add("FACE_OUTER_BOUND(''," + loop(f.outer()) + ",.T.)"));
		for (Loop l : f.inner()) {
			bounds.add(out.add("FACE_BOUND(''," + loop(l) + ",.T.)"));
		}
		return out.add("ADVANCED_FACE(''," + list(bounds) + "," + surface(f.surface()) + "," + bool(f.sameSense()) + ")");
	}

	private String loop(Loop l) {
		List<String> oes = new ArrayList<>();
		for (OrientedEdge oe : l.edges()) {
			oes.add(out.add("ORIENTED_EDGE('',*,*," + edge(oe.edge()) + "," + bool(oe.sameSense()) + ")"));
		}
		return out.add("EDGE_LOOP(''," + list(oes) + ")");
	}

	private String edge(Edge e) {
		String ref = edges.get(e);
		if (ref == null) {
			ref = out.add("EDGE_CURVE(''," + vertex(e.start()) + "," + vertex(e.end()) + "," + curve(e.curve()) + ",.T.)");
			edges.put(e, ref);
		}
		return ref;
	}

	private String vertex(Vertex v) {
		return vertices.computeIfAbsent(v, k -> out.add("VERTEX_POINT(''," + point(k.point()) + ")"));
	}

	private String curve(Curve c) {
		return switch (c) {
		case Line l -> out.add("LINE(''," + point(l.origin()) + "," + out.add("VECTOR(''," + direction(l.direction()) + ",1.)") + ")");
		case Circle ci -> out.add("CIRCLE(''," + axis(ci.frame()) + "," + real(ci.radius() * scale) + ")");
		};
	}

	private String surface(Surface s) {
		return switch (s) {
		case Plane p -> out.add("PLANE(''," + axis(p.frame()) + ")");
		case CylindricalSurface c -> out.add("CYLINDRICAL_SURFACE(''," + axis(c.frame()) + "," + real(c.radius() * scale) + ")");
		case ConicalSurface c -> out.add("CONICAL_SURFACE(''," + axis(c.frame()) + "," + real(c.radius() * scale) + ","
				+ real(c.semiAngle()) + ")");
		};
	}

	private static String bool(boolean b) {
		return b ? ".T." : ".F.";
	}
}
