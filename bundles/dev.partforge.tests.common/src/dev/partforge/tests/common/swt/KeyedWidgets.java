// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drives controls named with the widget key {@value #KEY} (as SWTBot's {@code widgetWithId}), and the controls
 * {@link ContainerHandle} does not cover: check-box tables, radio groups, trees. Every method runs on the UI thread
 * and fires the events a user's click or typing would.
 */
public final class KeyedWidgets {

	/** The widget data key naming controls for tests. */
	public static final String KEY = "org.eclipse.swtbot.widget.key";

	private final UiThread ui;
	private final Composite root;

	/**
	 * Creates a finder under a root control.
	 *
	 * @param ui   the UI-thread helper
	 * @param root the shell or composite to search
	 */
	public KeyedWidgets(UiThread ui, Composite root) {
		this.ui = ui;
		this.root = root;
	}

	/**
	 * Waits for an open shell with a title and returns a finder for it.
	 *
	 * @param ui    the UI-thread helper
	 * @param title the shell title
	 * @return the finder
	 */
	public static KeyedWidgets shell(UiThread ui, String title) {
		ui.waitUntil("shell '" + title + "' is open", () -> findShell(ui, title) != null, PartForgeBot.TIMEOUT);
		return new KeyedWidgets(ui, ui.call(() -> findShell(ui, title)));
	}

	private static Shell findShell(UiThread ui, String title) {
		return Arrays.stream(ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible())
				.filter(s -> title.equals(s.getText())).findFirst().orElse(null);
	}

	/** @return the root */
	public Composite root() {
		return root;
	}

	/**
	 * Waits for a visible control with a key.
	 *
	 * @param <T>  the control type
	 * @param type the control class
	 * @param key  the key
	 * @return the control
	 */
	public <T extends Control> T find(Class<T> type, String key) {
		ui.waitUntil(type.getSimpleName() + " '" + key + "'", () -> !root.isDisposed() && !matches(type, key).isEmpty(),
				PartForgeBot.TIMEOUT);
		return ui.call(() -> matches(type, key).get(0));
	}

	private <T extends Control> List<T> matches(Class<T> type, String key) {
		return Widgets.find(root, type, c -> key.equals(c.getData(KEY)));
	}

	/**
	 * Selects the combo item that starts with a text, firing Selection.
	 *
	 * @param key    the combo's key
	 * @param prefix the start of the item text
	 */
	public void selectCombo(String key, String prefix) {
		Combo combo = find(Combo.class, key);
		ui.run(() -> {
			int index = -1;
			for (int i = 0; i < combo.getItemCount() && index < 0; i++) {
				index = combo.getItem(i).startsWith(prefix) ? i : -1;
			}
			if (index < 0) {
				throw new AssertionError("combo " + key + " has no item '" + prefix + "...': " + List.of(combo.getItems()));
			}
			combo.select(index);
			combo.notifyListeners(SWT.Selection, new Event());
		});
	}

	/**
	 * Returns a combo's text.
	 *
	 * @param key the combo's key
	 * @return the selected item's text
	 */
	public String comboText(String key) {
		Combo combo = find(Combo.class, key);
		return ui.call(combo::getText);
	}

	/**
	 * Sets a check box or toggle to a state, firing Selection if it changes.
	 *
	 * @param key     the button's key
	 * @param checked the wanted state
	 */
	public void setChecked(String key, boolean checked) {
		Button b = find(Button.class, key);
		ui.run(() -> {
			if (b.getSelection() != checked) {
				b.setSelection(checked);
				b.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	/**
	 * Returns a button's selection state.
	 *
	 * @param key the button's key
	 * @return whether checked (or the radio selected)
	 */
	public boolean isChecked(String key) {
		Button b = find(Button.class, key);
		return ui.call(b::getSelection);
	}

	/**
	 * Selects a radio button as a click does: its siblings are deselected, each change fires Selection.
	 *
	 * @param key the radio button's key
	 */
	public void selectRadio(String key) {
		Button b = find(Button.class, key);
		ui.waitUntil("radio '" + key + "' is enabled", b::isEnabled, PartForgeBot.TIMEOUT);
		ui.run(() -> {
			for (Control sibling : b.getParent().getChildren()) {
				if (sibling != b && sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0
						&& other.getSelection()) {
					other.setSelection(false);
					other.notifyListeners(SWT.Selection, new Event());
				}
			}
			b.setSelection(true);
			b.notifyListeners(SWT.Selection, new Event());
		});
	}

	/**
	 * Replaces a text field's content (fires Modify).
	 *
	 * @param key   the text's key
	 * @param value the new text
	 */
	public void setText(String key, String value) {
		Text t = find(Text.class, key);
		ui.run(() -> t.setText(value));
	}

	/**
	 * Returns a text field's content.
	 *
	 * @param key the text's key
	 * @return the text
	 */
	public String text(String key) {
		Text t = find(Text.class, key);
		return ui.call(t::getText);
	}

	/**
	 * Checks or unchecks the rows of a check-box table whose first column is one of the given texts, firing the
	 * Selection event with {@code detail = SWT.CHECK} as a click on the box does; other rows are unchecked.
	 *
	 * @param key   the table's key
	 * @param texts first-column texts of the rows to check
	 */
	public void checkOnly(String key, String... texts) {
		Table table = find(Table.class, key);
		List<String> wanted = List.of(texts);
		ui.waitUntil("table '" + key + "' lists " + wanted,
				() -> Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList().containsAll(wanted),
				PartForgeBot.TIMEOUT);
		ui.run(() -> {
			for (TableItem item : table.getItems()) {
				boolean check = wanted.contains(item.getText(0));
				if (item.getChecked() != check) {
					item.setChecked(check);
					Event e = new Event();
					e.item = item;
					e.detail = SWT.CHECK;
					table.notifyListeners(SWT.Selection, e);
				}
			}
		});
	}

	/**
	 * Returns the texts of a tree's items down to a depth, expanding as it goes, as "parent/child" paths.
	 *
	 * @return the paths of the first tree under the root (two levels)
	 */
	public List<String> treePaths() {
		ui.waitUntil("a tree", () -> !Widgets.find(root, Tree.class, t -> true).isEmpty(), PartForgeBot.TIMEOUT);
		return ui.call(() -> {
			Tree tree = Widgets.find(root, Tree.class, t -> true).get(0);
			List<String> paths = new java.util.ArrayList<>();
			for (TreeItem item : tree.getItems()) {
				paths.add(item.getText());
				Event e = new Event();
				e.item = item;
				tree.notifyListeners(SWT.Expand, e);
				item.setExpanded(true);
				for (TreeItem child : item.getItems()) {
					paths.add(item.getText() + "/" + Objects.toString(child.getText(), ""));
				}
			}
			return paths;
		});
	}
}
