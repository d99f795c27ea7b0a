// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Widget;

/** Finds widgets in a control tree (UI thread only). */
final class Widgets {

	private Widgets() {
	}

	/** Collects, depth first, the visible controls under a root that match a predicate. */
	static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<? super T> predicate) {
		List<T> result = new ArrayList<>();
		collect(root, type, predicate, result);
		return result;
	}

	private static <T extends Control> void collect(Control c, Class<T> type, Predicate<? super T> p, List<T> out) {
		if (c.isDisposed() || !c.isVisible()) {
			return;
		}
		if (type.isInstance(c) && p.test(type.cast(c))) {
			out.add(type.cast(c));
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, p, out);
			}
		}
	}

	/** The label a user sees: mnemonics and accelerator text removed. */
	static String label(String text) {
		if (text == null) {
			return "";
		}
		int tab = text.indexOf('\t');
		String s = tab >= 0 ? text.substring(0, tab) : text;
		return s.replace("&", "").trim();
	}

	static String label(Widget w) {
		if (w instanceof Item item) {
			return label(item.getText());
		}
		if (w instanceof org.eclipse.swt.widgets.Button b) {
			return label(b.getText());
		}
		if (w instanceof org.eclipse.swt.widgets.Label l) {
			return label(l.getText());
		}
		return "";
	}
}
