// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.partforge.export.PaperChoice;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.model.ExportDefaults;
import dev.partforge.model.ExportPreferences;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.Units;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.practice.ExportPreferencesBridge;
import dev.partforge.store.PartStore;
import dev.partforge.ui.WorkbenchServices;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * PartForge &gt; Export: the export defaults stored in the {@link PartStore} as {@link ExportPreferences} (the same
 * object the Export wizard reads and writes). Loaded and saved in Jobs; the controls stay disabled until loaded.
 */
public final class ExportPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private PartStore store;
	private ExporterRegistry registry;
	private StoreMonitor monitor;
	/** The format ids in the format combo: the installed exporters', and the stored one if it is not installed. */
	private final List<String> formatIds = new ArrayList<>();
	private Combo format;
	private Combo paper;
	private Combo units;
	private Button title;
	private Button dimensions;
	private ExportPreferences loaded;

	@Override
	public void init(IWorkbench workbench) {
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		store = context.get(PartStore.class);
		try {
			registry = WorkbenchServices.get(workbench, ExporterRegistry.class);
		} catch (CoreException e) {
			// the page still shows and keeps the stored format; the Error Log says why the exporters are missing
			Platform.getLog(ExportPreferencePage.class).log(e.getStatus());
		}
		monitor = context.get(StoreMonitor.class);
		setDescription(Messages.Prefs_export);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		if (registry != null) {
			registry.exporters().stream().map(ExporterDescriptor::formatId).forEach(formatIds::add);
		}
		format = combo(page, Messages.Prefs_format, formatIds.stream().map(ExportPreferencePage::formatLabel)
				.toArray(String[]::new));
		paper = combo(page, Messages.Prefs_paper,
				PaperChoice.offered().stream().map(Messages::paper).toArray(String[]::new));
		units = combo(page, Messages.Prefs_units, new String[] { Messages.Units_mm, Messages.Units_inch });
		title = check(page, Messages.Prefs_includeTitle);
		dimensions = check(page, Messages.Prefs_includeDimensions);
		enable(false);
		if (store != null) {
			StoreJobs.schedule(Messages.Prefs_loading, false, monitor, m -> store.getExportPreferences(), this::show);
		}
		return page;
	}

	private static Combo combo(Composite parent, String label, String[] items) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(items);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	private static String formatLabel(String formatId) {
		return formatId.toUpperCase(Locale.ROOT);
	}

	private static Button check(Composite parent, String label) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(label);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		return button;
	}

	private void enable(boolean enabled) {
		for (Control c : new Control[] { format, paper, units, title, dimensions }) {
			c.setEnabled(enabled);
		}
	}

	private void show(ExportPreferences prefs) {
		if (format.isDisposed()) {
			return;
		}
		loaded = prefs;
		if (prefs.getFormat() != null && !formatIds.contains(prefs.getFormat())) {
			formatIds.add(prefs.getFormat()); // its exporter is not installed: keep the stored choice
			format.add(formatLabel(prefs.getFormat()));
		}
		format.select(Math.max(0, formatIds.indexOf(prefs.getFormat())));
		paper.select(PaperChoice.offered().indexOf(DrawingDefaults.paper(prefs.getPaperSize())));
		units.select(prefs.getUnits() == Units.INCH ? 1 : 0);
		title.setSelection(prefs.isIncludeTitle());
		dimensions.setSelection(prefs.isIncludeDimensions());
		enable(true);
	}

	@Override
	protected void performDefaults() {
		show(ExportDefaults.create());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (loaded == null || store == null) {
			return true;
		}
		ExportPreferences prefs = ModelFactory.eINSTANCE.createExportPreferences();
		if (format.getSelectionIndex() >= 0 && format.getSelectionIndex() < formatIds.size()) {
			prefs.setFormat(formatIds.get(format.getSelectionIndex()));
		}
		prefs.setDxfVersion(loaded.getDxfVersion()); // chosen in the Export wizard, not here
		prefs.setPaperSize(ExportPreferencesBridge.stored(PaperChoice.offered().get(paper.getSelectionIndex())));
		prefs.setUnits(units.getSelectionIndex() == 1 ? Units.INCH : Units.MM);
		prefs.setIncludeTitle(title.getSelection());
		prefs.setIncludeDimensions(dimensions.getSelection());
		StoreJobs.schedule(Messages.Prefs_saving, true, monitor, m -> {
			store.putExportPreferences(prefs);
			return prefs;
		}, null);
		return true;
	}
}
