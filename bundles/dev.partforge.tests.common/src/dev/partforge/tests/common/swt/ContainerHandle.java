// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/** Finds widgets inside a shell or a view. */
public abstract class ContainerHandle {

	/** The UI-thread helper. */
	protected final UiThread ui;

	/**
	 * Creates a handle.
	 *
	 * @param ui the UI-thread helper
	 */
	protected ContainerHandle(UiThread ui) {
		this.ui = ui;
	}

	/**
	 * Returns the root control, called on the UI thread.
	 *
	 * @return the root of the searched widget tree
	 */
	protected abstract Composite root();

	private <T extends Control> T find(String what, Class<T> type, java.util.function.Predicate<T> p, int index) {
		ui.waitUntil(what, () -> Widgets.find(root(), type, p).size() > index, PartForgeBot.TIMEOUT);
		return ui.call(() -> Widgets.find(root(), type, p).get(index));
	}

	/**
	 * Finds a push, check or radio button by its label.
	 *
	 * @param label the label without mnemonic, e.g. {@code "OK"}
	 * @return the button
	 */
	public ButtonHandle button(String label) {
		return new ButtonHandle(ui, find("button '" + label + "'", Button.class,
				b -> label.equals(Widgets.label(b.getText())), 0));
	}

	/**
	 * Finds the n-th table.
	 *
	 * @param index 0 for the first table
	 * @return the table
	 */
	public TableHandle table(int index) {
		return new TableHandle(ui, find("table #" + index, Table.class, t -> true, index));
	}

	/**
	 * Finds the first table.
	 *
	 * @return the table
	 */
	public TableHandle table() {
		return table(0);
	}

	/**
	 * Finds the first tree.
	 *
	 * @return the tree
	 */
	public TreeHandle tree() {
		return new TreeHandle(ui, find("tree", org.eclipse.swt.widgets.Tree.class, t -> true, 0));
	}

	/**
	 * Finds the n-th text field.
	 *
	 * @param index 0 for the first
	 * @return the text field
	 */
	public TextHandle text(int index) {
		return new TextHandle(ui, find("text #" + index, Text.class, t -> true, index));
	}

	/**
	 * Finds the n-th combo box.
	 *
	 * @param index 0 for the first
	 * @return the combo
	 */
	public ComboHandle combo(int index) {
		return new ComboHandle(ui, find("combo #" + index, Combo.class, t -> true, index));
	}

	/**
	 * Finds a check box by its label (SWTBot's {@code checkBox(label)}).
	 *
	 * @param label the label without mnemonic
	 * @return the check box
	 */
	public ButtonHandle checkBox(String label) {
		return button(label);
	}

	/**
	 * Finds a label by its widget id: the value the application set as data under {@link PartForgeBot#WIDGET_KEY}
	 * (SWTBot's {@code labelWithId}).
	 *
	 * @param id the id
	 * @return the label
	 */
	public LabelHandle labelWithId(String id) {
		return new LabelHandle(ui, find("label with id '" + id + "'", Label.class,
				l -> id.equals(l.getData(PartForgeBot.WIDGET_KEY)), 0));
	}

	/** A label. */
	public static final class LabelHandle {
		private final UiThread ui;
		private final Label label;

		LabelHandle(UiThread ui, Label label) {
			this.ui = ui;
			this.label = label;
		}

		/** @return the text */
		public String text() {
			return ui.call(label::getText);
		}
	}

	/**
	 * Returns the texts of all visible labels, in tree order.
	 *
	 * @return the label texts
	 */
	public List<String> labels() {
		return ui.call(() -> Widgets.find(root(), Label.class, l -> true).stream().map(Label::getText).toList());
	}

	/** A push, check or radio button. */
	public static final class ButtonHandle {
		private final UiThread ui;
		private final Button button;

		ButtonHandle(UiThread ui, Button button) {
			this.ui = ui;
			this.button = button;
		}

		/** Clicks the button (posted: a modal dialog it opens does not block the test). */
		public void click() {
			ui.waitUntil("button '" + text() + "' is enabled", button::isEnabled, PartForgeBot.TIMEOUT);
			ui.post(() -> {
				if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
					button.setSelection(!button.getSelection());
				} else if ((button.getStyle() & SWT.RADIO) != 0) {
					button.setSelection(true);
				}
				button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			});
		}

		/** @return whether the button can be clicked */
		public boolean isEnabled() {
			return ui.call(button::isEnabled);
		}

		/** @return the check/radio state */
		public boolean isSelected() {
			return ui.call(button::getSelection);
		}

		/** @return the label */
		public String text() {
			return ui.call(() -> Widgets.label(button.getText()));
		}
	}

	/** A single- or multi-line text field. */
	public static final class TextHandle {
		private final UiThread ui;
		private final Text text;

		TextHandle(UiThread ui, Text text) {
			this.ui = ui;
			this.text = text;
		}

		/**
		 * Replaces the text, as typing would (fires Modify events).
		 *
		 * @param value the new text
		 */
		public void setText(String value) {
			ui.run(() -> text.setText(value));
		}

		/** @return the current text */
		public String getText() {
			return ui.call(text::getText);
		}
	}

	/** A combo box. */
	public static final class ComboHandle {
		private final UiThread ui;
		private final Combo combo;

		ComboHandle(UiThread ui, Combo combo) {
			this.ui = ui;
			this.combo = combo;
		}

		/**
		 * Selects an item by its text and fires the selection event.
		 *
		 * @param item the item text
		 */
		public void select(String item) {
			ui.run(() -> {
				int index = combo.indexOf(item);
				if (index < 0) {
					throw new AssertionError("combo has no item '" + item + "': " + List.of(combo.getItems()));
				}
				combo.select(index);
				combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			});
		}

		/** @return the selected or typed text */
		public String getText() {
			return ui.call(combo::getText);
		}

		/** @return the items, in order */
		public List<String> items() {
			return ui.call(() -> List.of(combo.getItems()));
		}

		/** @return whether the combo can be used */
		public boolean isEnabled() {
			return ui.call(combo::isEnabled);
		}
	}

	static <T> T onUi(UiThread ui, Supplier<T> s) {
		return ui.call(s::get);
	}
}
