// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;

/** How the Progress and Storage Monitor views make their charts. */
public final class Charts {

	private Charts() {
	}

	/**
	 * Creates an empty chart with a title and axis titles.
	 *
	 * @param parent the parent composite
	 * @param title  the chart's title
	 * @param x      the x axis title
	 * @param y      the y axis title
	 * @return the chart
	 */
	public static Chart titled(Composite parent, String title, String x, String y) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setText(x);
		chart.getAxisSet().getYAxis(0).getTitle().setText(y);
		return chart;
	}
}
