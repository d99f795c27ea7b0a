// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.util.Arrays;

/**
 * Thins one series of the "Time per attempt" chart to what the chart can show, off the UI thread: handing SWTChart
 * ~333,000 points per difficulty (10⁶ attempts) held the UI thread for seconds. The x range is cut into
 * {@value #COLUMNS} equal columns (as many as or more than the plot has pixel columns on a common screen); of the
 * attempts inside one column the shortest and the longest are kept, in their order, so the drawn line covers the same
 * band of minutes in every column as with every attempt, the personal best and the longest attempt stay on the
 * chart, and no empty stretch of days gains a point. A series of at most twice as many points as columns is kept as
 * it is (every attempt stays a point of its own).
 */
final class TimelineThinning {

	/** The number of x columns a thinned series keeps two points of. */
	static final int COLUMNS = 2_000;

	private TimelineThinning() {
	}

	/**
	 * Thins a series.
	 *
	 * @param x       the x values, ascending (the kept points are in column order, then in the given order)
	 * @param y       the y values, same length
	 * @param xMin    the lower end of the chart's x range (at or below every x)
	 * @param xMax    the upper end of the chart's x range (at or above every x)
	 * @param columns the number of columns, at least 1
	 * @return {x, y} of the points kept: x and y themselves when there are at most
	 *         {@code 2 * columns} points, otherwise at most two points (the smallest and the largest y) per column
	 */
	static double[][] thin(double[] x, double[] y, double xMin, double xMax, int columns) {
		if (x.length <= 2 * columns) {
			return new double[][] { x, y };
		}
		double width = (xMax - xMin) / columns;
		int[] min = new int[columns];
		int[] max = new int[columns];
		Arrays.fill(min, -1);
		for (int i = 0; i < x.length; i++) {
			int c = column(x[i], xMin, width, columns);
			if (min[c] < 0) {
				min[c] = i;
				max[c] = i;
			} else if (y[i] < y[min[c]]) {
				min[c] = i;
			} else if (y[i] > y[max[c]]) {
				max[c] = i;
			}
		}
		double[] keptX = new double[2 * columns];
		double[] keptY = new double[2 * columns];
		int kept = 0;
		for (int c = 0; c < columns; c++) {
			if (min[c] < 0) {
				continue;
			}
			int a = Math.min(min[c], max[c]);
			int b = Math.max(min[c], max[c]);
			keptX[kept] = x[a];
			keptY[kept++] = y[a];
			if (b != a) {
				keptX[kept] = x[b];
				keptY[kept++] = y[b];
			}
		}
		return new double[][] { Arrays.copyOf(keptX, kept), Arrays.copyOf(keptY, kept) };
	}

	private static int column(double x, double xMin, double width, int columns) {
		return Math.min(columns - 1, Math.max(0, (int) ((x - xMin) / width)));
	}
}
