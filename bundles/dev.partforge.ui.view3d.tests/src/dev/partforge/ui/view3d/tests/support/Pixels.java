// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;

/** Pixel checks on rendered pictures: colours, differences, PNG files. */
public final class Pixels {

	private Pixels() {
	}

	/** @return the colour at (x, y) */
	public static RGB at(ImageData image, int x, int y) {
		return image.palette.getRGB(image.getPixel(x, y));
	}

	/** @return the largest channel difference of two colours */
	public static int distance(RGB a, RGB b) {
		return Math.max(Math.abs(a.red - b.red), Math.max(Math.abs(a.green - b.green), Math.abs(a.blue - b.blue)));
	}

	/**
	 * @return the share (0..1) of pixels whose colour differs by more than {@code tolerance} in some channel; 1 when
	 *         the sizes differ
	 */
	public static double differing(ImageData a, ImageData b, int tolerance) {
		if (a.width != b.width || a.height != b.height) {
			return 1;
		}
		long count = 0;
		for (int y = 0; y < a.height; y++) {
			for (int x = 0; x < a.width; x++) {
				if (distance(at(a, x, y), at(b, x, y)) > tolerance) {
					count++;
				}
			}
		}
		return (double) count / (a.width * a.height);
	}

	/** Writes a PNG. */
	public static Path save(ImageData image, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	/** Reads a PNG. */
	public static ImageData load(Path file) {
		return new ImageLoader().load(file.toString())[0];
	}
}
