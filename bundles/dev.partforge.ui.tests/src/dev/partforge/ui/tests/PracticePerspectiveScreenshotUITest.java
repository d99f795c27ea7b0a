// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.Screenshots;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.tests.pages.PartsViewPage;
import dev.partforge.ui.tests.pages.TimerViewPage;

/**
 * The README's picture of the Practice perspective, made from real data: a dozen generated parts, attempts over the
 * last days, a part open in the timer. Saved as {@code target/screenshots/practice-perspective.png}, then read back:
 * it is the size of the workbench window, and where the Parts, Timer and Progress views are it shows their content
 * (ink, and the Progress charts' colours), not an empty or black window.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PracticePerspectiveScreenshotUITest {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void practicePerspectiveWithRealParts() throws Exception {
		PartLibrary library = Components.service(PartLibrary.class);
		PartStore store = Components.service(PartStore.class);
		List<StoredPart> parts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			parts.add(library.generate(Difficulty.values()[i % 3], OptionalLong.of(7_000 + i * 37L),
					i % 4 == 3 ? Units.INCH : Units.MM));
		}
		List<UserRecord> records = new ArrayList<>();
		Instant now = Instant.now();
		for (int day = 9; day >= 1; day--) {
			StoredPart p = parts.get(day % parts.size());
			UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
			r.setPartId(p.getId());
			r.setDate(Date.from(now.minus(Duration.ofDays(day))));
			r.setTimeSpent((4 + (day * 7L) % 11) * 60_000 * (1 + p.getRecipe().getDifficulty().getValue()));
			r.setCompleted(day % 4 != 0);
			records.add(r);
		}
		store.addRecords(records);
		StoredPart bookmarked = parts.get(4);
		bookmarked.setBookmarked(true);
		store.putPart(bookmarked);

		ViewHandle progressView = bot.showView(PartForgeUi.PROGRESS_VIEW);
		PartsViewPage partsView = new PartsViewPage(bot);
		partsView.open(parts.get(1).getId());
		TimerViewPage timer = new TimerViewPage(bot);
		bot.waitFor("the timer runs", () -> "Running".equals(timer.state()));
		bot.waitFor("the clock shows seconds", () -> TimerViewPage.parse(timer.time()).toSeconds() >= 2);
		bot.waitFor("the parts are listed", () -> partsView.table().rowCount() >= 12);
		Rectangle area = bot.ui().call(() -> Screenshots.area(bot.ui().display()));
		Map<String, Rectangle> views = new LinkedHashMap<>();
		views.put("Parts", partsView.view().displayBounds());
		views.put("Timer", timer.view().displayBounds());
		views.put("Progress", progressView.displayBounds());
		Path shot = bot.screenshot(TestOutput.dir("screenshots").resolve("practice-perspective.png"));

		ImageData image = new ImageLoader().load(shot.toString())[0];
		assertEquals(area.width + "x" + area.height, image.width + "x" + image.height, "the workbench window");
		views.forEach((name, bounds) -> {
			Rectangle r = new Rectangle(bounds.x - area.x, bounds.y - area.y, bounds.width, bounds.height);
			assertTrue(r.width > 100 && r.height > 50 && new Rectangle(0, 0, image.width, image.height).contains(r.x, r.y)
					&& r.x + r.width <= image.width && r.y + r.height <= image.height, name + " view in the picture: " + r);
			int[] ink = ink(image, r);
			double dark = ink[0] / (double) (r.width * r.height);
			assertTrue(dark > 0.003 && dark < 0.5, name + " view shows content (text, lines): " + ink[0] + " dark of "
					+ r.width * r.height + " pixels");
		});
		Rectangle progress = views.get("Progress");
		int coloured = ink(image, new Rectangle(progress.x - area.x, progress.y - area.y, progress.width,
				progress.height))[1];
		assertTrue(coloured > 200, "the Progress view shows its coloured charts: " + coloured + " coloured pixels");
	}

	/** @return the dark pixels and the strongly coloured pixels in a region of an image */
	private static int[] ink(ImageData image, Rectangle r) {
		int dark = 0;
		int coloured = 0;
		for (int y = r.y; y < r.y + r.height; y++) {
			for (int x = r.x; x < r.x + r.width; x++) {
				RGB c = image.palette.getRGB(image.getPixel(x, y));
				if (c.red + c.green + c.blue < 300) {
					dark++;
				}
				int max = Math.max(c.red, Math.max(c.green, c.blue));
				int min = Math.min(c.red, Math.min(c.green, c.blue));
				if (max - min > 80) {
					coloured++;
				}
			}
		}
		return new int[] { dark, coloured };
	}
}
