// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.OptionalLong;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.partforge.practice.StoredEnums;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.ui.internal.Labels;
import dev.partforge.ui.internal.Messages;

/** Asks for the difficulty, an optional seed and the units of a part to generate. */
final class GeneratePartDialog extends TitleAreaDialog {

	/**
	 * What to generate.
	 *
	 * @param difficulty the level
	 * @param seed       the seed, empty for a random one
	 * @param units      the units
	 */
	record Request(Difficulty difficulty, OptionalLong seed, Units units) {
	}

	private final Units defaultUnits;
	private final Difficulty defaultDifficulty;
	private Combo difficulty;
	private Text seed;
	private Combo units;
	private Request request;

	GeneratePartDialog(Shell parent, Difficulty defaultDifficulty, Units defaultUnits) {
		super(parent);
		this.defaultDifficulty = defaultDifficulty;
		this.defaultUnits = defaultUnits;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Generate_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Generate_title);
		setMessage(Messages.Generate_message);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(form);
		label(form, Messages.Generate_difficulty);
		difficulty = new Combo(form, SWT.READ_ONLY);
		for (Difficulty d : Difficulty.values()) {
			difficulty.add(Labels.difficulty(StoredEnums.toModel(d)));
		}
		difficulty.select(defaultDifficulty.ordinal());
		label(form, Messages.Generate_seed);
		seed = new Text(form, SWT.BORDER);
		seed.setMessage(Messages.Generate_seedHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(seed);
		seed.addModifyListener(e -> validate());
		label(form, Messages.Generate_units);
		units = new Combo(form, SWT.READ_ONLY);
		units.setItems(Messages.Units_mm, Messages.Units_inch);
		units.select(defaultUnits == Units.INCH ? 1 : 0);
		return area;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private void validate() {
		String text = seed.getText().strip();
		boolean ok = text.isEmpty() || parseSeed(text).isPresent();
		setErrorMessage(ok ? null : Messages.Generate_badSeed);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(ok);
		}
	}

	private static OptionalLong parseSeed(String text) {
		try {
			long value = Long.parseLong(text);
			return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
		} catch (NumberFormatException e) {
			return OptionalLong.empty(); // shown as the dialog's error message by validate()
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Generate_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String text = seed.getText().strip();
		request = new Request(Difficulty.values()[difficulty.getSelectionIndex()],
				text.isEmpty() ? OptionalLong.empty() : parseSeed(text),
				units.getSelectionIndex() == 1 ? Units.INCH : Units.MM);
		super.okPressed();
	}

	/** @return what to generate, after OK */
	Request request() {
		return request;
	}
}
