// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A table (also a virtual one: reading a row materializes it as scrolling would). */
public final class TableHandle {

	private final UiThread ui;
	private final Table table;

	TableHandle(UiThread ui, Table table) {
		this.ui = ui;
		this.table = table;
	}

	/** @return the number of rows */
	public int rowCount() {
		return ui.call(table::getItemCount);
	}

	/** @return the column titles */
	public List<String> columns() {
		return ui.call(() -> {
			List<String> titles = new ArrayList<>();
			for (TableColumn c : table.getColumns()) {
				titles.add(c.getText());
			}
			return titles;
		});
	}

	/**
	 * Clicks a column header (sorts tables that sort by column).
	 *
	 * @param title the column title
	 */
	public void clickColumn(String title) {
		ui.run(() -> {
			for (TableColumn c : table.getColumns()) {
				if (title.equals(c.getText())) {
					c.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			throw new AssertionError("no column '" + title + "'");
		});
	}

	/**
	 * Returns a cell's text.
	 *
	 * @param row    the row index
	 * @param column the column index
	 * @return the text
	 */
	public String cell(int row, int column) {
		return ui.call(() -> table.getItem(row).getText(column));
	}

	/**
	 * Returns a cell's text by column title.
	 *
	 * @param row    the row index
	 * @param column the column title
	 * @return the text
	 */
	public String cell(int row, String column) {
		int index = columns().indexOf(column);
		if (index < 0) {
			throw new AssertionError("no column '" + column + "' in " + columns());
		}
		return cell(row, index);
	}

	/**
	 * Returns the index of the first row whose cell in a column has a text.
	 *
	 * @param column the column index
	 * @param text   the text
	 * @return the row index, or -1
	 */
	public int indexOf(int column, String text) {
		return ui.call(() -> {
			for (int i = 0; i < table.getItemCount(); i++) {
				if (text.equals(table.getItem(i).getText(column))) {
					return i;
				}
			}
			return -1;
		});
	}

	/**
	 * Selects rows and fires the selection event, as a click (with Ctrl for several) would.
	 *
	 * @param rows the row indexes
	 */
	public void select(int... rows) {
		ui.run(() -> {
			table.setFocus();
			table.setSelection(rows);
			Event e = new Event();
			e.item = rows.length == 0 ? null : table.getItem(rows[0]);
			table.notifyListeners(SWT.Selection, e);
		});
	}

	/**
	 * Double-clicks a row (posted: what it opens does not block the test).
	 *
	 * @param row the row index
	 */
	public void doubleClick(int row) {
		select(row);
		ui.post(() -> {
			TableItem item = table.getItem(row);
			Event e = new Event();
			e.item = item;
			table.notifyListeners(SWT.DefaultSelection, e);
		});
	}
}
