// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.store.PartStore;
import dev.partforge.ui.WorkbenchServices;

/**
 * File &gt; Export... &gt; PartForge &gt; Parts and Drawings: exports parts with any exporter the
 * {@link ExporterRegistry} lists. Pre-selects the parts selected in the workbench (elements that are part ids or adapt
 * to {@link StoredPart}); the export itself runs as an {@link ExportJob}.
 */
public final class ExportPartsWizard extends Wizard implements IExportWizard {

	private PartStore store;
	private PartLibrary library;
	private ExporterRegistry registry;
	private List<String> selected = List.of();
	private ExportPartsPage page;
	private CoreException missing;

	/** Creates the wizard. */
	public ExportPartsWizard() {
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		try {
			store = WorkbenchServices.get(workbench, PartStore.class);
			library = WorkbenchServices.get(workbench, PartLibrary.class);
			registry = WorkbenchServices.get(workbench, ExporterRegistry.class);
		} catch (CoreException e) {
			missing = e;
		}
		selected = partIds(selection);
	}

	/**
	 * Extracts part ids from a selection: strings, and elements adapting to {@link StoredPart}.
	 *
	 * @param selection the selection, may be null
	 * @return the ids in selection order
	 */
	static List<String> partIds(IStructuredSelection selection) {
		List<String> ids = new ArrayList<>();
		if (selection != null) {
			for (Object element : selection) {
				StoredPart part = Adapters.adapt(element, StoredPart.class);
				if (part != null && part.getId() != null) {
					ids.add(part.getId());
				} else if (element instanceof String id) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	@Override
	public void addPages() {
		if (missing != null) {
			ErrorDialog.openError(getShell(), Messages.Wizard_title, Messages.Wizard_unavailable, missing.getStatus());
			return;
		}
		page = new ExportPartsPage(store, registry, selected);
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return page != null && page.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		ExporterDescriptor format = page.format();
		ExportChoices choices = page.choices();
		new ExportJob(store, library, format, choices).schedule();
		return true;
	}
}
