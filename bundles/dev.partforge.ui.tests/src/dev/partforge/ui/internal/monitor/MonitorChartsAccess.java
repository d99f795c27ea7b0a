// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.monitor;

import dev.partforge.tests.common.swt.UiThread;
import dev.partforge.tests.common.swt.ViewHandle;

/** Reads what the Storage Monitor view's charts show, on the UI thread (tests). */
public final class MonitorChartsAccess {

	private final UiThread ui;
	private final ViewHandle view;

	/**
	 * @param ui   the UI thread
	 * @param view the Storage Monitor view
	 */
	public MonitorChartsAccess(UiThread ui, ViewHandle view) {
		this.ui = ui;
		this.view = view;
	}

	/**
	 * @param chart  0 usage, 1 timings, 2 error rates
	 * @param series the series name
	 * @return its values
	 */
	public double[] values(int chart, String series) {
		return ui.call(() -> ((StorageMonitorView) view.part()).charts().values(chart, series));
	}
}
