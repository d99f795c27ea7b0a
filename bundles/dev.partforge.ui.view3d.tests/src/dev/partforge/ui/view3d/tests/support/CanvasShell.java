// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;

import dev.partforge.tests.common.swt.UiThread;
import dev.partforge.ui.view3d.internal.Scene;
import dev.partforge.ui.view3d.internal.View3dCanvas;

/** A 3D canvas of a fixed size in a shell of its own, for tests of the drawing itself. Close it after the test. */
public final class CanvasShell implements AutoCloseable {

	private final UiThread ui;
	private final Shell shell;
	private final View3dCanvas canvas;
	private final AtomicInteger picked = new AtomicInteger(Integer.MIN_VALUE);

	/**
	 * Opens the shell with its canvas.
	 *
	 * @param ui     the UI thread
	 * @param width  canvas width in pixels
	 * @param height canvas height in pixels
	 */
	public CanvasShell(UiThread ui, int width, int height) {
		this.ui = ui;
		this.shell = ui.call(() -> new Shell(ui.display()));
		this.canvas = ui.call(() -> {
			shell.setLayout(new FillLayout());
			View3dCanvas c = new View3dCanvas(shell, picked::set);
			shell.setSize(shell.computeTrim(0, 0, width, height).width, shell.computeTrim(0, 0, width, height).height);
			shell.open();
			shell.layout(true, true);
			return c;
		});
		ui.flush();
	}

	/** @return the canvas (use on the UI thread) */
	public View3dCanvas canvas() {
		return canvas;
	}

	/** @return the feature the last left click picked */
	public int picked() {
		return picked.get();
	}

	/** Shows a scene (fitted). */
	public void show(Scene scene) {
		ui.run(() -> canvas.setScene(scene));
	}

	/** @return the rendered picture */
	public ImageData snapshot() {
		return ui.call(canvas::snapshot);
	}

	@Override
	public void close() {
		ui.run(shell::dispose);
	}
}
