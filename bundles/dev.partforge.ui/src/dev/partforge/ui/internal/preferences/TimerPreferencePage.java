// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.UiPreferences;

/** PartForge &gt; Timer: whether opening a drawing starts the timer. */
public final class TimerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public TimerPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPreferences.store());
		setDescription(Messages.Prefs_timer);
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(UiPreferences.TIMER_AUTO_START, Messages.Prefs_autoStart,
				getFieldEditorParent()));
	}
}
