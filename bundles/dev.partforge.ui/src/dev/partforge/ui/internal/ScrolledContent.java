// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;

import dev.partforge.ui.PartForgeUi;

/**
 * A view's content in a scrolled composite: it fills the view while the view is large enough and scrolls (instead of
 * clipping its controls) once the view is smaller than the content's minimum size.
 */
public final class ScrolledContent {

	private final ScrolledComposite scroller;
	private final Composite content;

	/**
	 * Creates the scrolled composite and its (empty) content in a view.
	 *
	 * @param view the view's parent composite
	 * @param key  the scrolled composite's {@link PartForgeUi#WIDGET_KEY} (tests find it by it)
	 */
	public ScrolledContent(Composite view, String key) {
		scroller = new ScrolledComposite(view, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setData(PartForgeUi.WIDGET_KEY, key);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		scroller.setContent(content);
	}

	/** @return the composite to create the view's controls in */
	public Composite content() {
		return content;
	}

	/**
	 * Sets the size below which the view scrolls (call again when texts change what the controls need).
	 *
	 * @param width  the minimum width in pixels
	 * @param height the minimum height in pixels
	 */
	public void minimum(int width, int height) {
		Point current = new Point(scroller.getMinWidth(), scroller.getMinHeight());
		if (current.x != width || current.y != height) {
			scroller.setMinSize(width, height);
		}
	}
}
