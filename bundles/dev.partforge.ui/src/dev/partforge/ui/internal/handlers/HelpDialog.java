// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Help &gt; PartForge Help: how the practice loop works, in a scrollable read-only page. */
public final class HelpDialog extends Dialog {

	/** The widget key of the help text, for UI tests. */
	public static final String TEXT_KEY = "help.text"; //$NON-NLS-1$

	/**
	 * Creates the dialog.
	 *
	 * @param parent the parent shell
	 */
	public HelpDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Help_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 8).applyTo(area);
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setText(Messages.Help_text);
		text.setData("org.eclipse.swtbot.widget.key", TEXT_KEY); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 380).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
