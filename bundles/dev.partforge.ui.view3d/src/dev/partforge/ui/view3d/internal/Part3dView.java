// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import dev.partforge.recipes.Recipe;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.drawing.PartForgeDrawingUi;

/**
 * The Part 3D view: the part of the active drawing, shaded with its exact edges ({@link View3dCanvas}); buttons for
 * Fit and the standard views, switches for perspective and hidden edges; a click on a face highlights its feature
 * and names the feature's parameters below the picture. Follows the drawing editor that is active or just opened.
 */
public final class Part3dView extends ViewPart {

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}
	};
	private final EventHandler opened = event -> {
		if (event.getProperty(IEventBroker.DATA) instanceof String partId) {
			show(partId);
		}
	};
	private View3dCanvas canvas;
	private Label status;
	private Label feature;
	private PartLoader loader;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(body);
		Composite header = new Composite(body, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		header.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		status = label(body, SWT.NONE, "view3d.status", Messages.View3d_noPart);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
		canvas = new View3dCanvas(body, this::picked);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
		ViewControls.create(header, canvas);
		feature = label(body, SWT.WRAP, "view3d.feature", Messages.View3d_pickHint);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(feature);
		loader = new PartLoader(getSite(), canvas, this::status);
		getSite().getPage().addPartListener(editors);
		IEventBroker broker = getSite().getService(IEventBroker.class);
		if (broker != null) {
			broker.subscribe(PartForgeUi.PART_OPENED_TOPIC, opened);
		}
		follow(getSite().getPage().getActiveEditor());
	}

	private static Label label(Composite parent, int style, String key, String text) {
		Label l = new Label(parent, style);
		l.setData(PartForgeUi.WIDGET_KEY, key);
		l.setText(text);
		return l;
	}

	private void follow(Object part) {
		if (part instanceof IEditorPart editor
				&& PartForgeDrawingUi.EDITOR_ID.equals(editor.getSite().getId())) {
			String partId = editor.getEditorInput().getAdapter(String.class);
			if (partId != null) {
				show(partId);
			}
		}
	}

	/**
	 * Shows a part (loads it in a Job unless it is already shown).
	 *
	 * @param partId the part id
	 */
	public void show(String partId) {
		if (loader != null) {
			loader.load(partId);
		}
	}

	private void status(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			status.getParent().layout(true);
		}
	}

	private void picked(int featureIndex) {
		Recipe recipe = loader.recipe();
		canvas.highlight(featureIndex);
		if (recipe != null && !feature.isDisposed()) {
			feature.setText(featureIndex == Integer.MIN_VALUE ? Messages.View3d_pickHint
					: FeatureText.of(recipe, featureIndex));
			feature.getParent().layout(true);
		}
	}

	/** @return the canvas, for tests and the benchmark */
	public View3dCanvas canvas() {
		return canvas;
	}

	/** @return the part shown (or being loaded), or null */
	public String partId() {
		return loader == null ? null : loader.partId();
	}

	/** @return the status line: part, triangles, edges, or why nothing is shown */
	public String statusText() {
		return status.getText();
	}

	/** @return the feature line below the picture */
	public String featureText() {
		return feature.getText();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		IEventBroker broker = getSite().getService(IEventBroker.class);
		if (broker != null) {
			broker.unsubscribe(opened);
		}
		super.dispose();
	}
}
