// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import java.util.Date;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.partforge.store.PartStore;
import dev.partforge.store.SessionState;
import dev.partforge.ui.drawing.PartForgeDrawingUi;
import dev.partforge.ui.WorkbenchServices;

/**
 * Opens (or brings to top) the Drawing editor of the part named by the parameter {@value PartForgeDrawingUi#PART_PARAMETER},
 * posts {@value PartForgeDrawingUi#PART_OPENED_TOPIC} with the part id, and marks the part viewed (session state and
 * the part's last-viewed date) in a Job.
 */
public final class OpenDrawingHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String partId = event.getParameter(PartForgeDrawingUi.PART_PARAMETER);
		if (partId == null || partId.isBlank()) {
			throw new ExecutionException(NLS.bind(Messages.Open_noPart, PartForgeDrawingUi.PART_PARAMETER));
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			// brought to top, not activated: the part list keeps the focus and its selection (keyboard navigation,
			// Delete, bookmark); a click on the drawing activates it
			window.getActivePage().openEditor(new DrawingInput(partId), PartForgeDrawingUi.EDITOR_ID, false);
		} catch (PartInitException e) {
			throw new ExecutionException(NLS.bind(Messages.Open_failed, partId, e.getMessage()), e);
		}
		IEventBroker broker = window.getService(IEventBroker.class);
		if (broker != null) {
			broker.post(PartForgeDrawingUi.PART_OPENED_TOPIC, partId);
		}
		markViewed(window, partId);
		return null;
	}

	private static void markViewed(IWorkbenchWindow window, String partId) {
		PartStore store;
		SessionState session;
		try {
			store = WorkbenchServices.get(window, PartStore.class);
			session = WorkbenchServices.get(window, SessionState.class);
		} catch (CoreException e) {
			ILog.of(OpenDrawingHandler.class).log(e.getStatus());
			return;
		}
		Job job = Job.create(NLS.bind(Messages.Open_markViewed, partId), monitor -> {
			session.viewed(partId);
			try {
				WorkbenchServices.awaitStore(window, monitor); // a part opened before the store was
			} catch (CoreException e) {
				return e.getStatus();
			}
			store.getPart(partId).ifPresent(p -> {
				p.setLastViewed(new Date());
				store.putPart(p);
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}
}
