// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.util.Date;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import dev.partforge.model.Difficulty;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;

/**
 * The two charts of the Progress view (Eclipse SWTChart): minutes per attempt over the dates, one series per
 * difficulty; and the best and average completed minutes per difficulty as bars.
 */
final class ProgressCharts {

	private static final int[] COLORS = { SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED };

	private final Chart timeline;
	private final Chart perDifficulty;

	ProgressCharts(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		timeline = chart(sash, Messages.Progress_timelineTitle, Messages.Progress_date, Messages.Progress_minutes);
		perDifficulty = chart(sash, Messages.Progress_difficultyTitle, Messages.PartsView_difficulty,
				Messages.Progress_minutes);
		sash.setWeights(3, 2);
	}

	Composite control() {
		return timeline.getParent();
	}

	private static Chart chart(Composite parent, String title, String x, String y) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setText(x);
		chart.getAxisSet().getYAxis(0).getTitle().setText(y);
		return chart;
	}

	void show(ProgressSummary summary) {
		showTimeline(summary.attempts());
		showPerDifficulty(summary);
	}

	private void showTimeline(List<ProgressSummary.Attempt> attempts) {
		clear(timeline);
		for (Difficulty d : Difficulty.values()) {
			List<ProgressSummary.Attempt> of = attempts.stream().filter(a -> a.difficulty() == d && a.date() != null)
					.sorted(java.util.Comparator.comparing(ProgressSummary.Attempt::date)).toList();
			if (of.isEmpty()) {
				continue;
			}
			ILineSeries<?> series = (ILineSeries<?>) timeline.getSeriesSet().createSeries(SeriesType.LINE, d.name());
			series.setDescription(Labels.difficulty(d));
			series.setXDateSeries(of.stream().map(ProgressSummary.Attempt::date).toArray(Date[]::new));
			series.setYSeries(of.stream().mapToDouble(a -> a.millis() / 60_000.0).toArray());
			series.setSymbolType(PlotSymbolType.CIRCLE);
			series.setLineStyle(of.size() > 1 ? LineStyle.SOLID : LineStyle.NONE);
			Color color = timeline.getDisplay().getSystemColor(COLORS[d.ordinal() % COLORS.length]);
			series.setLineColor(color);
			series.setSymbolColor(color);
		}
		boolean sameDay = attempts.stream().filter(a -> a.date() != null)
				.map(a -> a.date().toInstant().truncatedTo(java.time.temporal.ChronoUnit.DAYS)).distinct().count() <= 1;
		timeline.getAxisSet().getXAxis(0).getTick()
				.setFormat(new java.text.SimpleDateFormat(sameDay ? "HH:mm" : "MM-dd")); //$NON-NLS-1$ //$NON-NLS-2$
		timeline.getAxisSet().adjustRange();
		timeline.redraw();
	}

	private void showPerDifficulty(ProgressSummary summary) {
		clear(perDifficulty);
		String[] categories = java.util.Arrays.stream(Difficulty.values()).map(Labels::difficulty)
				.toArray(String[]::new);
		perDifficulty.getAxisSet().getXAxis(0).enableCategory(true);
		perDifficulty.getAxisSet().getXAxis(0).setCategorySeries(categories);
		bars(Messages.Progress_best, summary.best(), SWT.COLOR_DARK_GREEN);
		bars(Messages.Progress_average, summary.average(), SWT.COLOR_GRAY);
		perDifficulty.getAxisSet().adjustRange();
		perDifficulty.redraw();
	}

	private void bars(String name, java.util.Map<Difficulty, Long> values, int color) {
		IBarSeries<?> series = (IBarSeries<?>) perDifficulty.getSeriesSet().createSeries(SeriesType.BAR, name);
		series.setDescription(name);
		series.setYSeries(java.util.Arrays.stream(Difficulty.values())
				.mapToDouble(d -> values.getOrDefault(d, 0L) / 60_000.0).toArray());
		series.setBarColor(perDifficulty.getDisplay().getSystemColor(color));
	}

	private static void clear(Chart chart) {
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
	}
}
