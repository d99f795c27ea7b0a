// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.web.WebPart;
import dev.partforge.recipes.web.WebRecipeException;
import dev.partforge.recipes.web.WebRecipeImporter;
import dev.partforge.store.StoreException;
import dev.partforge.ui.WorkbenchServices;

/**
 * File &gt; Import... &gt; PartForge &gt; Web Generator Part Recipe: imports one recipe file as a new part, all or
 * nothing; a refused recipe keeps the wizard open with one line per reason.
 */
public final class ImportRecipeWizard extends Wizard implements IImportWizard {

	private PartLibrary library;
	private CoreException missing;
	private ImportRecipePage page;

	/** Creates the wizard. */
	public ImportRecipeWizard() {
		setWindowTitle(Messages.Import_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		try {
			library = WorkbenchServices.get(workbench, PartLibrary.class);
		} catch (CoreException e) {
			missing = e;
		}
	}

	@Override
	public void addPages() {
		if (missing != null) {
			ErrorDialog.openError(getShell(), Messages.Import_title, Messages.Wizard_unavailable, missing.getStatus());
			return;
		}
		page = new ImportRecipePage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = Path.of(page.file());
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			page.refused(NLS.bind(Messages.Import_unreadable, file), List.of(String.valueOf(e.getMessage())));
			return false;
		}
		WebPart part;
		try {
			part = WebRecipeImporter.read(text);
		} catch (WebRecipeException e) {
			page.refused(NLS.bind(Messages.Import_refused, e.reasons().size()), e.reasons());
			return false;
		}
		try {
			library.add(part.id(), part.recipe());
		} catch (StoreException | InvalidRecipeException e) {
			ILog.of(getClass()).warn("Importing " + file + " failed: " + e.getMessage(), e);
			page.refused(NLS.bind(Messages.Import_notStored, part.id()), List.of(e.getMessage()));
			return false;
		}
		return true;
	}
}
