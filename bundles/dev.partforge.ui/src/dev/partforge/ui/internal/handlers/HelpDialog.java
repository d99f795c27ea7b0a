// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.handlers;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Help &gt; PartForge Help: how the practice loop works, in a scrollable read-only page. */
public final class HelpDialog extends HelpPageDialog {

	/** The widget key of the help text, for UI tests. */
	public static final String TEXT_KEY = "help.text"; //$NON-NLS-1$

	/**
	 * Creates the dialog.
	 *
	 * @param parent the parent shell
	 */
	public HelpDialog(Shell parent) {
		super(parent, Messages.Help_title);
	}

	@Override
	protected void fill(Composite area) {
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setText(Messages.Help_text);
		text.setData("org.eclipse.swtbot.widget.key", TEXT_KEY); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 380).applyTo(text);
	}
}
