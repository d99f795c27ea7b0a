// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.monitor;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import dev.partforge.metrics.MetricsSnapshot;
import dev.partforge.metrics.StorageSample;
import dev.partforge.metrics.Timing;
import dev.partforge.ui.internal.Charts;

/**
 * The three charts of the Storage Monitor view (Eclipse SWTChart): storage used over time (database and backups),
 * p50 and p95 per operation kind, and the error rate per operation kind.
 */
final class MonitorCharts {

	private static final double MIB = 1024 * 1024;

	private final Chart usage;
	private final Chart timings;
	private final Chart errors;

	MonitorCharts(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		usage = Charts.titled(sash, Messages.Monitor_usageTitle, Messages.Monitor_time, Messages.Monitor_mib);
		timings = Charts.titled(sash, Messages.Monitor_timingsTitle, Messages.Monitor_operation, Messages.Monitor_ms);
		errors = Charts.titled(sash, Messages.Monitor_errorsTitle, Messages.Monitor_operation,
				Messages.Monitor_percent);
		usage.getAxisSet().getXAxis(0).getTick().setFormat(new SimpleDateFormat("MM-dd HH:mm")); //$NON-NLS-1$
	}

	Composite control() {
		return usage.getParent();
	}

	void show(MetricsSnapshot snapshot) {
		showUsage(snapshot.usage());
		String[] kinds = snapshot.timings().stream().map(Timing::kind).toArray(String[]::new);
		clear(timings);
		clear(errors);
		if (kinds.length > 0) {
			categories(timings, kinds);
			bars(timings, Messages.Monitor_p50, snapshot.timings(), t -> t.p50() / 1e6, SWT.COLOR_DARK_GREEN);
			bars(timings, Messages.Monitor_p95, snapshot.timings(), t -> t.p95() / 1e6, SWT.COLOR_DARK_BLUE);
			categories(errors, kinds);
			bars(errors, Messages.Monitor_errorRate, snapshot.timings(), t -> 100 * t.errorRate(), SWT.COLOR_DARK_RED);
		}
		for (Chart c : List.of(timings, errors)) {
			c.getAxisSet().adjustRange();
			c.redraw();
		}
	}

	private void showUsage(List<StorageSample> samples) {
		clear(usage);
		if (!samples.isEmpty()) {
			Date[] dates = samples.stream().map(s -> Date.from(s.at())).toArray(Date[]::new);
			line(Messages.Monitor_database, dates, samples.stream().mapToDouble(s -> s.database() / MIB).toArray(),
					SWT.COLOR_DARK_BLUE);
			line(Messages.Monitor_backups, dates, samples.stream().mapToDouble(s -> s.backups() / MIB).toArray(),
					SWT.COLOR_DARK_GREEN);
		}
		usage.getAxisSet().adjustRange();
		usage.redraw();
	}

	private void line(String name, Date[] dates, double[] values, int color) {
		ILineSeries<?> series = (ILineSeries<?>) usage.getSeriesSet().createSeries(SeriesType.LINE, name);
		series.setDescription(name);
		series.setXDateSeries(dates);
		series.setYSeries(values);
		series.setSymbolType(PlotSymbolType.CIRCLE);
		series.setLineColor(usage.getDisplay().getSystemColor(color));
		series.setSymbolColor(usage.getDisplay().getSystemColor(color));
	}

	private static void categories(Chart chart, String[] kinds) {
		chart.getAxisSet().getXAxis(0).enableCategory(true);
		chart.getAxisSet().getXAxis(0).setCategorySeries(kinds);
		chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(90); // many kinds: upright names do not overlap
	}

	private static void bars(Chart chart, String name, List<Timing> timings, ToDoubleFunction<Timing> value,
			int color) {
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name);
		series.setDescription(name);
		series.setYSeries(timings.stream().mapToDouble(value).toArray());
		series.setBarColor(chart.getDisplay().getSystemColor(color));
	}

	private static void clear(Chart chart) {
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
	}

	/**
	 * Returns the values a chart shows (tests).
	 *
	 * @param chart 0 usage, 1 timings, 2 error rates
	 * @param series the series id
	 * @return its y values, empty if there is no such series
	 */
	double[] values(int chart, String series) {
		Chart c = List.of(usage, timings, errors).get(chart);
		ISeries<?> s = c.getSeriesSet().getSeries(series);
		return s == null ? new double[0] : s.getYSeries();
	}
}
