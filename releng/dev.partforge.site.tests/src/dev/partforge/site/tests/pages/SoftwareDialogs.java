// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.site.tests.pages;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.UiThread;

/**
 * The platform's p2 dialogs as a user drives them from the Help menu: Install New Software... (the "Install" wizard)
 * and Installation Details (its "Installed Software" page and the "Uninstall" wizard), and the "Software Updates"
 * restart prompt that follows a change. Waits for p2's jobs by waiting for what they show, with {@link #P2_TIMEOUT}.
 */
public final class SoftwareDialogs {

	/** How long a p2 resolution or provisioning job may take before the test fails. */
	public static final Duration P2_TIMEOUT = Duration.ofMinutes(2);

	private static final String INSTALL = "Install";
	private static final String RESTART = "Software Updates";

	private final PartForgeBot bot;
	private final UiThread ui;

	/**
	 * Creates the page object.
	 *
	 * @param bot the bot of the running workbench
	 */
	public SoftwareDialogs(PartForgeBot bot) {
		this.bot = bot;
		this.ui = bot.ui();
	}

	/**
	 * Opens Help > Install New Software... and chooses the site in "Work with".
	 *
	 * @param site an update site the running p2 knows
	 */
	public void openInstallWorkingWith(URI site) {
		bot.menu("Help", "Install New Software...");
		waitUntil("the site is offered in Work with", () -> siteIndex(site) >= 0);
		ui.run(() -> {
			Combo workWith = find(shell(INSTALL).orElseThrow(), Combo.class).get(0);
			workWith.select(siteIndex(site));
			workWith.notifyListeners(SWT.Selection, new Event());
		});
	}

	/**
	 * Returns the top-level items (categories) the Install wizard lists.
	 *
	 * @return their labels
	 */
	public List<String> categories() {
		return ui.call(() -> shell(INSTALL).map(s -> find(s, Tree.class)).orElse(List.of()).stream()
				.flatMap(t -> Arrays.stream(t.getItems())).map(TreeItem::getText).toList());
	}

	/**
	 * Installs a feature through the open Install wizard: checks it under its category, Next, and once p2 has resolved
	 * the installation ("Install Details"), accepts its license ("Review Licenses") and Finish; returns when the
	 * wizard has closed (the install job then runs).
	 *
	 * @param category the category label, e.g. {@code "PartForge Exporter: SVG"}
	 * @param feature  the feature's name
	 */
	public void checkAndFinishInstall(String category, String feature) {
		waitUntil("the category " + category + " is listed", () -> categories().contains(category));
		waitUntil("the feature " + feature + " is listed under " + category,
				() -> featureItem(category, feature) != null);
		ui.run(() -> {
			TreeItem item = featureItem(category, feature);
			item.setChecked(true);
			Event e = new Event();
			e.item = item;
			e.detail = SWT.CHECK;
			item.getParent().notifyListeners(SWT.Selection, e);
		});
		click(INSTALL, "Next >");
		waitUntil("p2 has resolved the installation", () -> showsPage(INSTALL, "Install Details")
				&& (enabled(INSTALL, "Next >") || enabled(INSTALL, "Finish")));
		if (enabled(INSTALL, "Next >")) {
			click(INSTALL, "Next >");
			waitUntil("the licenses are shown", () -> showsPage(INSTALL, "Review Licenses"));
			ui.run(() -> {
				Button accept = find(shell(INSTALL).orElseThrow(), Button.class).stream()
						.filter(b -> (b.getStyle() & SWT.RADIO) != 0)
						.filter(b -> b.getText().replace("&", "").startsWith("I accept the terms")).findFirst()
						.orElseThrow();
				accept.setSelection(true);
				accept.notifyListeners(SWT.Selection, new Event());
			});
		}
		click(INSTALL, "Finish");
		waitUntil("the Install wizard closes", () -> shell(INSTALL).isEmpty());
	}

	/**
	 * Answers p2's "Trust Artifacts" prompt if the install job asks (it checks the artifacts it fetches; the site's
	 * bundles are unsigned): Select All, Trust Selected. Returns once the job has come to its restart prompt or to the
	 * trust prompt and that was answered.
	 */
	public void trustArtifactsIfAsked() {
		String trust = "Trust Artifacts";
		waitUntil("the install job asks to trust its artifacts or to restart",
				() -> shell(trust).isPresent() || shell(RESTART).isPresent());
		if (ui.call(() -> shell(trust).isPresent())) {
			click(trust, "Select All");
			click(trust, "Trust Selected");
			waitUntil("the trust prompt closes", () -> shell(trust).isEmpty());
		}
	}

	/** Cancels the open Install wizard. */
	public void cancelInstall() {
		click(INSTALL, "Cancel");
		waitUntil("the Install wizard closes", () -> shell(INSTALL).isEmpty());
	}

	/**
	 * Uninstalls a feature the Eclipse way: Help > Installation Details, select it on "Installed Software",
	 * Uninstall..., Finish in the Uninstall wizard once p2 has resolved it; returns when the wizard and Installation
	 * Details (which the platform closes as the uninstall starts) have closed.
	 *
	 * @param feature the feature's name
	 */
	public void uninstall(String feature) {
		bot.menu("Help", "Installation Details");
		String details = "PartForge Installation Details";
		waitUntil("the installed software lists " + feature,
				() -> shell(details).flatMap(s -> item(s, feature)).isPresent());
		ui.run(() -> {
			TreeItem item = item(shell(details).orElseThrow(), feature).orElseThrow();
			Tree tree = item.getParent();
			tree.setSelection(item);
			Event e = new Event();
			e.item = item;
			tree.notifyListeners(SWT.Selection, e);
		});
		click(details, "Uninstall...");
		click("Uninstall", "Finish");
		waitUntil("the Uninstall wizard and Installation Details close",
				() -> shell("Uninstall").isEmpty() && shell(details).isEmpty());
	}

	/**
	 * Waits for p2's "Software Updates" prompt "Restart PartForge to apply the software update?", which comes when
	 * the provisioning job has changed the profile, and answers "No" (a restart would end the test JVM).
	 */
	public void declineRestart() {
		click(RESTART, "No");
		waitUntil("the restart prompt closes", () -> shell(RESTART).isEmpty());
	}

	private void click(String shellTitle, String label) {
		waitUntil("button '" + label + "' is enabled in '" + shellTitle + "'",
				() -> button(shellTitle, label).filter(Button::isEnabled).isPresent());
		ui.post(() -> button(shellTitle, label).ifPresent(b -> b.notifyListeners(SWT.Selection, new Event())));
	}

	private boolean enabled(String shellTitle, String label) {
		return ui.call(() -> button(shellTitle, label).filter(Button::isEnabled).isPresent());
	}

	private boolean showsPage(String shellTitle, String pageTitle) {
		return ui.call(() -> shell(shellTitle).map(s -> find(s, Label.class).stream()
				.anyMatch(l -> pageTitle.equals(l.getText()) && l.isVisible())).orElse(false));
	}

	private Optional<Button> button(String shellTitle, String label) {
		return shell(shellTitle).flatMap(s -> find(s, Button.class).stream()
				.filter(b -> label.equals(b.getText().replace("&", "").trim())).findFirst());
	}

	private TreeItem featureItem(String category, String feature) {
		Optional<Shell> install = shell(INSTALL);
		if (install.isEmpty()) {
			return null;
		}
		for (Tree tree : find(install.get(), Tree.class)) {
			for (TreeItem top : tree.getItems()) {
				if (category.equals(top.getText())) {
					if (!top.getExpanded()) {
						Event e = new Event();
						e.item = top;
						tree.notifyListeners(SWT.Expand, e);
						top.setExpanded(true);
					}
					for (TreeItem child : top.getItems()) {
						if (feature.equals(child.getText())) {
							return child;
						}
					}
				}
			}
		}
		return null;
	}

	private static Optional<TreeItem> item(Shell shell, String label) {
		return find(shell, Tree.class).stream().flatMap(t -> Arrays.stream(t.getItems()))
				.filter(i -> label.equals(i.getText())).findFirst();
	}

	private int siteIndex(URI site) {
		return ui.call(() -> {
			List<Combo> combos = shell(INSTALL).map(s -> find(s, Combo.class)).orElse(List.of());
			if (combos.isEmpty()) {
				return -1;
			}
			String[] items = combos.get(0).getItems();
			String path = site.getPath().replaceAll("/$", "");
			for (int i = 0; i < items.length; i++) {
				if (items[i].contains(path)) {
					return i;
				}
			}
			return -1;
		});
	}

	/** Waits on the UI thread; on a timeout the message names the open shells. */
	private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
		try {
			ui.waitUntil(what, condition, P2_TIMEOUT);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + " (open shells: " + ui.call(() -> Arrays
					.stream(ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible()).map(Shell::getText)
					.toList()) + ")", e);
		}
	}

	private Optional<Shell> shell(String title) {
		return Arrays.stream(ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible())
				.filter(s -> title.equals(s.getText())).findFirst();
	}

	private static <T extends Control> List<T> find(Control root, Class<T> type) {
		ArrayList<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}
}
