// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.partforge.ui.PartForgeUi;

/**
 * The Practice perspective: the parts library on the left with the timer below it, the drawing area in the middle,
 * progress and storage below the drawing.
 */
public final class PracticePerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(PartForgeUi.PARTS_VIEW, IPageLayout.LEFT, 0.45f, editors);
		layout.addView(PartForgeUi.TIMER_VIEW, IPageLayout.BOTTOM, 0.68f, PartForgeUi.PARTS_VIEW);
		IFolderLayout bottom = layout.createFolder("dev.partforge.ui.folders.bottom", IPageLayout.BOTTOM, 0.4f, //$NON-NLS-1$
				editors);
		bottom.addView(PartForgeUi.PROGRESS_VIEW);
		bottom.addView(PartForgeUi.STORAGE_VIEW);
		for (String view : new String[] { PartForgeUi.PARTS_VIEW, PartForgeUi.TIMER_VIEW, PartForgeUi.PROGRESS_VIEW,
				PartForgeUi.STORAGE_VIEW }) {
			layout.getViewLayout(view).setCloseable(true);
			layout.addShowViewShortcut(view);
		}
	}
}
