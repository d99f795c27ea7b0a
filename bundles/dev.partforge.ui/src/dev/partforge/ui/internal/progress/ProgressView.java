// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dev.partforge.model.Difficulty;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartSummary;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreChange;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreReload;
import dev.partforge.ui.internal.services.StoreMonitor;
import dev.partforge.ui.internal.progress.ProgressSummary.Attempt;
import jakarta.inject.Inject;

/**
 * The Progress view: personal bests and streaks, the newest attempts ({@value #TABLE_LIMIT} at most) and two charts of
 * every attempt (the timeline thinned to what it can show, {@link TimelineThinning}). Loaded in a Job, with the
 * charts' data, reloaded when records change; when parts change (a part opened, renamed, deleted) only the part
 * names are read again (a projection of the parts), not every record.
 */
public final class ProgressView extends ViewPart {

	@Inject
	private PartStore store;
	@Inject
	private StoreMonitor monitor;

	private IEclipseContext context;
	private Label bests;
	private Label streaks;
	private TableViewer table;
	private ProgressCharts charts;
	private StoreReload<Loaded> reload;
	private StoreReload<Map<String, String>> names;
	/** Part names by id, as the table shows them (the id of a part no longer in the store); UI thread only. */
	private Map<String, String> partNames = Map.of();
	/**
	 * The most attempts the table lists (the newest): GTK makes a row for each, on the UI thread, even in a virtual
	 * table (7.2 s for 10⁶ attempts, measured by MillionRecordsStallUITest).
	 */
	static final int TABLE_LIMIT = 1_000;
	private static final int MIN_WIDTH = 520;
	private static final int MIN_HEIGHT = 420;


	@Override
	public void createPartControl(Composite parent) {
		context = Services.inject(getSite(), this);
		parent.setLayout(new FillLayout());
		// below its minimum size the view scrolls instead of clipping rows, digits and chart labels
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(MIN_WIDTH, MIN_HEIGHT);
		SashForm sash = new SashForm(scroller, SWT.VERTICAL);
		scroller.setContent(sash);
		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(top);
		bests = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bests);
		streaks = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(streaks);
		Composite holder = new Composite(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		createTable(holder);
		charts = new ProgressCharts(sash);
		sash.setWeights(1, 1);
		reload = StoreReload.start(store, monitor, table.getControl(), Messages.Progress_loading, EnumSet.of(StoreChange.Kind.RECORDS),
				() -> m -> load(), this::show);
		// the names come with each load of the records; a change of parts alone reads them again
		names = StoreReload.follow(store, monitor, table.getControl(), Messages.Progress_loading, EnumSet.of(StoreChange.Kind.PARTS),
				() -> m -> names(), this::showNames);
	}

	private void createTable(Composite holder) {
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(layout, Messages.Progress_date, 2, a -> Labels.date(a.date()));
		column(layout, Messages.Progress_part, 3, a -> partNames.getOrDefault(a.partId(), a.partId()));
		column(layout, Messages.PartsView_difficulty, 2, a -> Labels.difficulty(a.difficulty()));
		column(layout, Messages.Progress_time, 1, a -> Labels.time(a.millis()));
		column(layout, Messages.Progress_check, 1, Attempt::accuracy);
		column(layout, Messages.Progress_result, 2,
				a -> a.completed() ? Messages.Progress_completed : Messages.Progress_gaveUp);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(new Object[0]);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Attempt, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Attempt a ? text.apply(a) : ""; //$NON-NLS-1$
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
	}

	/**
	 * What the loading Job hands to the UI thread, all computed off it: the summary, the part names and the chart data.
	 */
	private record Loaded(ProgressSummary summary, Map<String, String> names, ProgressCharts.Timeline timeline) {
	}

	private Loaded load() {
		Map<String, String> names = names();
		ZoneId zone = ZoneId.systemDefault();
		// columns of every attempt and the newest as objects: 10⁶ record objects cost seconds and a gigabyte here
		ProgressSummary summary = ProgressSummary.of(store.attemptHistory(TABLE_LIMIT), names, LocalDate.now(zone), zone);
		return new Loaded(summary, names, ProgressCharts.Timeline.of(summary));
	}

	/** @return part names by id, by projection: loading every part (10,000 with their recipes) only for its name cost seconds */
	private Map<String, String> names() {
		return store.listPartSummaries(PartQuery.ALL).stream().collect(Collectors.toMap(PartSummary::id, PartSummary::name, (a, b) -> a));
	}

	private void showNames(Map<String, String> loaded) {
		if (!table.getControl().isDisposed()) {
			partNames = loaded;
			table.refresh();
		}
	}

	private void show(Loaded loaded) {
		ProgressSummary summary = loaded.summary();
		if (table.getControl().isDisposed()) {
			return;
		}
		partNames = loaded.names();
		StringBuilder text = new StringBuilder(Messages.Progress_bests);
		for (Difficulty d : Difficulty.values()) {
			String best = summary.bestOf(d).isPresent() ? Labels.time(summary.bestOf(d)) : Messages.Progress_none;
			text.append("  ").append(Labels.difficulty(d)).append(' ').append(best); //$NON-NLS-1$
		}
		bests.setText(text.toString());
		streaks.setText(NLS.bind(Messages.Progress_streaks, summary.currentStreak(), summary.longestStreak())
				+ (summary.checked() == 0 ? "" //$NON-NLS-1$
						: "   " + NLS.bind(Messages.Progress_accuracy, summary.correct(), summary.checked())) //$NON-NLS-1$
				+ (summary.total() <= TABLE_LIMIT ? "" //$NON-NLS-1$
						: "   " + NLS.bind(Messages.Progress_newestShown, TABLE_LIMIT, summary.total()))); //$NON-NLS-1$
		table.setInput(summary.attempts().toArray());
		charts.show(summary, loaded.timeline());
		bests.getParent().layout(true);
	}

	/** @return the attempts shown (tests) */
	public List<Attempt> attempts() {
		Object input = table.getInput();
		return input instanceof Object[] a ? Arrays.stream(a).map(Attempt.class::cast).toList()
				: List.of();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (names != null) {
			names.stop();
		}
		if (reload != null) {
			reload.stop();
		}
		Services.uninject(context, this);
		super.dispose();
	}
}
