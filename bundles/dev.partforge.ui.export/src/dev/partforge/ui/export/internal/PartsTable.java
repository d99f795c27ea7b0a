// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/** The wizard's list of parts to export: a check box per part, plus Select All / Deselect All. */
final class PartsTable {

	private final CheckboxTableViewer viewer;
	private final Button selectAll;
	private final Button deselectAll;
	private final Runnable changed;

	PartsTable(Composite page, Runnable changed) {
		this.changed = changed;
		Group group = new Group(page, SWT.NONE);
		group.setText(Messages.Page_parts);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(group);
		viewer = CheckboxTableViewer.newCheckList(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setData(ExportPartsPage.KEY, "export.parts");
		viewer.getTable().setHeaderVisible(true);
		column(Messages.Page_partId, 110, PartItem::id);
		column(Messages.Page_partName, 220, PartItem::name);
		column(Messages.Page_partDifficulty, 110, PartItem::difficulty);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addCheckStateListener(e -> changed.run());
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 160).span(1, 2).applyTo(viewer.getTable());
		selectAll = push(group, Messages.Page_selectAll, true);
		deselectAll = push(group, Messages.Page_deselectAll, false);
	}

	private void column(String title, int width, Function<PartItem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PartItem) element);
			}
		});
	}

	private Button push(Composite parent, String text, boolean checked) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(button);
		button.addListener(SWT.Selection, e -> {
			viewer.setAllChecked(checked);
			changed.run();
		});
		return button;
	}

	/**
	 * Shows the parts; checks the selected ones.
	 *
	 * @param items    all parts
	 * @param selected ids to check
	 */
	void setInput(List<PartItem> items, List<String> selected) {
		viewer.setInput(items);
		viewer.setCheckedElements(items.stream().filter(i -> selected.contains(i.id())).toArray());
		if (!items.isEmpty() && viewer.getCheckedElements().length > 0) {
			viewer.reveal(viewer.getCheckedElements()[0]);
		}
	}

	/** @return the ids of the checked parts, in list order */
	List<String> checkedIds() {
		return Arrays.stream(viewer.getCheckedElements()).map(e -> ((PartItem) e).id()).toList();
	}

	void setEnabled(boolean enabled) {
		viewer.getTable().setEnabled(enabled);
		selectAll.setEnabled(enabled);
		deselectAll.setEnabled(enabled);
	}
}
