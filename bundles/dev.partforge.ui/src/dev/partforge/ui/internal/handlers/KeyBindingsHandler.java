// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.keys.IBindingService;

/** Opens the {@link KeyBindingsDialog} (Help &gt; Key Bindings). */
public final class KeyBindingsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new KeyBindingsDialog(HandlerUtil.getActiveShellChecked(event),
				HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(IBindingService.class)).open();
		return null;
	}
}
