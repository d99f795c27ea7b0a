// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.partforge.store.PartStore;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;

/** Deletes the selected parts after a confirmation (their records stay: they are history). */
public final class DeletePartsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<PartRow> rows = SelectedRows.of(event);
		if (rows.isEmpty()) {
			return null;
		}
		String question = rows.size() == 1 ? NLS.bind(Messages.Delete_one, rows.get(0).name())
				: NLS.bind(Messages.Delete_many, rows.size());
		if (!MessageDialog.openConfirm(HandlerUtil.getActiveShellChecked(event), Messages.Delete_title, question)) {
			return null;
		}
		PartStore store = Services.get(event, PartStore.class);
		StoreJobs.schedule(Messages.Delete_job, true, Services.get(event, StoreMonitor.class), m -> {
			SubMonitor sub = SubMonitor.convert(m, Messages.Delete_job, rows.size());
			int deleted = 0;
			for (PartRow row : rows) {
				deleted += store.deletePart(row.id()) ? 1 : 0;
				sub.split(1);
			}
			return deleted;
		}, null);
		return null;
	}
}
