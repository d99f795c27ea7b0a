// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.statushandlers.StatusManager;

import dev.partforge.metrics.Metrics;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Recipe;
import dev.partforge.store.PartStore;
import dev.partforge.ui.WorkbenchServices;

/**
 * Loads a part for the 3D view in a Job (recipe from the library, exact solid, tessellation), then hands the scene
 * to the canvas on the UI thread. A newer request cancels an older one; failures are logged and shown as status.
 */
final class PartLoader {

	private final IWorkbenchPartSite site;
	private final View3dCanvas canvas;
	private final Consumer<String> status;
	private final Display display;
	private String partId;
	private volatile Recipe recipe;
	private Job job;

	PartLoader(IWorkbenchPartSite site, View3dCanvas canvas, Consumer<String> status) {
		this.site = site;
		this.canvas = canvas;
		this.status = status;
		this.display = canvas.control().getDisplay();
	}

	/** Loads a part unless it is the one shown. UI thread. */
	void load(String id) {
		if (id.equals(partId)) {
			return;
		}
		partId = id;
		recipe = null;
		if (job != null) {
			job.cancel();
		}
		status.accept(NLS.bind(Messages.View3d_loading, id));
		job = Job.create(NLS.bind(Messages.View3d_job, id), (IJobFunction) monitor -> run(id, monitor));
		job.setUser(false);
		job.schedule();
	}

	private IStatus run(String id, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			WorkbenchServices.awaitStore(site, monitor); // a part shown at start
			PartStore store = WorkbenchServices.get(site, PartStore.class);
			PartLibrary library = WorkbenchServices.get(site, PartLibrary.class);
			StoredPart part = store.getPart(id)
					.orElseThrow(() -> new CoreException(Status.error(NLS.bind(Messages.View3d_missingPart, id))));
			Recipe loaded = library.recipe(part);
			progress.worked(1);
			Scene scene = SceneCache.scene(loaded, progress.split(2), metrics());
			ui(() -> shown(id, loaded, scene));
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return failed(id, e.getStatus().getMessage(), e);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			return failed(id, e.getMessage(), e);
		}
	}

	/** @return the metrics service of the workbench, {@link Metrics#NONE} without one */
	private Metrics metrics() {
		Metrics metrics = site.getService(Metrics.class);
		return metrics == null ? Metrics.NONE : metrics;
	}

	private void shown(String id, Recipe loaded, Scene scene) {
		if (!id.equals(partId) || canvas.control().isDisposed()) {
			return;
		}
		recipe = loaded;
		canvas.setScene(scene);
		status.accept(NLS.bind(Messages.View3d_status,
				new Object[] { id, scene.triangleCount(), scene.edges().size() }));
	}

	private IStatus failed(String id, String why, Exception e) {
		String text = NLS.bind(Messages.View3d_failed, id, why);
		StatusManager.getManager().handle(Status.error(text, e), StatusManager.LOG);
		ui(() -> {
			if (id.equals(partId) && !canvas.control().isDisposed()) {
				status.accept(text);
			}
		});
		return Status.OK_STATUS; // reported: logged and shown in the view's status line
	}

	private void ui(Runnable task) {
		if (!display.isDisposed()) {
			display.asyncExec(task);
		}
	}

	/** @return the recipe of the part shown, or null while loading */
	Recipe recipe() {
		return recipe;
	}

	/** @return the part shown or loading */
	String partId() {
		return partId;
	}
}
