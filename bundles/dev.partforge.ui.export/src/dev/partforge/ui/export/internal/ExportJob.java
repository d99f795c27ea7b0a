// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.osgi.framework.FrameworkUtil;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportFiles;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.practice.PartLibrary;
import dev.partforge.store.PartStore;
import dev.partforge.ui.export.PartForgeExportUi;

/**
 * Exports the chosen parts in the background: remembers the choices, then writes each target file through
 * {@link ExportFiles#write} (complete or untouched). Cancellable between files and inside exporters. A failure ends the
 * job with an error status, which the platform logs (Error Log) and keeps in the Progress view; the job is marked
 * {@code NO_IMMEDIATE_ERROR_PROMPT} and shows its own error dialog, so the user sees exactly one dialog. A successful
 * export says which files it wrote, in the status line and as the job's result.
 */
final class ExportJob extends Job {

	private final PartStore store;
	private final PartLibrary library;
	private final ExporterDescriptor format;
	private final ExportChoices choices;

	ExportJob(PartStore store, PartLibrary library, ExporterDescriptor format, ExportChoices choices) {
		super(NLS.bind(Messages.ExportJob_name, format.label()));
		this.store = store;
		this.library = library;
		this.format = format;
		this.choices = choices;
		setUser(true);
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return PartForgeExportUi.JOB_FAMILY.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<ExportChoices.Target> targets = choices.targets(format.fileExtension());
		SubMonitor sub = SubMonitor.convert(monitor, getName(), 1 + targets.size() * 2);
		try {
			ExportMemory.save(store, choices);
			sub.worked(1);
			Exporter exporter = format.exporter();
			createFolder(choices.folder());
			for (ExportChoices.Target target : targets) {
				sub.checkCanceled();
				sub.subTask(NLS.bind(Messages.ExportJob_file, target.file().getFileName()));
				List<ExportPart> parts = parts(target.partIds());
				ExportRequest request = new ExportRequest(parts,
						choices.settingsFor(parts.stream().map(p -> p.recipe().units()).toList()));
				sub.worked(1);
				ExportFiles.write(exporter, request, target.file(), sub.split(1));
			}
			return done(targets);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ExportException | RuntimeException e) {
			return report(e);
		} finally {
			monitor.done();
		}
	}

	/** Says where the files went: the job's result (Progress view) and the workbench window's status line. */
	private IStatus done(List<ExportChoices.Target> targets) {
		String message = targets.size() == 1 ? NLS.bind(Messages.ExportJob_doneOne, targets.get(0).file())
				: NLS.bind(Messages.ExportJob_doneMany, targets.size(), choices.folder());
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> statusLine(message));
		}
		return new Status(IStatus.OK, FrameworkUtil.getBundle(ExportJob.class).getSymbolicName(), message);
	}

	private static void statusLine(String message) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		var part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
		if (part != null && part.getSite() instanceof IViewSite site) {
			site.getActionBars().getStatusLineManager().setMessage(message);
		} else if (part != null && part.getSite() instanceof IEditorSite site) {
			site.getActionBars().getStatusLineManager().setMessage(message);
		}
	}

	private List<ExportPart> parts(List<String> ids) throws ExportException {
		List<ExportPart> parts = new ArrayList<>();
		for (String id : ids) {
			parts.add(library.exportPart(store.getPart(id)
					.orElseThrow(() -> new ExportException(NLS.bind(Messages.ExportJob_noPart, id)))));
		}
		return parts;
	}

	private static void createFolder(Path folder) throws ExportException {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.ExportJob_noFolder, folder, e.getMessage()), e);
		}
	}

	private IStatus report(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
		IStatus status = Status.error(NLS.bind(Messages.ExportJob_failed, format.label(), message), e);
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> ErrorDialog.openError(shell(display), Messages.ExportJob_failedTitle,
					Messages.ExportJob_failedMessage, status));
		}
		return status;
	}

	private static Shell shell(Display display) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window.getShell() : display.getActiveShell();
	}
}
