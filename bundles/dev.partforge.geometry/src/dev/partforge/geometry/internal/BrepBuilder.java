// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.geometry.ConicalSurface;
import dev.partforge.geometry.CylindricalSurface;
import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Line;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Plane;
import dev.partforge.geometry.Shell;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Surface;
import dev.partforge.geometry.Vec3;

/**
 * Builds B-rep solids from swept outlines ("features never interact", see {@link Solid}).
 *
 * <p>Orientation rules (all loops counter-clockwise about the outward normal): a wall between an
 * upper and a lower level of an outline uses the upper edge forward and the lower edge reversed
 * when the material is outside the outline (a cut), and the opposite when the material is inside
 * (stock, boss). A cap facing +host z uses its level forward; an opening in a host face uses the
 * level reversed; a through cut's exit uses its last level forward.
 */
public final class BrepBuilder {
	private final List<FaceDraft> faces = new ArrayList<>();
	private final List<Integer> origins = new ArrayList<>();
	private int origin = Solid.STOCK;

	/**
	 * Sets the origin recorded for the faces added from now on ({@link Solid#featureOf(int)}).
	 *
	 * @param feature the index of the recipe feature being built, or {@link Solid#STOCK}
	 */
	public void origin(int feature) {
		origin = feature;
	}

	/** @return a new level (vertices and edges) */
	public Level level(Frame host, Outline outline, double w) {
		return new Level(host, outline, w);
	}

	/**
	 * Adds the side faces between two levels of the same outline shape.
	 *
	 * @param upper          the level with the larger w
	 * @param lower          the level with the smaller w
	 * @param materialInside true for stock and bosses, false for cuts
	 * @return one draft per segment (so side faces can host features)
	 */
	public List<FaceDraft> walls(Level upper, Level lower, boolean materialInside) {
		int n = upper.size();
		if (lower.size() != n || !(upper.w() > lower.w())) {
			throw new IllegalArgumentException("levels do not match");
		}
		List<Edge> rungs = new ArrayList<>();
		for (int j = 0; j < n; j++) {
			Vec3 a = upper.vertex(j).point();
			Vec3 b = lower.vertex(j).point();
			rungs.add(new Edge(new Line(a, b.minus(a).normalized()), upper.vertex(j), lower.vertex(j)));
		}
		List<FaceDraft> out = new ArrayList<>();
		Frame h = upper.host();
		for (int i = 0; i < n; i++) {
			Edge r0 = rungs.get(i);
			Edge r1 = rungs.get((i + 1) % n);
			Loop loop = materialInside
					? new Loop(List.of(fwd(lower.edge(i)), rev(r1), rev(upper.edge(i)), fwd(r0)))
					: new Loop(List.of(fwd(upper.edge(i)), fwd(r1), rev(lower.edge(i)), rev(r0)));
			Seg2 su = upper.outline().segments().get(i);
			Seg2 sl = lower.outline().segments().get(i);
			FaceDraft f = switch (su) {
			case Seg2.LineSeg l -> {
				Vec3 d = h.direction(l.u1() - l.u0(), l.v1() - l.v0(), 0).normalized();
				Vec3 left = h.zAxis().cross(d);
				yield new FaceDraft(new Plane(Frame.of(upper.vertex(i).point(), materialInside ? left.negate() : left, d)),
						true, loop);
			}
			case Seg2.ArcSeg cu -> new FaceDraft(revolved(h, cu, (Seg2.ArcSeg) sl, upper.w(), lower.w()),
					materialInside == cu.sweep() > 0, loop);
			};
			add(f);
			out.add(f);
		}
		return out;
	}

	private static Surface revolved(Frame h, Seg2.ArcSeg up, Seg2.ArcSeg lo, double wu, double wl) {
		if (Math.abs(up.r() - lo.r()) < 1e-12) {
			return new CylindricalSurface(Frame.of(h.point(up.cu(), up.cv(), wl), h.zAxis(), h.xAxis()), up.r());
		}
		double semi = Math.atan(Math.abs(up.r() - lo.r()) / (wu - wl));
		if (up.r() > lo.r()) {
			return new ConicalSurface(Frame.of(h.point(lo.cu(), lo.cv(), wl), h.zAxis(), h.xAxis()), lo.r(), semi);
		}
		return new ConicalSurface(Frame.of(h.point(up.cu(), up.cv(), wu), h.zAxis().negate(), h.xAxis()), up.r(), semi);
	}

	/**
	 * Adds a planar cap on a level.
	 *
	 * @param facingUp true when the outward normal is +host z
	 * @return the draft (it may host features)
	 */
	public FaceDraft cap(Level l, boolean facingUp) {
		Frame h = l.host();
		Vec3 z = facingUp ? h.zAxis() : h.zAxis().negate();
		FaceDraft f = new FaceDraft(new Plane(Frame.of(h.point(0, 0, l.w()), z, h.xAxis())), true,
				facingUp ? l.forwardLoop() : l.reversedLoop());
		add(f);
		return f;
	}

	/** Adds a planar ring facing +host z between an outer and an inner level at the same height. */
	public void ring(Level outer, Level inner) {
		FaceDraft f = cap(outer, true);
		f.addInner(inner.reversedLoop());
	}

	/**
	 * A cut into a host face: stations from the opening (w = 0) downwards; equal heights make a ring.
	 *
	 * @param host     host face draft (gets the opening)
	 * @param frame    host frame (outward normal = +z)
	 * @param stations (w, outline) pairs, w decreasing
	 * @param exit     face that receives the exit for a through cut, or null for a flat floor
	 */
	public void cut(FaceDraft host, Frame frame, List<Station> stations, FaceDraft exit) {
		List<Level> levels = stations.stream().map(s -> level(frame, s.outline(), s.w())).toList();
		host.addInner(levels.getFirst().reversedLoop());
		for (int k = 0; k + 1 < levels.size(); k++) {
			if (levels.get(k).w() == levels.get(k + 1).w()) {
				ring(levels.get(k), levels.get(k + 1));
			} else {
				walls(levels.get(k), levels.get(k + 1), false);
			}
		}
		if (exit != null) {
			exit.addInner(levels.getLast().forwardLoop());
		} else {
			cap(levels.getLast(), true);
		}
	}

	/** A boss on a host face: an outline raised from w = 0 to w = height, with a flat top. */
	public void boss(FaceDraft host, Frame frame, Outline outline, double height) {
		Level foot = level(frame, outline, 0);
		Level top = level(frame, outline, height);
		host.addInner(foot.reversedLoop());
		walls(top, foot, true);
		cap(top, true);
	}

	/** @return the solid made of every face added so far */
	public Solid build(String name) {
		return new Solid(name, new Shell(faces.stream().map(FaceDraft::toFace).toList()), origins);
	}

	private void add(FaceDraft f) {
		faces.add(f);
		origins.add(origin);
	}

	private static OrientedEdge fwd(Edge e) {
		return new OrientedEdge(e, true);
	}

	private static OrientedEdge rev(Edge e) {
		return new OrientedEdge(e, false);
	}

	/**
	 * One station of a cut.
	 *
	 * @param w       height along the host normal (negative inside the material)
	 * @param outline outline at that height
	 */
	public record Station(double w, Outline outline) {
	}
}
