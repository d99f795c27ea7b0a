// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.storage;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;

/** Picks the backup to restore: the backups newest first, the newest selected. */
final class RestoreDialog extends TitleAreaDialog {

	private final List<Path> backups;
	private Table table;
	private Optional<Path> chosen = Optional.empty();

	/**
	 * @param parent the parent shell
	 * @param backups the backups, newest first
	 */
	RestoreDialog(Shell parent, List<Path> backups) {
		super(parent);
		this.backups = List.copyOf(backups);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Storage_restoreTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Storage_restoreTitle);
		setMessage(backups.isEmpty() ? Messages.Storage_noBackups : Messages.Storage_restoreMessage);
		table = new Table(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 200).applyTo(table);
		for (String title : new String[] { Messages.Storage_backupTime, Messages.Storage_backupFile }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		for (Path backup : backups) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Labels.date(new Date(backup.toFile().lastModified())),
					backup.getFileName().toString() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		if (!backups.isEmpty()) {
			table.select(0);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Storage_restoreButton, true)
				.setEnabled(!backups.isEmpty());
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		int index = table.getSelectionIndex();
		chosen = index < 0 ? Optional.empty() : Optional.of(backups.get(index));
		super.okPressed();
	}

	/** @return the backup chosen with Restore */
	Optional<Path> chosen() {
		return chosen;
	}
}
