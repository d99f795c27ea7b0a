// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree: select an item by its path of labels, expanding on the way (as SWTBot's {@code expandNode}). */
public final class TreeHandle {

	private final UiThread ui;
	private final Tree tree;

	TreeHandle(UiThread ui, Tree tree) {
		this.ui = ui;
		this.tree = tree;
	}

	/**
	 * Expands the path and selects its last item, firing the selection event as a click would.
	 *
	 * @param path the labels from a root item down
	 */
	public void select(String... path) {
		ui.waitUntil("tree item " + Arrays.toString(path), () -> find(path) != null, PartForgeBot.TIMEOUT);
		ui.run(() -> {
			TreeItem item = find(path);
			tree.setSelection(item);
			Event e = new Event();
			e.item = item;
			tree.notifyListeners(SWT.Selection, e);
		});
	}

	private TreeItem find(String... path) {
		TreeItem[] items = tree.getItems();
		TreeItem found = null;
		for (String label : path) {
			found = Arrays.stream(items).filter(i -> label.equals(Widgets.label(i.getText()))).findFirst()
					.orElse(null);
			if (found == null) {
				return null;
			}
			if (!found.getExpanded()) {
				Event e = new Event();
				e.item = found;
				tree.notifyListeners(SWT.Expand, e);
				found.setExpanded(true);
			}
			items = found.getItems();
		}
		return found;
	}
}
