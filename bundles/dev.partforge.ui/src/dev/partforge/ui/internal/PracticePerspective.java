// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.partforge.ui.PartForgeUi;

/** The Practice perspective: the parts library on the left, the drawing area in the middle. */
public final class PracticePerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(PartForgeUi.PARTS_VIEW, IPageLayout.LEFT, 0.35f, layout.getEditorArea());
		layout.getViewLayout(PartForgeUi.PARTS_VIEW).setCloseable(true);
		layout.addShowViewShortcut(PartForgeUi.PARTS_VIEW);
	}
}
