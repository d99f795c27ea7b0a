// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;

import dev.partforge.store.PartStore;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;
import dev.partforge.ui.internal.timer.PracticeSession;

/**
 * Opens the selected part: runs the drawing bundle's {@value PartForgeUi#DRAWING_OPEN_COMMAND} (the drawing then
 * posts {@value PartForgeUi#PART_OPENED_TOPIC}, which the timer follows). Without the drawing bundle the part is
 * opened for practice only (the timer takes it), marked as viewed here, and that is logged once. (The drawing's own
 * handler marks the parts it opens as viewed.)
 */
public final class OpenPartHandler extends AbstractHandler {

	private boolean missingLogged;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<PartRow> rows = SelectedRows.of(event);
		if (rows.isEmpty()) {
			return null;
		}
		String partId = rows.get(0).id();
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Command drawing = window.getService(ICommandService.class).getCommand(PartForgeUi.DRAWING_OPEN_COMMAND);
		if (drawing.isDefined()) {
			try {
				ParameterizedCommand command = ParameterizedCommand.generateCommand(drawing,
						Map.of(PartForgeUi.DRAWING_PART_PARAMETER, partId));
				window.getService(IHandlerService.class).executeCommand(command, null);
			} catch (CommandException e) {
				throw new ExecutionException(Messages.Open_failed + ' ' + e.getMessage(), e);
			}
		} else {
			logMissingDrawing();
			Services.get(window, PracticeSession.class).open(partId);
			markViewed(event, partId);
		}
		return null;
	}

	private synchronized void logMissingDrawing() {
		if (!missingLogged) {
			missingLogged = true;
			ILog.of(OpenPartHandler.class).info("The command " + PartForgeUi.DRAWING_OPEN_COMMAND
					+ " is not defined (drawing bundle not installed): parts open in the timer only.");
		}
	}

	private static void markViewed(ExecutionEvent event, String partId) throws ExecutionException {
		PartStore store = Services.get(event, PartStore.class);
		StoreJobs.schedule(Messages.Open_job, false, Services.get(event, StoreMonitor.class), m -> {
			store.getPart(partId).ifPresent(p -> {
				p.setLastViewed(new Date());
				store.putPart(p);
			});
			return partId;
		}, null);
	}
}
