// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPartSite;

/** A workbench view. */
public final class ViewHandle extends ContainerHandle {

	private final IViewPart part;

	ViewHandle(UiThread ui, IViewPart part) {
		super(ui);
		if (part == null) {
			throw new AssertionError("view could not be created");
		}
		this.part = part;
	}

	@Override
	protected Composite root() {
		MPart model = part.getSite().getService(MPart.class);
		Object widget = model == null ? null : model.getWidget();
		if (widget instanceof Composite composite) {
			return composite;
		}
		throw new AssertionError("view " + part.getTitle() + " has no widget yet");
	}

	/**
	 * Activates the view (as clicking its tab would), so its selection drives the commands.
	 *
	 * @return this view
	 */
	public ViewHandle show() {
		ui.run(() -> part.getSite().getPage().activate(part));
		return this;
	}

	/** Closes the view (as its tab's close button would). */
	public void close() {
		ui.run(() -> part.getSite().getPage().hideView(part));
	}

	/** @return where the view's content is on the display (display coordinates) */
	public Rectangle displayBounds() {
		return ui.call(() -> {
			Composite content = root();
			Point at = content.toDisplay(0, 0);
			Point size = content.getSize();
			return new Rectangle(at.x, at.y, size.x, size.y);
		});
	}

	/** @return the view part, e.g. to cast to its class in a test of that view */
	public IViewPart part() {
		return part;
	}

	/** @return the title shown on the view's tab */
	public String title() {
		return ui.call(part::getTitle);
	}

	/** @return the view's id */
	public String id() {
		return ui.call(() -> {
			IWorkbenchPartSite site = part.getSite();
			return site.getId();
		});
	}
}
