// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

import dev.partforge.geometry.internal.FaceIntegrator;

/**
 * Mass properties computed from a solid's faces alone, independently of how it was built.
 *
 * <p>Volume by the divergence theorem, V = 1/3 \u222e p\u00b7n dA; first moments by
 * \u222b x_i dV = 1/2 \u222e x_i\u00b2 n_i dA. Each face is integrated over its exact geometry: planar faces by
 * Green's theorem along their line and arc edges, cylinder and cone patches over their parameter
 * rectangle. The integrands are polynomial or trigonometric and are integrated with Gauss-Legendre
 * rules whose error is far below 1e-13 relative (a 16-point rule per edge or angular span).
 */
public final class BrepMassProperties {

	private BrepMassProperties() {
	}

	/**
	 * @param solid a closed, consistently oriented solid
	 * @return its volume, area, centroid and bounding box
	 */
	public static MassProperties of(Solid solid) {
		double[] sum = new double[5];
		BoundingBox box = null;
		for (Face f : solid.shell().faces()) {
			double[] r = FaceIntegrator.integrate(f);
			for (int i = 0; i < sum.length; i++) {
				sum[i] += r[i];
			}
			for (Loop l : f.loops()) {
				for (OrientedEdge oe : l.edges()) {
					box = FaceIntegrator.extend(box, oe.edge());
				}
			}
		}
		double v = sum[1];
		return new MassProperties(v, sum[0], new Vec3(sum[2] / v, sum[3] / v, sum[4] / v), box);
	}
}
