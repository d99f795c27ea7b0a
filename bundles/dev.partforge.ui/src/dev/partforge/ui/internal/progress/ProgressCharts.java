// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.text.DecimalFormat;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.partforge.model.Difficulty;
import dev.partforge.store.AttemptHistory;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Charts;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;

/**
 * The two charts of the Progress view (Eclipse SWTChart): minutes per attempt by day, one series per difficulty
 * (placed by {@link TimelineScale}: whole days on the x axis, no point on the plot's edge; a circle per point up to
 * {@value #SYMBOLS_MAX} points, thinned by {@link TimelineThinning} beyond 4,000); and the best and average
 * completed minutes per difficulty as horizontal bars (the difficulty names stacked, never overlapping). A chart
 * without data says "No attempts yet" instead of showing empty axes.
 */
final class ProgressCharts {

	/** The widget key of the "No attempts yet" labels, for UI tests. */
	static final String EMPTY_KEY = "progress.empty"; //$NON-NLS-1$

	/**
	 * The most points of a timeline series drawn with a circle each: beyond, the circles merge into a band anyway
	 * and painting them held the UI thread (the line alone is drawn).
	 */
	static final int SYMBOLS_MAX = 1_000;

	private static final int[] COLORS = { SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED };

	private final Chart timeline;
	private final Chart perDifficulty;
	private final Label timelineEmpty;
	private final Label perDifficultyEmpty;

	ProgressCharts(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = stack(sash);
		timeline = Charts.titled(left, Messages.Progress_timelineTitle, Messages.Progress_day,
				Messages.Progress_minutes);
		timelineEmpty = empty(left);
		Composite right = stack(sash);
		perDifficulty = Charts.titled(right, Messages.Progress_difficultyTitle, Messages.PartsView_difficulty,
				Messages.Progress_minutes);
		perDifficulty.setOrientation(SWT.VERTICAL);
		perDifficultyEmpty = empty(right);
		DecimalFormat minutes = new DecimalFormat("0.#"); //$NON-NLS-1$
		timeline.getAxisSet().getYAxis(0).getTick().setFormat(minutes);
		perDifficulty.getAxisSet().getYAxis(0).getTick().setFormat(minutes);
		sash.setWeights(3, 2);
	}

	private static Composite stack(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new StackLayout());
		return c;
	}

	private static Label empty(Composite parent) {
		Label label = new Label(parent, SWT.CENTER);
		label.setText(Messages.Progress_noAttempts);
		label.setData(PartForgeUi.WIDGET_KEY, EMPTY_KEY);
		return label;
	}

	private static void showTop(Control top) {
		((StackLayout) top.getParent().getLayout()).topControl = top;
		top.getParent().layout(true);
	}

	Composite control() {
		return timeline.getParent().getParent();
	}

	/** @return the time-per-attempt chart (tests) */
	Chart timeline() {
		return timeline;
	}

	/** @return the per-difficulty chart (tests) */
	Chart perDifficulty() {
		return perDifficulty;
	}

	/**
	 * Shows a summary, computing the timeline on the calling (UI) thread: for small summaries and tests.
	 *
	 * @param summary the summary
	 */
	void show(ProgressSummary summary) {
		show(summary, Timeline.of(summary));
	}

	/**
	 * Shows a summary whose timeline was computed beforehand (in the loading Job: sorting and placing every attempt
	 * takes long at 10⁶ records).
	 *
	 * @param summary  the summary
	 * @param timeline its timeline
	 */
	void show(ProgressSummary summary, Timeline timeline) {
		// one layout per chart when all is set, not one per series created (each compresses every series again)
		this.timeline.suspendUpdate(true);
		perDifficulty.suspendUpdate(true);
		try {
			showTimeline(timeline);
			showPerDifficulty(summary);
		} finally {
			this.timeline.suspendUpdate(false);
			perDifficulty.suspendUpdate(false);
		}
	}

	private void showTimeline(Timeline data) {
		clear(timeline);
		if (data.scale() == null) {
			showTop(timelineEmpty);
			return;
		}
		TimelineScale scale = data.scale();
		data.series().forEach((d, xy) -> {
			ILineSeries<?> series = (ILineSeries<?>) timeline.getSeriesSet().createSeries(SeriesType.LINE, d.name());
			series.setDescription(Labels.difficulty(d));
			series.setXSeries(xy[0]);
			series.setYSeries(xy[1]);
			series.setSymbolType(xy[0].length <= SYMBOLS_MAX ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
			series.setLineStyle(xy[0].length > 1 ? LineStyle.SOLID : LineStyle.NONE);
			Color color = timeline.getDisplay().getSystemColor(COLORS[d.ordinal() % COLORS.length]);
			series.setLineColor(color);
			series.setSymbolColor(color);
		});
		timeline.getAxisSet().getXAxis(0).getTick().setFormat(scale.dayFormat());
		timeline.getAxisSet().getXAxis(0).setRange(new Range(TimelineScale.X_MIN, scale.xMax()));
		timeline.getAxisSet().getYAxis(0).setRange(new Range(0, scale.yMax()));
		showTop(timeline);
		timeline.redraw();
	}

	private void showPerDifficulty(ProgressSummary summary) {
		clear(perDifficulty);
		if (summary.best().isEmpty() && summary.average().isEmpty()) {
			showTop(perDifficultyEmpty);
			return;
		}
		String[] categories = Arrays.stream(Difficulty.values()).map(Labels::difficulty).toArray(String[]::new);
		perDifficulty.getAxisSet().getXAxis(0).enableCategory(true);
		perDifficulty.getAxisSet().getXAxis(0).setCategorySeries(categories);
		bars(Messages.Progress_best, summary.best(), SWT.COLOR_DARK_GREEN);
		bars(Messages.Progress_average, summary.average(), SWT.COLOR_GRAY);
		perDifficulty.getAxisSet().adjustRange();
		double longest = summary.average().values().stream().mapToLong(Long::longValue).max().orElse(0) / 60_000.0;
		perDifficulty.getAxisSet().getYAxis(0).setRange(new Range(0, TimelineScale.roundUp(longest * 1.1)));
		showTop(perDifficulty);
		perDifficulty.redraw();
	}

	private void bars(String name, Map<Difficulty, Long> values, int color) {
		IBarSeries<?> series = (IBarSeries<?>) perDifficulty.getSeriesSet().createSeries(SeriesType.BAR, name);
		series.setDescription(name);
		series.setYSeries(Arrays.stream(Difficulty.values())
				.mapToDouble(d -> values.getOrDefault(d, 0L) / 60_000.0).toArray());
		series.setBarColor(perDifficulty.getDisplay().getSystemColor(color));
	}

	private static void clear(Chart chart) {
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
	}

	/**
	 * The "Time per attempt" chart's data without SWT, computed off the UI thread: the dated attempts of the history
	 * (oldest first), placed by {@link TimelineScale}, split into one x/y series per difficulty, each thinned by
	 * {@link TimelineThinning} to at most two points per column of the chart (every attempt up to 4,000 per
	 * difficulty).
	 *
	 * @param scale  the placement, null when no attempt has a date
	 * @param series {x values, y values} per difficulty that has attempts, in difficulty order
	 */
	record Timeline(TimelineScale scale, Map<Difficulty, double[][]> series) {

		/**
		 * Computes the timeline of a summary.
		 *
		 * @param summary the summary
		 * @return its timeline
		 */
		static Timeline of(ProgressSummary summary) {
			AttemptHistory history = summary.history();
			if (history.size() == 0 || !history.dated(0)) {
				return new Timeline(null, Map.of());
			}
			TimelineScale scale = TimelineScale.of(history, ZoneId.systemDefault());
			int dated = scale.x().length;
			Map<Difficulty, double[][]> series = new EnumMap<>(Difficulty.class);
			for (Difficulty d : Difficulty.values()) {
				int[] of = IntStream.range(0, dated).filter(i -> history.difficulty(i) == d).toArray();
				if (of.length > 0) {
					series.put(d, TimelineThinning.thin(Arrays.stream(of).mapToDouble(i -> scale.x()[i]).toArray(),
							Arrays.stream(of).mapToDouble(i -> scale.minutes()[i]).toArray(), TimelineScale.X_MIN,
							scale.xMax(), TimelineThinning.COLUMNS));
				}
			}
			return new Timeline(scale, series);
		}
	}
}
