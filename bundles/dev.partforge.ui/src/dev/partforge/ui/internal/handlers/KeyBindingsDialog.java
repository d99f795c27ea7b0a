// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.keys.IBindingService;

/**
 * Help &gt; Key Bindings: every key of the active key scheme that runs a command (read from the workbench's
 * {@link IBindingService}, so it lists what really works), then the drawing editor's own navigation keys and mouse
 * gestures. A Help page for the keys: what each one does, where.
 */
public final class KeyBindingsDialog extends HelpPageDialog {

	/** One row: the keys, what they do, where they work. */
	record Row(String keys, String action, String where) {
	}

	private final IBindingService bindings;

	/**
	 * Creates the dialog.
	 *
	 * @param parent   the parent shell
	 * @param bindings the workbench's binding service
	 */
	public KeyBindingsDialog(Shell parent, IBindingService bindings) {
		super(parent, Messages.Keys_title);
		this.bindings = bindings;
	}

	@Override
	protected void fill(Composite area) {
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.Keys_intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(intro);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 360).applyTo(table);
		for (String title : new String[] { Messages.Keys_key, Messages.Keys_command, Messages.Keys_where }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		for (Row row : rows()) {
			new TableItem(table, SWT.NONE).setText(new String[] { row.keys(), row.action(), row.where() });
		}
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
	}

	/** @return the command keys of the active scheme, by command name, then the drawing editor's navigation */
	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		String scheme = bindings.getActiveScheme() == null ? null : bindings.getActiveScheme().getId();
		for (Binding b : bindings.getBindings()) {
			if (b.getParameterizedCommand() == null || b.getType() != Binding.SYSTEM && b.getType() != Binding.USER
					|| scheme != null && !scheme.equals(b.getSchemeId()) || b.getPlatform() != null
					|| b.getLocale() != null) {
				continue;
			}
			try {
				rows.add(new Row(b.getTriggerSequence().format(), b.getParameterizedCommand().getName(),
						b.getContextId().equals("org.eclipse.ui.contexts.window") ? Messages.Keys_everywhere //$NON-NLS-1$
								: Messages.Keys_partsView));
			} catch (NotDefinedException e) {
				// a binding to a command that is not defined runs nothing: not listed
			}
		}
		rows.sort(Comparator.comparing(Row::action).thenComparing(Row::keys));
		String drawing = Messages.Keys_drawingEditor;
		rows.add(new Row("+", Messages.Keys_zoomIn, drawing)); //$NON-NLS-1$
		rows.add(new Row("-", Messages.Keys_zoomOut, drawing)); //$NON-NLS-1$
		rows.add(new Row("0", Messages.Keys_fit, drawing)); //$NON-NLS-1$
		rows.add(new Row(Messages.Keys_arrows, Messages.Keys_pan, drawing));
		rows.add(new Row(Messages.Keys_wheel, Messages.Keys_zoomPointer, drawing));
		rows.add(new Row(Messages.Keys_drag, Messages.Keys_pan, drawing));
		return rows;
	}
}
