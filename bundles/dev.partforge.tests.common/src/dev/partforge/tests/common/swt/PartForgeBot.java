// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the real PartForge workbench from a test thread, in the manner of SWTBot's {@code SWTWorkbenchBot}: find
 * a view, shell, menu, button, table or text by the label a user sees, click, type, wait for a condition, take a
 * screenshot. Tests run with {@code useUIThread=false}; every widget access goes through {@link UiThread}.
 */
public final class PartForgeBot {

	/** The widget data key under which the application names widgets for tests (SWTBot's default key). */
	public static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key";

	/** Default time to wait for a widget or condition. */
	public static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final UiThread ui;

	/** Creates a bot for the running workbench; waits until its window is open. */
	public PartForgeBot() {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!PlatformUI.isWorkbenchRunning() && System.nanoTime() < end) {
			UiThread.sleep(100);
		}
		if (!PlatformUI.isWorkbenchRunning()) {
			throw new AssertionError("the workbench is not running (is the test using the UI harness?)");
		}
		this.ui = new UiThread(PlatformUI.getWorkbench().getDisplay());
		ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0,
				TIMEOUT);
	}

	/**
	 * Returns the UI-thread helper, for custom checks.
	 *
	 * @return the helper
	 */
	public UiThread ui() {
		return ui;
	}

	/**
	 * Returns the workbench window's shell.
	 *
	 * @return the main shell
	 */
	public ShellHandle workbenchShell() {
		return new ShellHandle(ui, ui.call(() -> window().getShell()));
	}

	/**
	 * Shows a view by its id and returns it.
	 *
	 * @param viewId the view id
	 * @return the view
	 */
	public ViewHandle showView(String viewId) {
		IViewPart part = ui.call(() -> {
			try {
				return window().getActivePage().showView(viewId);
			} catch (PartInitException e) {
				throw new AssertionError("cannot show view " + viewId, e);
			}
		});
		return new ViewHandle(ui, part);
	}

	/**
	 * Finds an open view by its title, waiting for it.
	 *
	 * @param title the title on the view's tab, e.g. {@code "Parts"}
	 * @return the view
	 */
	public ViewHandle view(String title) {
		ui.waitUntil("view '" + title + "' is open", () -> findView(title).isPresent(), TIMEOUT);
		return new ViewHandle(ui, ui.call(() -> findView(title).orElseThrow().getView(true)));
	}

	private Optional<IViewReference> findView(String title) {
		IWorkbenchPage page = window().getActivePage();
		return page == null ? Optional.empty()
				: Arrays.stream(page.getViewReferences()).filter(r -> title.equals(r.getPartName())).findFirst();
	}

	/**
	 * Returns the id of the active perspective.
	 *
	 * @return the perspective id
	 */
	public String activePerspectiveId() {
		return ui.call(() -> window().getActivePage().getPerspective().getId());
	}

	/**
	 * Waits for a shell (dialog or window) with a title to be open.
	 *
	 * @param title the shell's title
	 * @return the shell
	 */
	public ShellHandle shell(String title) {
		ui.waitUntil("shell '" + title + "' is open", () -> findShell(title) != null, TIMEOUT);
		return new ShellHandle(ui, ui.call(() -> findShell(title)));
	}

	private Shell findShell(String title) {
		return Arrays.stream(ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible())
				.filter(s -> title.equals(s.getText())).findFirst().orElse(null);
	}

	/**
	 * Clicks a main-menu item by its path of labels, e.g. {@code menu("Help", "About PartForge")}.
	 *
	 * @param path the labels from the menu bar down
	 */
	public void menu(String... path) {
		MenuItem item = ui.call(() -> {
			Menu menu = window().getShell().getMenuBar();
			MenuItem found = null;
			for (String label : path) {
				if (menu == null) {
					throw new AssertionError("menu path " + Arrays.toString(path) + ": '" + label + "' has no menu");
				}
				populate(menu);
				found = Arrays.stream(menu.getItems()).filter(i -> label.equals(Widgets.label(i.getText())))
						.findFirst().orElseThrow(() -> new AssertionError("no menu item '" + label + "' in "
								+ Arrays.toString(path)));
				menu = found.getMenu();
			}
			return found;
		});
		ui.post(() -> {
			if (!item.isDisposed()) {
				item.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		});
	}

	private static void populate(Menu menu) {
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
	}

	/**
	 * Waits until a condition holds; see {@link UiThread#waitUntil}.
	 *
	 * @param what      the condition, for the failure message
	 * @param condition evaluated on the UI thread
	 */
	public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
		ui.waitUntil(what, condition, TIMEOUT);
	}

	/**
	 * Waits until a condition holds, evaluating it on the test thread (so it may use handles, services and files).
	 *
	 * @param what      the condition, for the failure message
	 * @param condition evaluated on the test thread every 100 ms
	 */
	public void waitFor(String what, java.util.function.BooleanSupplier condition) {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out after " + TIMEOUT.toMillis() + " ms waiting for: " + what);
			}
			UiThread.sleep(100);
		}
	}

	/**
	 * Saves a screenshot of the workbench window (or the active dialog on top of it) as PNG.
	 *
	 * @param file the PNG file to write
	 * @return the file
	 */
	public Path screenshot(Path file) {
		return Screenshots.capture(ui, file);
	}

	private IWorkbenchWindow window() {
		IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return w != null ? w : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	/**
	 * Returns the composite of the active workbench window's shell.
	 *
	 * @return the shell as a composite
	 */
	Composite windowComposite() {
		return ui.call(() -> window().getShell());
	}
}
