// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Plane;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;
import dev.partforge.geometry.Vertex;
import dev.partforge.mesh.TriangleMesh;

/**
 * One tessellation of a solid: samples every edge once (shared vertex indices), then triangulates every face between
 * its edges' samples (see {@link dev.partforge.mesh.Tessellator}).
 */
public final class MeshRun {
	/**
	 * Planar triangles lower than this times the largest coordinate are avoided: rounding the corners to float moves
	 * them by up to 6e-8 times the coordinate, which could flip such a sliver.
	 */
	private static final double FLOAT_SAFE_HEIGHT = 1e-6;
	private final Solid solid;
	private final double chord;
	private final double angle;
	private final List<Vec3> points = new ArrayList<>();
	private final Map<Vertex, Integer> vertexIds = new IdentityHashMap<>();
	private final Map<Edge, int[]> edgeIds = new IdentityHashMap<>();
	private final Map<Edge, int[]> edgeFaces = new IdentityHashMap<>();
	private final List<Edge> edgeOrder = new ArrayList<>();
	private final TriangleSink sink = new TriangleSink();
	private double minHeight;

	/**
	 * @param solid the solid
	 * @param chord chord tolerance, mm
	 * @param angle angle tolerance, radians
	 */
	public MeshRun(Solid solid, double chord, double angle) {
		this.solid = solid;
		this.chord = chord;
		this.angle = angle;
	}

	/** @return the mesh */
	public TriangleMesh mesh() {
		List<Face> faces = solid.shell().faces();
		for (int f = 0; f < faces.size(); f++) {
			Face face = faces.get(f);
			for (Loop l : face.loops()) {
				for (OrientedEdge oe : l.edges()) {
					useEdge(oe.edge(), f);
				}
			}
		}
		minHeight = FLOAT_SAFE_HEIGHT * points.stream()
				.mapToDouble(p -> Math.max(Math.abs(p.x()), Math.max(Math.abs(p.y()), Math.abs(p.z())))).max().orElse(1);
		for (int f = 0; f < faces.size(); f++) {
			Face face = faces.get(f);
			int[] tris = switch (face.surface()) {
			case Plane p -> planar(face, p.frame());
			default -> RuledStrip.triangulate(loopRuns(face.outer()), face);
			};
			for (int i = 0; i < tris.length; i += 3) {
				sink.add(tris[i], tris[i + 1], tris[i + 2], f, face, points);
			}
		}
		return build();
	}

	private void useEdge(Edge e, int face) {
		int[] sides = edgeFaces.get(e);
		if (sides == null) {
			edgeOrder.add(e);
			edgeFaces.put(e, new int[] { face, -1 });
			int n = ArcSteps.of(e, chord, angle);
			int[] ids = new int[n + 1];
			ids[0] = vertex(e.start());
			for (int k = 1; k < n; k++) {
				ids[k] = point(e.pointAt((double) k / n));
			}
			ids[n] = vertex(e.end());
			edgeIds.put(e, ids);
		} else {
			sides[1] = face;
		}
	}

	private int vertex(Vertex v) {
		return vertexIds.computeIfAbsent(v, x -> point(x.point()));
	}

	private int point(Vec3 p) {
		points.add(p);
		return points.size() - 1;
	}

	/** @return per oriented edge of the loop, its sample ids in the loop's direction (both ends included) */
	private List<int[]> loopRuns(Loop l) {
		List<int[]> runs = new ArrayList<>();
		for (OrientedEdge oe : l.edges()) {
			int[] ids = edgeIds.get(oe.edge());
			int[] run = new int[ids.length];
			for (int i = 0; i < ids.length; i++) {
				run[i] = oe.sameSense() ? ids[i] : ids[ids.length - 1 - i];
			}
			runs.add(run);
		}
		return runs;
	}

	private int[] planar(Face face, Frame fr) {
		double flip = face.sameSense() ? 1 : -1;
		EarClipper.Ring outer = ring(face.outer(), fr, flip);
		List<EarClipper.Ring> holes = face.inner().stream().map(l -> ring(l, fr, flip)).toList();
		return EarClipper.triangulate(outer, holes, minHeight);
	}

	private EarClipper.Ring ring(Loop l, Frame fr, double flip) {
		List<int[]> runs = loopRuns(l);
		int n = runs.stream().mapToInt(r -> r.length - 1).sum();
		double[] xy = new double[2 * n];
		int[] ids = new int[n];
		int k = 0;
		for (int[] run : runs) {
			for (int i = 0; i + 1 < run.length; i++) {
				Vec3 p = fr.local(points.get(run[i]));
				xy[2 * k] = p.x();
				xy[2 * k + 1] = flip * p.y();
				ids[k++] = run[i];
			}
		}
		return new EarClipper.Ring(xy, ids);
	}

	private TriangleMesh build() {
		float[] pos = new float[3 * points.size()];
		for (int i = 0; i < points.size(); i++) {
			Vec3 p = points.get(i);
			pos[3 * i] = (float) p.x();
			pos[3 * i + 1] = (float) p.y();
			pos[3 * i + 2] = (float) p.z();
		}
		List<float[]> edges = new ArrayList<>();
		int[] sides = new int[2 * edgeOrder.size()];
		for (int i = 0; i < edgeOrder.size(); i++) {
			Edge e = edgeOrder.get(i);
			int[] ids = edgeIds.get(e);
			float[] line = new float[3 * ids.length];
			for (int k = 0; k < ids.length; k++) {
				System.arraycopy(pos, 3 * ids[k], line, 3 * k, 3);
			}
			edges.add(line);
			sides[2 * i] = edgeFaces.get(e)[0];
			sides[2 * i + 1] = edgeFaces.get(e)[1];
		}
		int[] features = new int[solid.shell().faces().size()];
		for (int f = 0; f < features.length; f++) {
			features[f] = solid.featureOf(f);
		}
		return new TriangleMesh(pos, sink.triangles(), sink.faces(), sink.normals(), edges, sides, features);
	}
}
