// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.partforge.core.DataDirectory;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.UiPreferences;

/**
 * PartForge &gt; Storage: the data directory (read-only: it is chosen at launch with {@code --data}) and the backup
 * policy applied when the workbench starts.
 */
public final class StoragePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public StoragePreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPreferences.store());
		setDescription(Messages.Prefs_storage);
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor dir = new StringFieldEditor("storage.dataDirectory.display", Messages.Prefs_dataDir, //$NON-NLS-1$
				getFieldEditorParent()) {
			@Override
			public void load() {
				getTextControl(getFieldEditorParent()).setText(DataDirectory.get().toString());
			}

			@Override
			protected void doStore() {
				// read-only: the data directory is chosen when PartForge starts (--data or PARTFORGE_DATA)
			}
		};
		addField(dir);
		dir.getTextControl(getFieldEditorParent()).setEditable(false);
		addField(new RadioGroupFieldEditor(UiPreferences.BACKUP_POLICY, Messages.Prefs_backupPolicy, 1,
				new String[][] { { Messages.Prefs_backupNever, UiPreferences.BACKUP_NEVER },
						{ Messages.Prefs_backupDaily, UiPreferences.BACKUP_DAILY },
						{ Messages.Prefs_backupWeekly, UiPreferences.BACKUP_WEEKLY } },
				getFieldEditorParent(), true));
	}
}
