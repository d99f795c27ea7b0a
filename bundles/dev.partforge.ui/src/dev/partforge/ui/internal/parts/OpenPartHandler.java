// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

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

	private static final AtomicBoolean MISSING_LOGGED = new AtomicBoolean();

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<PartRow> rows = SelectedRows.of(event);
		if (rows.isEmpty()) {
			return null;
		}
		open(HandlerUtil.getActiveWorkbenchWindowChecked(event), rows.get(0).id());
		return null;
	}

	/**
	 * Opens a part as a double-click in the Parts view does: its drawing, else the timer only.
	 *
	 * @param window the workbench window
	 * @param partId the part id
	 * @throws ExecutionException if the drawing cannot be opened
	 */
	static void open(IWorkbenchWindow window, String partId) throws ExecutionException {
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
			markViewed(window, partId);
		}
	}

	private static void logMissingDrawing() {
		if (MISSING_LOGGED.compareAndSet(false, true)) {
			ILog.of(OpenPartHandler.class).info("The command " + PartForgeUi.DRAWING_OPEN_COMMAND
					+ " is not defined (drawing bundle not installed): parts open in the timer only.");
		}
	}

	private static void markViewed(IWorkbenchWindow window, String partId) throws ExecutionException {
		PartStore store = Services.get(window, PartStore.class);
		StoreJobs.schedule(Messages.Open_job, false, Services.get(window, StoreMonitor.class), m -> {
			store.getPart(partId).ifPresent(p -> {
				p.setLastViewed(new Date());
				store.putPart(p);
			});
			return partId;
		}, null);
	}
}
