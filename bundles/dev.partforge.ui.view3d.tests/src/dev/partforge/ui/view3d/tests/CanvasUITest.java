// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.view3d.tests.support.CanvasShell;
import dev.partforge.ui.view3d.tests.support.Cube;
import dev.partforge.ui.view3d.tests.support.Pixels;

/** The GL canvas in a shell of its own under Xvfb + Mesa: it draws a hand-made box. */
@ExtendWith(ScreenshotOnFailure.class)
final class CanvasUITest {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void drawsTheBoxOverTheBackground() {
		try (CanvasShell shell = new CanvasShell(bot.ui(), 320, 240)) {
			assertNull(bot.ui().call(() -> shell.canvas().unavailable()), "OpenGL is available under Xvfb + Mesa");
			shell.show(Cube.box(40, 30, 20));
			ImageData image = shell.snapshot();
			Pixels.save(image, TestOutput.dir("screenshots").resolve("CanvasUITest-box.png"));
			RGB corner = Pixels.at(image, 2, 2);
			RGB centre = Pixels.at(image, 160, 120);
			assertTrue(Pixels.distance(corner, centre) > 30, "the box differs from the background: " + corner + " "
					+ centre);
		}
	}
}
