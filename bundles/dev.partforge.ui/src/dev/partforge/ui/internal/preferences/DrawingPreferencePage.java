// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.preferences;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.partforge.drawing.Projection;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.store.PartStore;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.UiPreferences;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * PartForge &gt; Drawing: the projection method of every drawing (the drawing editor, the export wizard and the command
 * line read it through {@link DrawingDefaults}, loaded and saved in Jobs) and the units offered for new parts (an
 * Eclipse preference). The default paper is the one on the Export page; a part is drawn in its own units.
 */
public final class DrawingPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private PartStore store;
	private StoreMonitor monitor;
	private IPreferenceStore preferences;
	private Button firstAngle;
	private Button thirdAngle;
	private Combo units;
	private boolean loaded;

	@Override
	public void init(IWorkbench workbench) {
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		store = context.get(PartStore.class);
		monitor = context.get(StoreMonitor.class);
		preferences = UiPreferences.store();
		setDescription(Messages.Prefs_drawing);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		Group projection = new Group(page, SWT.NONE);
		projection.setText(Messages.Prefs_projection);
		GridLayoutFactory.swtDefaults().applyTo(projection);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(projection);
		firstAngle = radio(projection, Messages.Prefs_firstAngle);
		thirdAngle = radio(projection, Messages.Prefs_thirdAngle);
		new Label(page, SWT.NONE).setText(Messages.Prefs_unitsNew);
		units = new Combo(page, SWT.READ_ONLY);
		units.setItems(Messages.Units_mm, Messages.Units_inch);
		units.select("INCH".equals(preferences.getString(UiPreferences.DRAWING_UNITS)) ? 1 : 0); //$NON-NLS-1$
		Label paper = new Label(page, SWT.WRAP);
		paper.setText(Messages.Prefs_paperElsewhere);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).indent(0, 8).applyTo(paper);
		firstAngle.setEnabled(false);
		thirdAngle.setEnabled(false);
		if (store != null) {
			StoreJobs.schedule(Messages.Prefs_loading, false, monitor, m -> DrawingDefaults.projection(store),
					this::show);
		}
		return page;
	}

	private static Button radio(Composite parent, String text) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(text);
		return b;
	}

	private void show(Projection projection) {
		if (firstAngle.isDisposed()) {
			return;
		}
		loaded = true;
		firstAngle.setSelection(projection != Projection.THIRD_ANGLE);
		thirdAngle.setSelection(projection == Projection.THIRD_ANGLE);
		firstAngle.setEnabled(true);
		thirdAngle.setEnabled(true);
	}

	@Override
	protected void performDefaults() {
		show(Projection.FIRST_ANGLE);
		units.select(0);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		preferences.setValue(UiPreferences.DRAWING_UNITS, units.getSelectionIndex() == 1 ? "INCH" : "MM"); //$NON-NLS-1$ //$NON-NLS-2$
		if (loaded && store != null) {
			Projection chosen = thirdAngle.getSelection() ? Projection.THIRD_ANGLE : Projection.FIRST_ANGLE;
			StoreJobs.schedule(Messages.Prefs_saving, true, monitor, m -> {
				DrawingDefaults.putProjection(store, chosen);
				return chosen;
			}, null);
		}
		return true;
	}
}
