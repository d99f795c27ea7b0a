// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.partforge.core.ProductInfo;

/** Shows the product name, version, build id and the Java it runs on. */
public final class AboutDialog extends Dialog {

	/**
	 * Creates the dialog.
	 *
	 * @param parent the parent shell
	 */
	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AboutDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(16, 12).applyTo(area);
		ProductInfo info = ProductInfo.current();
		Label name = new Label(area, SWT.NONE);
		name.setText(ProductInfo.NAME);
		name.setFont(JFaceResources.getHeaderFont());
		label(area, NLS.bind(Messages.AboutDialog_version, info.version()));
		label(area, NLS.bind(Messages.AboutDialog_build, info.buildId()));
		label(area, NLS.bind(Messages.AboutDialog_java, System.getProperty("java.version"),
				System.getProperty("java.vendor")));
		label(area, Messages.AboutDialog_tagline);
		return area;
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
