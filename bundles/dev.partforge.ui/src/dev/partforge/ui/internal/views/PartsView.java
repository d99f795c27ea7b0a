// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.views;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The Parts view: the library of practice parts, one row per part. */
public final class PartsView extends ViewPart {

	/** Column titles, in display order. */
	static final String[] COLUMNS = { Messages.PartsView_name, Messages.PartsView_difficulty, Messages.PartsView_seed,
			Messages.PartsView_bookmarked, Messages.PartsView_completed, Messages.PartsView_bestTime,
			Messages.PartsView_lastViewed };

	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("org.eclipse.swtbot.widget.key", "parts.table");
		for (String title : COLUMNS) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(title);
			layout.setColumnData(column.getColumn(), new ColumnWeightData(title.equals(COLUMNS[0]) ? 3 : 1, 60));
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(new Object[0]);
		getSite().setSelectionProvider(viewer);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
