// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.sync;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.partforge.ui.internal.Services;

/**
 * File &gt; Sync Now (and the toolbar button): runs a synchronisation cycle at once in the sync Job (progress in the
 * Progress view, cancellable there); the status bar and the Storage view show how it went.
 */
public final class SyncNowHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		SyncMonitor monitor = Services.get(HandlerUtil.getActiveWorkbenchWindowChecked(event), SyncMonitor.class);
		if (monitor != null) {
			monitor.sync().syncNow();
		}
		return null;
	}
}
