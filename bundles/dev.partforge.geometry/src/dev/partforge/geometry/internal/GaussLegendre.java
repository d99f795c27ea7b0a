// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry.internal;

/** Gauss-Legendre nodes and weights on [0, 1], computed once by Newton iteration. */
public final class GaussLegendre {

	private final double[] nodes;
	private final double[] weights;

	/** A 16-point rule: exact for polynomials up to degree 31. */
	public static final GaussLegendre N16 = new GaussLegendre(16);
	/** A 4-point rule: exact for polynomials up to degree 7. */
	public static final GaussLegendre N4 = new GaussLegendre(4);

	private GaussLegendre(int n) {
		nodes = new double[n];
		weights = new double[n];
		for (int i = 0; i < n; i++) {
			double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
			double dp = 0;
			for (int it = 0; it < 100; it++) {
				double p0 = 1;
				double p1 = x;
				for (int k = 2; k <= n; k++) {
					double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
					p0 = p1;
					p1 = p2;
				}
				dp = n * (x * p1 - p0) / (x * x - 1);
				double dx = p1 / dp;
				x -= dx;
				if (Math.abs(dx) < 1e-16) {
					break;
				}
			}
			nodes[i] = (1 - x) / 2;
			weights[i] = 1 / ((1 - x * x) * dp * dp);
		}
	}

	/** @return the number of nodes */
	public int size() {
		return nodes.length;
	}

	/** @return node i in [0, 1] */
	public double node(int i) {
		return nodes[i];
	}

	/** @return weight i (weights sum to 1) */
	public double weight(int i) {
		return weights[i];
	}
}
