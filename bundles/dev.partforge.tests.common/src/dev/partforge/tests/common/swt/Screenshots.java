// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Captures the screen area of the active shell (or the whole display) to a PNG file. */
public final class Screenshots {

	private Screenshots() {
	}

	/**
	 * Captures the bounds of all visible top-level shells (so a dialog over the window is included).
	 *
	 * @param ui   the UI-thread helper
	 * @param file the PNG file
	 * @return the file
	 */
	public static Path capture(UiThread ui, Path file) {
		ui.flush();
		ImageData data = ui.call(() -> grab(ui.display()));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create " + file.getParent(), e);
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	/**
	 * The part of the display that {@link #capture} captures: the bounds of all visible top-level shells, or the
	 * whole display. UI thread only.
	 *
	 * @param display the display
	 * @return the area, in display coordinates
	 */
	public static Rectangle area(Display display) {
		Rectangle area = null;
		for (Shell s : display.getShells()) {
			if (!s.isDisposed() && s.isVisible()) {
				area = area == null ? s.getBounds() : area.union(s.getBounds());
			}
		}
		if (area == null) {
			area = display.getBounds();
		}
		return area.intersection(display.getBounds());
	}

	private static ImageData grab(Display display) {
		Rectangle area = area(display);
		GC gc = new GC(display);
		Image image = new Image(display, area.width, area.height);
		try {
			gc.copyArea(image, area.x, area.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
