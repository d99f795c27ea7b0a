// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dev.partforge.model.Difficulty;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;

/** The filter bar above the parts table: difficulty, completion, bookmarked only, search text. */
final class PartsFilterBar {

	private final Combo difficulty;
	private final Combo completed;
	private final Button bookmarked;
	private final Text search;
	private final Consumer<PartFilter> onChange;
	private final Composite bar;

	PartsFilterBar(Composite parent, Consumer<PartFilter> onChange) {
		this.onChange = onChange;
		bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(2, 2).applyTo(bar);
		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.PartsView_search);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(search);
		difficulty = new Combo(bar, SWT.READ_ONLY);
		difficulty.add(Messages.PartsView_allDifficulties);
		for (Difficulty d : Difficulty.values()) {
			difficulty.add(Labels.difficulty(d));
		}
		difficulty.select(0);
		completed = new Combo(bar, SWT.READ_ONLY);
		completed.setItems(Messages.PartsView_anyState, Messages.PartsView_completedOnly, Messages.PartsView_openOnly);
		completed.select(0);
		bookmarked = new Button(bar, SWT.CHECK);
		bookmarked.setText(Messages.PartsView_bookmarkedOnly);
		search.addModifyListener(e -> changed());
		difficulty.addListener(SWT.Selection, e -> changed());
		completed.addListener(SWT.Selection, e -> changed());
		bookmarked.addListener(SWT.Selection, e -> changed());
	}

	/** @return the bar's composite */
	Composite control() {
		return bar;
	}

	private void changed() {
		onChange.accept(filter());
	}

	PartFilter filter() {
		Difficulty d = difficulty.getSelectionIndex() <= 0 ? null : Difficulty.values()[difficulty.getSelectionIndex() - 1];
		Boolean c = switch (completed.getSelectionIndex()) {
		case 1 -> Boolean.TRUE;
		case 2 -> Boolean.FALSE;
		default -> null;
		};
		return new PartFilter(d, bookmarked.getSelection(), c, search.getText());
	}
}
