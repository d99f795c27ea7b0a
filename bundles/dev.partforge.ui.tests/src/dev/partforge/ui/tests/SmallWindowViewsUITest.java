// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.PartForgeUi;

/**
 * The Parts and Storage views in a 640×420 window: their content sits in a scrolled composite that shows scroll bars
 * where the view is smaller than the content, and no button, label or combo is cut below the size it needs.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SmallWindowViewsUITest {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void partsAndStorageViewsScrollInsteadOfClipping() {
		Shell shell = bot.ui().call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		Rectangle before = bot.ui().call(shell::getBounds);
		try {
			bot.ui().run(() -> shell.setSize(640, 420));
			for (String id : List.of(PartForgeUi.PARTS_VIEW, PartForgeUi.STORAGE_VIEW)) {
				bot.showView(id).show();
				bot.ui().flush();
				String key = id.equals(PartForgeUi.PARTS_VIEW) ? "parts.scroller" : "storage.scroller";
				assertEquals("", bot.ui().call(() -> problems(shell, key)), id + " at 640x420");
				bot.screenshot(TestOutput.dir("screenshots").resolve("SmallWindowViewsUITest-" + id + ".png"));
			}
		} finally {
			bot.ui().run(() -> shell.setBounds(before));
		}
	}

	private static String problems(Shell shell, String key) {
		ScrolledComposite scroller = all(shell).stream().filter(ScrolledComposite.class::isInstance)
				.filter(c -> key.equals(c.getData(PartForgeUi.WIDGET_KEY))).map(ScrolledComposite.class::cast)
				.findFirst().orElse(null);
		if (scroller == null || scroller.getContent() == null) {
			return "no scrolled content";
		}
		List<String> problems = new ArrayList<>();
		Rectangle area = scroller.getClientArea();
		Point content = scroller.getContent().getSize();
		if (content.x < scroller.getMinWidth() || content.y < scroller.getMinHeight()) {
			problems.add("content " + content + " squeezed below its minimum " + scroller.getMinWidth() + "x"
					+ scroller.getMinHeight());
		}
		if (content.y > area.height && !scroller.getVerticalBar().isVisible()
				|| content.x > area.width && !scroller.getHorizontalBar().isVisible()) {
			problems.add("content " + content + " larger than " + area + " without scroll bars");
		}
		for (Control c : all(scroller.getContent())) {
			if (c instanceof Button || c instanceof Label || c instanceof Combo) {
				Point needed = c.computeSize(-1, -1);
				Point size = c.getSize();
				if (c.isVisible() && (size.x < needed.x || size.y < needed.y)) {
					problems.add(c.getClass().getSimpleName() + " '" + text(c) + "' " + size + " < " + needed);
				}
			}
		}
		return String.join("; ", problems);
	}

	private static String text(Control c) {
		return c instanceof Button b ? b.getText() : c instanceof Label l ? l.getText() : ((Combo) c).getText();
	}

	private static List<Control> all(Control root) {
		List<Control> found = new ArrayList<>(List.of(root));
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child));
			}
		}
		return found;
	}
}
