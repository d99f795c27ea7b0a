// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.benchmarks.view3d;

import java.util.Locale;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import dev.partforge.ui.view3d.internal.PartScenes;
import dev.partforge.ui.view3d.internal.Scene;
import dev.partforge.ui.view3d.internal.View3dCanvas;

/**
 * Frames per second of the Part 3D view's canvas while the camera orbits (one degree per frame, each frame drawn,
 * finished and swapped): first an empty scene (the baseline: clearing and swapping a window of this size), then
 * the largest expert part among the seeds scanned (most triangles). Arguments: frames per measurement (default
 * 600), expert seeds to scan (default 200), canvas width and height (default 1024 768).
 */
public final class View3dBenchmark {

	private View3dBenchmark() {
	}

	/** Runs the benchmark and prints a Markdown table. */
	public static void main(String[] args) {
		int frames = args.length > 0 ? Integer.parseInt(args[0]) : 600;
		int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		int width = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
		int height = args.length > 3 ? Integer.parseInt(args[3]) : 768;
		long largestSeed = 0;
		Scene largest = null;
		for (long seed = 1; seed <= seeds; seed++) {
			Scene s = PartScenes.of(RecipeGenerator.generate(Difficulty.EXPERT, seed, Units.MM), null);
			if (largest == null || s.triangleCount() > largest.triangleCount()) {
				largest = s;
				largestSeed = seed;
			}
		}
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		View3dCanvas canvas = new View3dCanvas(shell, feature -> {
		});
		shell.setSize(shell.computeTrim(0, 0, width, height).width, shell.computeTrim(0, 0, width, height).height);
		shell.open();
		if (canvas.unavailable() != null) {
			System.err.println("no OpenGL: " + canvas.unavailable());
			System.exit(1);
		}
		settle(display);
		double empty = fps(canvas, display, frames);
		canvas.setScene(largest);
		settle(display);
		double part = fps(canvas, display, frames);
		System.out.printf(Locale.ROOT, "renderer: %s; canvas %d x %d; %d frames each%n", canvas.driver(), width,
				height, frames);
		System.out.println("| scene | triangles | edge polylines | frames/s |");
		System.out.println("|---|---|---|---|");
		System.out.printf(Locale.ROOT, "| empty (baseline) | 0 | 0 | %.1f |%n", empty);
		System.out.printf(Locale.ROOT, "| largest expert part of seeds 1..%d (seed %d) | %d | %d | %.1f |%n", seeds,
				largestSeed, largest.triangleCount(), largest.edges().size(), part);
		shell.dispose();
		display.dispose();
	}

	private static double fps(View3dCanvas canvas, Display display, int frames) {
		for (int i = 0; i < frames / 10; i++) { // warm-up
			canvas.camera().orbit(1, 0);
			canvas.render(true);
		}
		long start = System.nanoTime();
		for (int i = 0; i < frames; i++) {
			canvas.camera().orbit(1, 0);
			canvas.render(true);
			while (display.readAndDispatch()) {
				// keep the window responsive, as in the workbench
			}
		}
		return frames / ((System.nanoTime() - start) / 1e9);
	}

	private static void settle(Display display) {
		long end = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.yield();
			}
		}
	}
}
