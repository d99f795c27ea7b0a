// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import dev.partforge.geometry.ConicalSurface;
import dev.partforge.geometry.CylindricalSurface;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Plane;
import dev.partforge.geometry.Vec3;

/** The exact outward normal of a face at a point on it. */
final class SurfaceNormals {

	private SurfaceNormals() {
	}

	static Vec3 at(Face f, Vec3 p) {
		double s = f.sameSense() ? 1 : -1;
		return switch (f.surface()) {
		case Plane pl -> pl.frame().zAxis().times(s);
		case CylindricalSurface c -> revolved(c.frame(), p, 0).times(s);
		case ConicalSurface c -> revolved(c.frame(), p, c.semiAngle()).times(s);
		};
	}

	private static Vec3 revolved(Frame fr, Vec3 p, double semiAngle) {
		Vec3 l = fr.local(p);
		double a = Math.atan2(l.y(), l.x());
		double cos = Math.cos(semiAngle);
		return fr.direction(Math.cos(a) * cos, Math.sin(a) * cos, -Math.sin(semiAngle));
	}
}
