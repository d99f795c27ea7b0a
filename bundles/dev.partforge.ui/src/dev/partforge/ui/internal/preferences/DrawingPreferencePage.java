// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.preferences;


import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Projection;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.UiPreferences;

/** PartForge &gt; Drawing: projection method, default paper and units (Eclipse instance preferences). */
public final class DrawingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public DrawingPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPreferences.store());
		setDescription(Messages.Prefs_drawing);
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(UiPreferences.DRAWING_PROJECTION, Messages.Prefs_projection, 1,
				new String[][] { { Messages.Prefs_firstAngle, Projection.FIRST_ANGLE.name() },
						{ Messages.Prefs_thirdAngle, Projection.THIRD_ANGLE.name() } },
				getFieldEditorParent(), true));
		addField(new ComboFieldEditor(UiPreferences.DRAWING_PAPER, Messages.Prefs_paper, paperChoices(),
				getFieldEditorParent()));
		addField(new ComboFieldEditor(UiPreferences.DRAWING_UNITS, Messages.Prefs_units,
				new String[][] { { Messages.Units_mm, "MM" }, { Messages.Units_inch, "INCH" } }, //$NON-NLS-1$ //$NON-NLS-2$
				getFieldEditorParent()));
	}

	static String[][] paperChoices() {
		return Paper.offered().stream()
				.map(p -> new String[] { Messages.paper(p), p.name() }).toArray(String[][]::new);
	}
}
