// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import java.time.LocalDate;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.metrics.Metrics;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Recipe;
import dev.partforge.store.PartStore;
import dev.partforge.ui.drawing.PartForgeDrawingUi;
import dev.partforge.ui.WorkbenchServices;

/**
 * The Drawing editor: the engineering drawing of one part (the same {@link Sheet} the PDF, SVG and DXF exporters
 * write) on a canvas at true scale, with zoom (wheel, Fit, 1:1), pan (drag), and toggles for dimensions, the isometric view and hidden
 * lines; the header names sheet size, scale and zoom. The sheet is computed in a Job, then painted. Never dirty.
 * Activating the editor posts {@value PartForgeDrawingUi#PART_ACTIVATED_TOPIC} and closing it on the page (not with
 * the workbench) {@value PartForgeDrawingUi#PART_CLOSED_TOPIC}, so the practice timer follows the user's choice of drawing.
 */
public final class DrawingEditor extends EditorPart {

	private SheetCanvas canvas;
	private Label status;
	private Button dimensions;
	private Button hidden;
	private Button iso;
	private volatile String failure;
	private static final int CLOSE_DELAY_MS = 300;

	private volatile boolean shuttingDown;
	private IWorkbenchPartReference reference;
	private Shell windowShell;
	private final IWorkbenchListener shutdown = new IWorkbenchListener() {
		@Override
		public boolean preShutdown(IWorkbench workbench, boolean forced) {
			shuttingDown = true; // the editors close with the workbench: not the user's choice
			return true;
		}

		@Override
		public void postShutdown(IWorkbench workbench) {
			// nothing to clean up
		}
	};
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == DrawingEditor.this && !PlatformUI.getWorkbench().isStarting()) {
				post(PartForgeDrawingUi.PART_ACTIVATED_TOPIC);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref != reference && ref.getPart(false) != DrawingEditor.this) {
				return;
			}
			// announced a moment later, and only while the window lives: editors closed with the workbench (whose
			// event loop and shell are gone by then) leave their attempt running, to come back after a restart
			String part = partId();
			windowShell.getDisplay().timerExec(CLOSE_DELAY_MS, () -> {
				IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
				if (!windowShell.isDisposed() && !shuttingDown && !PlatformUI.getWorkbench().isClosing()
						&& broker != null) {
					broker.post(PartForgeDrawingUi.PART_CLOSED_TOPIC, part); // the attempt of the part stays, paused
				}
			});
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DrawingInput)) {
			throw new PartInitException(NLS.bind(Messages.Drawing_badInput, input));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	/** @return the part shown */
	public String partId() {
		return ((DrawingInput) getEditorInput()).partId();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(body);
		Composite header = new Composite(body, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(6).margins(4, 2).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		push(header, Messages.Drawing_fit, () -> canvas.fit());
		push(header, Messages.Drawing_actualSize, () -> canvas.actualSize());
		dimensions = toggle(header, Messages.Drawing_dimensions, "drawing.dimensions");
		dimensions.addListener(SWT.Selection, e -> canvas.showDimensions(dimensions.getSelection()));
		hidden = toggle(header, Messages.Drawing_hidden, "drawing.hidden");
		hidden.addListener(SWT.Selection, e -> canvas.showHidden(hidden.getSelection()));
		iso = toggle(header, Messages.Drawing_iso, "drawing.iso");
		iso.addListener(SWT.Selection, e -> load(iso.getSelection()));
		status = new Label(header, SWT.NONE);
		status.setData("org.eclipse.swtbot.widget.key", "drawing.status");
		status.setText(NLS.bind(Messages.Drawing_loading, partId()));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(12, 0).applyTo(status);
		canvas = new SheetCanvas(body, this::updateStatus);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
		reference = getSite().getPage().getReference(this);
		windowShell = getSite().getWorkbenchWindow().getShell();
		getSite().getPage().addPartListener(activation);
		PlatformUI.getWorkbench().addWorkbenchListener(shutdown);
		load(null);
	}

	private void post(String topic) {
		IEventBroker broker = getSite().getService(IEventBroker.class);
		if (broker != null) {
			broker.post(topic, partId());
		}
	}

	private static Button push(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private static Button toggle(Composite parent, String text, String key) {
		Button b = new Button(parent, SWT.CHECK);
		b.setText(text);
		b.setSelection(true);
		b.setData("org.eclipse.swtbot.widget.key", key);
		return b;
	}

	/**
	 * Draws the part in a job and shows it.
	 *
	 * @param isoChoice the isometric view switched on or off by the user (stored as the drawing setting shared with the
	 *                  export, {@link DrawingDefaults#putIso}), or null to draw with the stored setting
	 */
	private void load(Boolean isoChoice) {
		String partId = partId();
		Job job = new Job(NLS.bind(Messages.Drawing_job, partId)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					WorkbenchServices.awaitStore(getSite(), monitor); // a drawing restored at start
					if (isoChoice != null) {
						DrawingDefaults.putIso(WorkbenchServices.get(getSite(), PartStore.class), isoChoice);
					}
					Sheet sheet = draw(partId);
					canvas.control().getDisplay().asyncExec(() -> show(sheet));
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return fail(e.getStatus());
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (RuntimeException e) {
					return fail(Status.error(NLS.bind(Messages.Drawing_failed, partId, e.getMessage()), e));
				}
			}
		};
		job.setUser(false);
		job.schedule();
	}

	private Sheet draw(String partId) throws CoreException {
		PartStore store = WorkbenchServices.get(getSite(), PartStore.class);
		PartLibrary library = WorkbenchServices.get(getSite(), PartLibrary.class);
		StoredPart part = store.getPart(partId)
				.orElseThrow(() -> new CoreException(Status.error(NLS.bind(Messages.Drawing_noPart, partId))));
		Recipe recipe = library.recipe(part);
		return SheetCache.sheet(partId, recipe,
				DrawingPreferences.options(store, System.getProperty("user.name", "PartForge"), LocalDate.now(), recipe.units()),
				metrics());
	}

	/** @return the metrics service of the workbench, {@link Metrics#NONE} without one */
	private Metrics metrics() {
		Metrics metrics = getSite().getService(Metrics.class);
		return metrics == null ? Metrics.NONE : metrics;
	}

	private IStatus fail(IStatus error) {
		failure = error.getMessage();
		StatusManager.getManager().handle(error, StatusManager.LOG);
		canvas.control().getDisplay().asyncExec(this::updateStatus);
		return Status.OK_STATUS; // reported: logged and shown in the editor's header
	}

	private void show(Sheet sheet) {
		if (!canvas.control().isDisposed()) {
			iso.setSelection(sheet.views().stream().anyMatch(v -> v.kind() == ViewKind.ISOMETRIC));
			canvas.setSheet(sheet);
		}
	}

	private void updateStatus() {
		if (status.isDisposed()) {
			return;
		}
		Sheet sheet = canvas.sheet();
		if (failure != null) {
			status.setText(failure);
		} else if (sheet != null) {
			status.setText(NLS.bind(Messages.Drawing_status, new Object[] { sheet.paper().name().replace('_', ' '),
					mm(sheet.paper().width()), mm(sheet.paper().height()), sheet.scale(),
					Math.round(canvas.zoom() * 100) }));
		}
		status.getParent().layout(true);
	}

	private static String mm(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}

	/** @return the sheet shown, or null while it is computed */
	public Sheet sheet() {
		return canvas.sheet();
	}

	/** @return pixels per sheet millimetre now; {@code DPI / 25.4} at 1:1 */
	public double pixelsPerMillimetre() {
		return canvas.pixelsPerMillimetre();
	}

	/** @return the zoom; 1 is true scale (1:1 on screen) */
	public double zoom() {
		return canvas.zoom();
	}

	/** @return the pixel position of the sheet's top left corner in the canvas (moves when panning) */
	public double[] sheetOrigin() {
		return canvas.origin();
	}

	/** @return how many entities the last paint drew (dimensions count as one) */
	public int paintedEntities() {
		return canvas.paintedEntities();
	}

	/** @return the header text: sheet size, scale and zoom, or the error */
	public String statusText() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		IWorkbenchPage page = getSite().getPage();
		// removed after this close has been announced: the page tells its listeners after disposing the editor
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> page.removePartListener(activation));
		}
		PlatformUI.getWorkbench().removeWorkbenchListener(shutdown);
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a drawing is generated from its part: nothing to save
	}

	@Override
	public void doSaveAs() {
		// not supported: export drawings with File > Export
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
