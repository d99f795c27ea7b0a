// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The page of the recipe import: the JSON file, and why it was refused when it was. */
final class ImportRecipePage extends WizardPage {

	private Text file;
	private Text reasons;

	ImportRecipePage() {
		super("importRecipe");
		setTitle(Messages.Import_pageTitle);
		setDescription(Messages.Import_pageDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.Import_file);
		file = new Text(page, SWT.BORDER);
		file.setData(ExportPartsPage.KEY, "import.file");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		file.addModifyListener(e -> {
			setPageComplete(!file.getText().isBlank());
			setErrorMessage(null);
			reasons.setText("");
		});
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.Import_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN);
			d.setFilterExtensions(new String[] { "*.json", "*" });
			String chosen = d.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		reasons = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		reasons.setData(ExportPartsPage.KEY, "import.reasons");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(500, 160).applyTo(reasons);
		setControl(page);
	}

	/** @return the chosen file name */
	String file() {
		return file.getText().strip();
	}

	/**
	 * Shows why nothing was imported.
	 *
	 * @param summary the page's error line
	 * @param lines   one line per reason
	 */
	void refused(String summary, List<String> lines) {
		setErrorMessage(summary);
		reasons.setText(String.join("\n", lines));
	}
}
