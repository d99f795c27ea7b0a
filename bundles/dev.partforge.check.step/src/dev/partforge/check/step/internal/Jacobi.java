// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.Arrays;

/** Eigenvalues and eigenvectors of a symmetric 3x3 matrix by cyclic Jacobi rotations. */
final class Jacobi {

	private Jacobi() {
	}

	/**
	 * @param m    a symmetric matrix (not changed)
	 * @param axes receives the unit eigenvectors as columns, in the order of the result
	 * @return the eigenvalues, ascending
	 */
	static double[] eigen(double[][] m, double[][] axes) {
		double[][] a = { m[0].clone(), m[1].clone(), m[2].clone() };
		double[][] v = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
		for (int sweep = 0; sweep < 50; sweep++) {
			double off = Math.abs(a[0][1]) + Math.abs(a[0][2]) + Math.abs(a[1][2]);
			double scale = Math.abs(a[0][0]) + Math.abs(a[1][1]) + Math.abs(a[2][2]);
			if (off <= 1e-15 * scale) {
				break;
			}
			for (int p = 0; p < 2; p++) {
				for (int q = p + 1; q < 3; q++) {
					rotate(a, v, p, q);
				}
			}
		}
		Integer[] order = { 0, 1, 2 };
		Arrays.sort(order, (i, j) -> Double.compare(a[i][i], a[j][j]));
		double[] out = new double[3];
		for (int k = 0; k < 3; k++) {
			out[k] = a[order[k]][order[k]];
			for (int r = 0; r < 3; r++) {
				axes[r][k] = v[r][order[k]];
			}
		}
		return out;
	}

	private static void rotate(double[][] a, double[][] v, int p, int q) {
		if (a[p][q] == 0) {
			return;
		}
		double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
		double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
		if (theta == 0) {
			t = 1;
		}
		double c = 1 / Math.sqrt(t * t + 1);
		double s = t * c;
		for (int k = 0; k < 3; k++) {
			double akp = a[k][p];
			double akq = a[k][q];
			a[k][p] = c * akp - s * akq;
			a[k][q] = s * akp + c * akq;
		}
		for (int k = 0; k < 3; k++) {
			double apk = a[p][k];
			double aqk = a[q][k];
			a[p][k] = c * apk - s * aqk;
			a[q][k] = s * apk + c * aqk;
		}
		for (int k = 0; k < 3; k++) {
			double vkp = v[k][p];
			double vkq = v[k][q];
			v[k][p] = c * vkp - s * vkq;
			v[k][q] = s * vkp + c * vkq;
		}
	}
}
