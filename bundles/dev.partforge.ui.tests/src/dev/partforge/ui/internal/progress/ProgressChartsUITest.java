// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Format;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.UserRecord;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;

/**
 * Issue 15, charts: the Progress charts with 0, 1, 5, 500 and 100,000 attempts in a real window of the Progress
 * view's size: "No attempts yet" instead of empty axes, every point inside the plot (not on its edge), day labels on
 * the time axis that never repeat, horizontal difficulty bars whose names cannot overlap; every attempt a point up to
 * {@link TimelineThinning}'s limit, beyond it (issue 13) at most two points per column and difficulty, the shortest
 * and the longest attempt among them, drawn as a line without a circle per point. Screenshots in
 * {@code target/screenshots/ProgressChartsUITest-<n>.png}.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ProgressChartsUITest {

	private static final ZoneId ZONE = ZoneId.systemDefault();

	private final PartForgeBot bot = new PartForgeBot();
	private Shell shell;

	@AfterEach
	void close() {
		bot.ui().run(() -> shell.dispose());
	}

	/**
	 * Attempts over {@code n / 8 + 1} days (at most 400) ending today, 10 s to 20 min, all difficulties, a few given
	 * up.
	 */
	private static ProgressSummary summary(int n) {
		List<UserRecord> records = new ArrayList<>();
		int days = Math.min(n / 8 + 1, 400);
		for (int i = 0; i < n; i++) {
			UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
			r.setPartId("B-" + i);
			r.setDifficulty(Difficulty.values()[i % 3]);
			LocalDate day = LocalDate.now(ZONE).minusDays(days - 1 - (long) i * days / Math.max(1, n));
			r.setDate(Date.from(day.atTime(9, 0).plusMinutes(i % 480).atZone(ZONE).toInstant()));
			r.setTimeSpent(10_000 + (i * 7_919L) % 1_190_000);
			r.setCompleted(i % 7 != 3);
			records.add(r);
		}
		return ProgressSummary.of(records, Map.of(), LocalDate.now(ZONE), ZONE);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 5, 500, 100_000 })
	void chartsReadRight(int attempts) {
		ProgressSummary summary = summary(attempts);
		ProgressCharts charts = bot.ui().call(() -> {
			shell = new Shell(bot.ui().display(), SWT.SHELL_TRIM);
			shell.setText("Progress charts " + attempts);
			shell.setLayout(new FillLayout());
			shell.setBounds(20, 20, 700, 300);
			Composite view = new Composite(shell, SWT.NONE);
			view.setLayout(new FillLayout());
			ProgressCharts c = new ProgressCharts(view);
			c.show(summary);
			shell.layout(true, true);
			shell.open();
			return c;
		});
		bot.ui().flush();
		bot.screenshot(TestOutput.dir("screenshots").resolve("ProgressChartsUITest-" + attempts + ".png"));
		String problems = bot.ui().call(() -> problems(charts, summary));
		assertEquals("", problems, attempts + " attempts");
	}

	private static String problems(ProgressCharts charts, ProgressSummary summary) {
		int attempts = summary.total();
		List<String> problems = new ArrayList<>();
		Control timelineTop = top(charts.timeline());
		Control barsTop = top(charts.perDifficulty());
		if (attempts == 0) {
			for (Control top : List.of(timelineTop, barsTop)) {
				if (!(top instanceof Label l) || !"No attempts yet".equals(l.getText()) || !l.isVisible()) {
					problems.add("an empty chart shows " + top + " rather than 'No attempts yet'");
				}
			}
			return String.join("; ", problems);
		}
		if (timelineTop != charts.timeline() || barsTop != charts.perDifficulty()) {
			problems.add("the charts are not shown");
		}
		Chart t = charts.timeline();
		IAxis x = t.getAxisSet().getXAxis(0);
		IAxis y = t.getAxisSet().getYAxis(0);
		int points = 0;
		double shortest = Double.POSITIVE_INFINITY;
		double longest = 0;
		for (ISeries<?> s : t.getSeriesSet().getSeries()) {
			if (s.getYSeries().length > 2 * TimelineThinning.COLUMNS) {
				problems.add(s.getId() + " has " + s.getYSeries().length + " points: not thinned");
			}
			boolean circles = ((ILineSeries<?>) s).getSymbolType() == PlotSymbolType.CIRCLE;
			if (circles != s.getYSeries().length <= ProgressCharts.SYMBOLS_MAX) {
				problems.add(s.getId() + ": " + s.getYSeries().length + " points drawn with symbol "
						+ ((ILineSeries<?>) s).getSymbolType());
			}
			for (int i = 0; i < s.getYSeries().length; i++) {
				double px = s.getXSeries()[i];
				double py = s.getYSeries()[i];
				points++;
				shortest = Math.min(shortest, py);
				longest = Math.max(longest, py);
				if (px <= x.getRange().lower || px >= x.getRange().upper || py < y.getRange().lower
						|| py >= y.getRange().upper) {
					problems.add("point (" + px + ", " + py + ") on or outside " + x.getRange() + " x " + y.getRange());
				}
			}
		}
		// up to 2 points per column each difficulty shows every attempt; beyond, the extremes stay
		if (attempts <= 2 * TimelineThinning.COLUMNS ? points != attempts : points > 6 * TimelineThinning.COLUMNS) {
			problems.add(points + " points for " + attempts + " attempts");
		}
		LongSummaryStatistics millis = summary.attempts().stream().mapToLong(ProgressSummary.Attempt::millis)
				.summaryStatistics();
		if (shortest != millis.getMin() / 60_000.0 || longest != millis.getMax() / 60_000.0) {
			problems.add("the chart shows " + shortest + " to " + longest + " min, the attempts took "
					+ millis.getMin() / 60_000.0 + " to " + millis.getMax() / 60_000.0);
		}
		Format days = x.getTick().getFormat();
		List<String> labels = Arrays.stream(x.getTick().getTickLabelValues()).mapToObj(days::format)
				.filter(l -> !l.isEmpty()).toList();
		Set<String> distinct = new HashSet<>(labels);
		if (labels.isEmpty() || distinct.size() != labels.size()) {
			problems.add("day labels " + labels);
		}
		for (String l : labels) {
			if (!l.matches("\\d\\d-\\d\\d|\\d{4}-\\d\\d-\\d\\d")) {
				problems.add("not a day: " + l);
			}
		}
		if (charts.perDifficulty().getOrientation() != SWT.VERTICAL) {
			problems.add("difficulty names side by side can overlap: the bars should be horizontal");
		}
		return String.join("; ", problems);
	}

	private static Control top(Chart chart) {
		return ((StackLayout) chart.getParent().getLayout()).topControl;
	}
}
