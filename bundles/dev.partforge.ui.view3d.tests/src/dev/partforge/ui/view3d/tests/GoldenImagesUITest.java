// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.view3d.internal.PartScenes;
import dev.partforge.ui.view3d.internal.Scene;
import dev.partforge.ui.view3d.tests.support.CanvasShell;
import dev.partforge.ui.view3d.tests.support.Pixels;
import dev.partforge.ui.view3d.tests.support.Repository;

/**
 * Three fixed parts drawn by the 3D canvas (480 x 360 pixels, iso view, perspective, fitted, hidden edges dashed)
 * under Xvfb + Mesa must look like the reviewed images in this bundle's golden/ folder: at most 1% of the pixels may
 * differ by more than 48 of 255 in a channel (rasterisation details of other Mesa versions), while turning the part
 * by 20 degrees changes far more. After a reviewed change of the view, copy target/golden/*.png to golden/.
 */
@ExtendWith(ScreenshotOnFailure.class)
final class GoldenImagesUITest {

	private static final int TOLERANCE = 48;
	private static final double MAX_DIFFERING = 0.01;

	private final PartForgeBot bot = new PartForgeBot();

	@ParameterizedTest
	@CsvSource({ "beginner-3, BEGINNER, 3", "intermediate-7, INTERMEDIATE, 7", "expert-5, EXPERT, 5" })
	void looksLikeTheReviewedImage(String name, Difficulty level, long seed) {
		Scene scene = PartScenes.of(RecipeGenerator.generate(level, seed, Units.MM), null);
		try (CanvasShell shell = new CanvasShell(bot.ui(), 480, 360)) {
			shell.show(scene);
			ImageData actual = shell.snapshot();
			Path written = Pixels.save(actual, TestOutput.dir("golden").resolve(name + ".png"));
			Path golden = Repository.root().resolve("bundles/dev.partforge.ui.view3d.tests/golden/" + name + ".png");
			assertTrue(Files.isRegularFile(golden), "no golden image " + golden + "; this run drew " + written);
			double differing = Pixels.differing(Pixels.load(golden), actual, TOLERANCE);
			assertTrue(differing <= MAX_DIFFERING, String.format("%.2f%% of the pixels differ from %s (see %s)",
					differing * 100, golden, written));

			bot.ui().run(() -> shell.canvas().camera().orbit(20, 0));
			double turned = Pixels.differing(Pixels.load(golden), shell.snapshot(), TOLERANCE);
			assertTrue(turned > 5 * MAX_DIFFERING, "the comparison sees a part turned by 20 degrees: " + turned);
		}
	}
}
