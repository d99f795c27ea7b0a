// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import dev.partforge.store.PartStore;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.ScrolledContent;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.StoreReload;
import dev.partforge.ui.internal.services.StoreMonitor;
import jakarta.inject.Inject;

/**
 * The Parts view: the library of practice parts in a virtual table (rows are materialized as they scroll into
 * view), loaded in a Job, sorted by a column header click, filtered by the bar above. Reloads on store changes.
 */
public final class PartsView extends ViewPart {

	/** The key binding context active while this view is (the Delete key deletes parts). */
	private static final String PARTS_CONTEXT = "dev.partforge.ui.contexts.parts"; //$NON-NLS-1$
	/** Table rows that stay visible before the view scrolls. */
	private static final int MIN_ROWS = 4;

	@Inject
	private PartStore store;
	@Inject
	private StoreMonitor monitor;

	private IEclipseContext context;
	private TableViewer viewer;
	private PartsFilterBar filterBar;
	private ScrolledContent scrolled;
	private Label summary;
	private PartsModel model = PartsModel.EMPTY;
	private String reveal;
	private StoreReload<PartsModel> reload;
	private final Consumer<StoreMonitor.Condition> availability = this::availabilityChanged;
	private StoreMonitor.State lastState;

	@Override
	public void createPartControl(Composite parent) {
		context = Services.inject(getSite(), this);
		scrolled = new ScrolledContent(parent, "parts.scroller"); //$NON-NLS-1$
		Composite content = scrolled.content();
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(content);
		filterBar = new PartsFilterBar(content, this::filterChanged);
		Composite holder = new Composite(content, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		createTable(holder);
		summary = new Label(content, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(summary);
		updateMinimumSize();
		createContextMenu();
		getSite().setSelectionProvider(viewer);
		getSite().getService(IContextService.class).activateContext(PARTS_CONTEXT);
		monitor.addListener(availability);
		showAvailability(monitor.condition());
		reload = StoreReload.start(store, monitor, viewer.getControl(), Messages.PartsView_loading, this::loadWork,
				this::loaded);
	}

	private void availabilityChanged(StoreMonitor.Condition condition) {
		// called on the thread that changed the state: marshal to the UI thread
		if (!summary.isDisposed()) {
			summary.getDisplay().asyncExec(() -> showAvailability(condition));
		}
	}

	/**
	 * Says in the view why the store is unavailable, and reloads the parts once it is available again.
	 *
	 * @param condition the store's state
	 */
	private void showAvailability(StoreMonitor.Condition condition) {
		if (summary.isDisposed()) {
			return;
		}
		StoreMonitor.State before = lastState;
		lastState = condition.state();
		if (condition.state() == StoreMonitor.State.MIGRATING && !monitor.settled()) {
			summary.setText(Messages.PartsView_opening);
			summary.getParent().layout(true);
		} else if (condition.state() == StoreMonitor.State.ERROR) {
			summary.setText(NLS.bind(Messages.PartsView_unavailable, condition.message(), StoreMonitor.RETRY_SECONDS));
			summary.setToolTipText(condition.message());
			summary.getParent().layout(true);
		} else if (condition.state() == StoreMonitor.State.OPEN && before == StoreMonitor.State.ERROR) {
			summary.setToolTipText(null);
			reload.schedule(0);
		} else if (condition.state() == StoreMonitor.State.READ_ONLY_COPY) {
			summary.setToolTipText(condition.message());
			if (before == StoreMonitor.State.ERROR) {
				reload.schedule(0);
			}
		}
	}

	private void createTable(Composite holder) {
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(PartForgeUi.WIDGET_KEY, "parts.table"); //$NON-NLS-1$
		viewer.setUseHashlookup(true);
		for (PartColumn c : PartColumn.values()) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(c.title());
			column.getColumn().setData(c);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return element instanceof PartRow row ? c.text(row) : ""; //$NON-NLS-1$
				}
			});
			column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn()));
			layout.setColumnData(column.getColumn(), new ColumnWeightData(c == PartColumn.NAME ? 3 : c == PartColumn.LAST_VIEWED ? 2 : 1, 60));
		}
		viewer.setContentProvider(new LazyRows());
		viewer.addDoubleClickListener(e -> execute(PartForgeUi.OPEN_COMMAND));
		viewer.setInput(model);
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(0));
		viewer.getTable().setSortDirection(SWT.UP);
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void sortBy(TableColumn column) {
		boolean ascending = viewer.getTable().getSortColumn() != column || viewer.getTable().getSortDirection() != SWT.UP;
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		show(model.sortedBy((PartColumn) column.getData(), ascending));
	}

	private void filterChanged(PartFilter filter) {
		show(model.withFilter(filter));
	}

	/**
	 * Makes the work of one reload of the rows; filtering and sorting happen in the Job too, the UI thread only swaps
	 * the model in.
	 *
	 * @return the work, for the model as it is now
	 */
	private StoreJobs.Work<PartsModel> loadWork() {
		PartsModel current = model;
		return m -> current.withRows(PartsLoader.load(store, m));
	}

	private void loaded(PartsModel loaded) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		boolean sameView = loaded.filter().equals(model.filter()) && loaded.sort() == model.sort()
				&& loaded.ascending() == model.ascending();
		show(sameView ? loaded : model.withRows(loaded.all()));
	}

	private void show(PartsModel value) {
		Set<String> selected = selectedIds();
		model = value;
		viewer.getTable().setRedraw(false);
		try {
			viewer.setInput(model);
			viewer.setItemCount(model.visible().size());
			viewer.refresh();
			restoreSelection(reveal != null ? Set.of(reveal) : selected);
		} finally {
			viewer.getTable().setRedraw(true);
		}
		if (monitor.condition().state() != StoreMonitor.State.ERROR) {
			summary.setText(NLS.bind(Messages.PartsView_summary, model.visible().size(), model.all().size()));
		}
		updateMinimumSize();
	}

	/**
	 * Below the filter bar's and the summary's width and a few table rows the view scrolls instead of clipping them
	 * (the table scrolls its own columns and rows).
	 */
	private void updateMinimumSize() {
		Table table = viewer.getTable();
		Point bar = filterBar.control().computeSize(SWT.DEFAULT, SWT.DEFAULT);
		Point text = summary.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		int tableHeight = table.getHeaderHeight() + MIN_ROWS * table.getItemHeight() + 2 * table.getBorderWidth();
		scrolled.minimum(Math.max(bar.x, text.x + 4), bar.y + tableHeight + text.y + 4);
	}

	private Set<String> selectedIds() {
		return viewer.getStructuredSelection().stream().filter(PartRow.class::isInstance)
				.map(o -> ((PartRow) o).id()).collect(Collectors.toSet());
	}

	private void restoreSelection(Set<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<PartRow> visible = model.visible();
		int[] indices = IntStream.range(0, visible.size())
				.filter(i -> ids.contains(visible.get(i).id())).toArray();
		if (indices.length == 0) {
			return;
		}
		if (reveal != null) {
			reveal = null;
		}
		viewer.getTable().setSelection(indices);
		viewer.getTable().showSelection();
		viewer.setSelection(new StructuredSelection(Arrays.stream(indices).mapToObj(visible::get).toList()));
	}

	/**
	 * Selects a part once it is loaded (e.g. right after it was generated).
	 *
	 * @param partId the part id
	 */
	public void reveal(String partId) {
		reveal = partId;
		reload.schedule(0);
	}

	/** @return the current model (tests and handlers) */
	public PartsModel model() {
		return model;
	}

	private void execute(String commandId) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) { // NotDefined/NotEnabled/NotHandled/ExecutionException: all reported the same way
			StatusManager.getManager().handle(
					org.eclipse.core.runtime.Status.error(NLS.bind(Messages.PartsView_commandFailed, commandId), e),
					StatusManager.LOG | StatusManager.SHOW);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (monitor != null) {
			monitor.removeListener(availability);
		}
		if (reload != null) {
			reload.stop();
		}
		Services.uninject(context, this);
		super.dispose();
	}

	/** Hands the visible rows to the virtual table as it asks for them. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			List<PartRow> visible = model.visible();
			if (index < visible.size()) {
				viewer.replace(visible.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			// the model is read from the field on each request
		}
	}
}
