// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A Help page in a dialog: resizable, titled, one Close button; subclasses fill its area ({@link HelpDialog},
 * {@link KeyBindingsDialog}).
 */
abstract class HelpPageDialog extends Dialog {

	private final String title;

	/**
	 * @param parent the parent shell
	 * @param title  the dialog's title
	 */
	HelpPageDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
	}

	@Override
	protected final boolean isResizable() {
		return true;
	}

	@Override
	protected final void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 8).applyTo(area);
		fill(area);
		return area;
	}

	/**
	 * Fills the page.
	 *
	 * @param area the dialog area, a grid of one column with the page's margins
	 */
	protected abstract void fill(Composite area);

	@Override
	protected final void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
