// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests.support;

import java.nio.file.Path;
import java.util.Map;


import dev.partforge.tests.common.swt.KeyedWidgets;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.ui.export.PartForgeExportUi;

/** Page object of the Export Parts wizard. */
public final class ExportWizardBot {

	/** The wizard dialog's title. */
	public static final String TITLE = "Export Parts";

	private final PartForgeBot bot;
	private final ShellHandle shell;
	private final KeyedWidgets widgets;

	private ExportWizardBot(PartForgeBot bot) {
		this.bot = bot;
		this.shell = bot.shell(TITLE);
		this.widgets = KeyedWidgets.shell(bot.ui(), TITLE);
		// loaded from the store in a Job: ready once the destination is filled in
		bot.waitUntil("the wizard has loaded parts and preferences",
				() -> !widgets.root().isDisposed()
						&& widgets.find(org.eclipse.swt.widgets.Text.class, "export.destination").getEnabled());
	}

	/**
	 * Opens the wizard with its command (Ctrl+Shift+E).
	 *
	 * @param bot the bot
	 * @return the wizard
	 */
	public static ExportWizardBot open(PartForgeBot bot) {
		Commands.execute(bot, PartForgeExportUi.OPEN_COMMAND, Map.of());
		return new ExportWizardBot(bot);
	}

	/** @return the widgets, for checks */
	public KeyedWidgets widgets() {
		return widgets;
	}

	/** @param labelPrefix start of the exporter's label @return this */
	public ExportWizardBot format(String labelPrefix) {
		widgets.selectCombo("export.format", labelPrefix);
		return this;
	}

	/** @param ids the part ids to check (others unchecked) @return this */
	public ExportWizardBot parts(String... ids) {
		widgets.checkOnly("export.parts", ids);
		return this;
	}

	/** @param prefix start of the paper label, e.g. "A3" @return this */
	public ExportWizardBot paper(String prefix) {
		widgets.selectCombo("export.paper", prefix);
		return this;
	}

	/** @param label "Each part's own units", "Millimetres" or "Inches" @return this */
	public ExportWizardBot units(String label) {
		widgets.selectCombo("export.units", label);
		return this;
	}

	/** @param prefix "First angle" or "Third angle" @return this */
	public ExportWizardBot projection(String prefix) {
		widgets.selectCombo("export.projection", prefix);
		return this;
	}

	/** @param prefix "AP214" or "AP242" @return this */
	public ExportWizardBot stepSchema(String prefix) {
		widgets.selectCombo("export.stepSchema", prefix);
		return this;
	}

	/**
	 * @param key a control's key, e.g. {@code export.paper}
	 * @return whether the control is shown
	 */
	public boolean shows(String key) {
		return bot.ui().call(() -> shown(widgets.root(), key));
	}

	/** Searches hidden controls too (the bot's search sees only visible ones); UI thread only. */
	private static boolean shown(org.eclipse.swt.widgets.Control c, String key) {
		if (key.equals(c.getData(KeyedWidgets.KEY))) {
			return c.isVisible();
		}
		if (c instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				if (shown(child, key)) {
					return true;
				}
			}
		}
		return false;
	}

	/** @param prefix "R2013" or "R12" @return this */
	public ExportWizardBot dxfVersion(String prefix) {
		widgets.selectCombo("export.dxfVersion", prefix);
		return this;
	}

	/** @param title title block on @param dimensions dimensions on @return this */
	public ExportWizardBot content(boolean title, boolean dimensions) {
		widgets.setChecked("export.title", title);
		widgets.setChecked("export.dimensions", dimensions);
		return this;
	}

	/** @param folder the folder; one file per part @return this */
	public ExportWizardBot filePerPartInto(Path folder) {
		widgets.selectRadio("export.perPart");
		widgets.setText("export.destination", folder.toString());
		return this;
	}

	/** @param file the practice-set file @return this */
	public ExportWizardBot practiceSetInto(Path file) {
		widgets.selectRadio("export.set");
		widgets.setText("export.destination", file.toString());
		return this;
	}

	/** @param file the file of the one checked part @return this */
	public ExportWizardBot fileInto(Path file) {
		widgets.setText("export.destination", file.toString());
		return this;
	}

	/** Presses Finish and waits until the wizard closes. */
	public void finish() {
		shell.button("Finish").click();
		shell.waitUntilClosed();
	}

	/** Presses Cancel and waits until the wizard closes. */
	public void cancel() {
		shell.button("Cancel").click();
		shell.waitUntilClosed();
	}

	/** @return the bot */
	public PartForgeBot bot() {
		return bot;
	}
}
