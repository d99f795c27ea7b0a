// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.ui.PartForgeUi;

/**
 * Issue 13: every PartForge view and the drawing editor carry their own PNG icon, 16 px with a 32 px variant. A view
 * without one shows the platform's SVG default, which the first paint of its tab rasterised on the UI thread (the
 * stall probe's longest round trips at 10⁶ records sampled JSVG parsing the default icon's CSS).
 */
class ViewIconsUITest {

	private static final List<String> VIEWS = List.of(PartForgeUi.PARTS_VIEW, PartForgeUi.TIMER_VIEW, PartForgeUi.PROGRESS_VIEW,
			PartForgeUi.STORAGE_VIEW, PartForgeUi.STORAGE_MONITOR_VIEW, "dev.partforge.ui.view3d.part3d");

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void viewsAndTheDrawingEditorHaveTheirOwnPngIcons() {
		bot.ui().run(() -> {
			for (String id : VIEWS) {
				IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(id);
				assertNotNull(view, id);
				check(id, view.getImageDescriptor());
			}
			IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().findEditor("dev.partforge.ui.drawing.editor");
			assertNotNull(editor, "the drawing editor");
			check(editor.getId(), editor.getImageDescriptor());
		});
	}

	private static void check(String id, ImageDescriptor icon) {
		assertNotNull(icon, id);
		assertTrue(icon.toString().contains(".png"), id + ": " + icon);
		ImageData at100 = icon.getImageData(100);
		ImageData at200 = icon.getImageData(200);
		assertNotNull(at100, id + " at 100 %");
		assertEquals(16, at100.width, id + " at 100 %");
		assertNotNull(at200, id + " at 200 %");
		assertEquals(32, at200.width, id + " at 200 %: its @2x variant");
	}
}
