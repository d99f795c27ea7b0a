// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.partforge.drawing.Projection;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.PaperChoice;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.export.DxfVersion;
import dev.partforge.export.StepSchema;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;

/**
 * The export wizard's page: format, parts, drawing options and destination. The parts and the last choices are read
 * from the store in a Job; the page is complete once they are shown and the choice is valid.
 */
final class ExportPartsPage extends WizardPage {

	/** Widget data key under which controls are named for UI tests. */
	static final String KEY = "org.eclipse.swtbot.widget.key";

	private final PartStore store;
	private final ExporterRegistry registry;
	private final List<String> selected;
	private List<ExporterDescriptor> formats = List.of();
	private Combo format;
	private PartsTable parts;
	private Combo paper;
	private Combo units;
	private Combo projection;
	private Combo dxfVersion;
	private Combo stepSchema;
	private Button title;
	private Button dimensions;
	private Button iso;
	private Button sections;
	private Button perPart;
	private Button practiceSet;
	private Label destinationLabel;
	private Text destination;
	private ExportMemory memory;
	private boolean destinationIsFolder;
	private String extension;
	private String destinationKind = "";

	ExportPartsPage(PartStore store, ExporterRegistry registry, List<String> selected) {
		super("dev.partforge.ui.export.page");
		this.store = store;
		this.registry = registry;
		this.selected = selected;
		setTitle(Messages.Page_title);
		setDescription(Messages.Page_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.Page_format);
		format = combo(page, "export.format");
		formats = registry.exporters();
		format.setItems(formats.stream().map(ExportPartsPage::formatLabel).toArray(String[]::new));
		parts = new PartsTable(page, this::update);
		createDrawingGroup(page);
		createDestinationGroup(page);
		setControl(page);
		setEnabled(false);
		if (formats.isEmpty()) {
			setErrorMessage(Messages.Page_noExporters);
		}
		load();
	}

	static String formatLabel(ExporterDescriptor d) {
		return d.label() + " (*." + d.fileExtension() + ")";
	}

	private void createDrawingGroup(Composite page) {
		Group group = group(page, Messages.Page_drawing);
		label(group, Messages.Page_paper);
		paper = combo(group, "export.paper");
		paper.setItems(PaperChoice.offered().stream().map(Labels::paper).toArray(String[]::new));
		label(group, Messages.Page_units);
		units = combo(group, "export.units");
		units.setItems(Messages.Units_own, Labels.units(Units.MM), Labels.units(Units.INCH));
		label(group, Messages.Page_projection);
		projection = combo(group, "export.projection");
		projection.setItems(Labels.projection(Projection.FIRST_ANGLE), Labels.projection(Projection.THIRD_ANGLE));
		label(group, Messages.Page_dxfVersion);
		dxfVersion = combo(group, "export.dxfVersion");
		dxfVersion.setItems(Labels.dxfVersion(DxfVersion.R2013), Labels.dxfVersion(DxfVersion.R12));
		label(group, Messages.Page_stepSchema);
		stepSchema = combo(group, "export.stepSchema");
		stepSchema.setItems(Messages.StepSchema_ap214, Messages.StepSchema_ap242);
		title = check(group, Messages.Page_title_block, "export.title");
		dimensions = check(group, Messages.Page_dimensions, "export.dimensions");
		iso = check(group, Messages.Page_iso, "export.iso");
		sections = check(group, Messages.Page_sections, "export.sections");
	}

	private void createDestinationGroup(Composite page) {
		Group group = group(page, Messages.Page_destination);
		perPart = radio(group, Messages.Page_perPart, "export.perPart");
		practiceSet = radio(group, Messages.Page_set, "export.set");
		destinationLabel = new Label(group, SWT.NONE);
		Composite row = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		destination = new Text(row, SWT.BORDER | SWT.SINGLE);
		destination.setData(KEY, "export.destination");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(destination);
		destination.addModifyListener(e -> update());
		Button browse = new Button(row, SWT.PUSH);
		browse.setText(Messages.Page_browse);
		browse.addListener(SWT.Selection, e -> browse());
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	/** Shows the choices the format uses and hides the others (a label goes with the control after it). */
	private void showOptionsOf(ExporterDescriptor d) {
		FormatOptions o = FormatOptions.of(d == null ? null : d.formatId());
		boolean changed = visible(paper, o.drawing()) | visible(projection, o.drawing()) | visible(title, o.drawing())
				| visible(dimensions, o.drawing()) | visible(iso, o.drawing()) | visible(sections, o.drawing())
				| visible(dxfVersion, o.dxfVersion())
				| visible(stepSchema, o.stepSchema());
		if (changed) {
			paper.getParent().getParent().layout(true, true);
		}
	}

	private static boolean visible(Control c, boolean on) {
		if (c.getVisible() == on && ((GridData) c.getLayoutData()).exclude == !on) {
			return false;
		}
		List<Control> row = new ArrayList<>(List.of(c));
		Control[] siblings = c.getParent().getChildren();
		int i = Arrays.asList(siblings).indexOf(c);
		if (i > 0 && siblings[i - 1] instanceof Label) {
			row.add(siblings[i - 1]);
		}
		for (Control r : row) {
			if (!(r.getLayoutData() instanceof GridData)) {
				r.setLayoutData(new GridData());
			}
			((GridData) r.getLayoutData()).exclude = !on;
			r.setVisible(on);
		}
		return true;
	}

	private static Group group(Composite page, String text) {
		Group group = new Group(page, SWT.NONE);
		group.setText(text);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		return group;
	}

	private Combo combo(Composite parent, String key) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.addListener(SWT.Selection, e -> update());
		return combo;
	}

	private Button check(Composite parent, String text, String key) {
		return button(parent, SWT.CHECK, text, key);
	}

	private Button radio(Composite parent, String text, String key) {
		return button(parent, SWT.RADIO, text, key);
	}

	private Button button(Composite parent, int style, String text, String key) {
		Button button = new Button(parent, style);
		button.setText(text);
		button.setData(KEY, key);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.addListener(SWT.Selection, e -> update());
		return button;
	}

	private void setEnabled(boolean enabled) {
		for (var c : new Control[] { format, paper, units, projection, dxfVersion, stepSchema,
				title, dimensions, iso, sections, perPart, practiceSet, destination }) {
			c.setEnabled(enabled);
		}
		parts.setEnabled(enabled);
	}

	private void load() {
		Job job = Job.create(Messages.Page_loading, monitor -> {
			List<PartItem> items = store.listParts(PartQuery.ALL).stream().map(PartItem::of).toList();
			ExportMemory last = ExportMemory.load(store);
			getShell().getDisplay().asyncExec(() -> show(items, last));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(List<PartItem> items, ExportMemory last) {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		memory = last;
		parts.setInput(items, selected);
		int f = last.formatId().map(id -> indexOfFormat(id)).orElse(-1);
		format.select(Math.max(0, f));
		ExportSettings s = last.settings();
		paper.select(PaperChoice.offered().indexOf(s.paper()));
		units.select(0); // the part's own units unless the user picks others for this export
		projection.select(s.projection() == Projection.THIRD_ANGLE ? 1 : 0);
		dxfVersion.select(s.dxfVersion() == DxfVersion.R12 ? 1 : 0);
		stepSchema.select(s.stepSchema() == StepSchema.AP242 ? 1 : 0);
		title.setSelection(s.includeTitle());
		dimensions.setSelection(s.includeDimensions());
		iso.setSelection(s.includeIso());
		sections.setSelection(s.sections());
		practiceSet.setSelection(last.practiceSet());
		perPart.setSelection(!last.practiceSet());
		setEnabled(true);
		update();
	}

	private int indexOfFormat(String id) {
		for (int i = 0; i < formats.size(); i++) {
			if (formats.get(i).formatId().equalsIgnoreCase(id)) {
				return i;
			}
		}
		return -1;
	}

	/** @return the folder of the destination shown, else the last export's, else the home folder */
	private Path folder() {
		Path shown = destination.getText().isBlank() ? null : destinationPath();
		if (shown != null) {
			return destinationIsFolder || Files.isDirectory(shown) || shown.getParent() == null ? shown
					: shown.getParent();
		}
		return memory.folder().orElse(Path.of(System.getProperty("user.home")));
	}

	private Path defaultDestination() {
		List<String> ids = parts.checkedIds();
		ExporterDescriptor d = format();
		if (d == null || ids.size() != 1 && perPart.getSelection()) {
			return folder();
		}
		String name = ids.size() == 1 ? ids.get(0) : Messages.Page_setFileName;
		return folder().resolve(ExportChoices.fileName(name, d.fileExtension()));
	}

	private void update() {
		if (memory == null) {
			return;
		}
		showOptionsOf(format());
		int count = parts.checkedIds().size();
		perPart.setEnabled(count > 1);
		practiceSet.setEnabled(count > 1);
		boolean toFolder = count != 1 && perPart.getSelection();
		destinationLabel.setText(toFolder ? Messages.Page_folder : Messages.Page_file);
		destinationLabel.getParent().layout(true, true);
		String kind = toFolder ? "folder" : count == 1 ? "part:" + parts.checkedIds().get(0) : "set";
		if (!kind.equals(destinationKind)) {
			// one part, a practice set and a folder each get their own default name, in the folder shown
			Path next = defaultDestination();
			destinationKind = kind;
			destinationIsFolder = toFolder;
			destination.setText(next.toString());
			return; // the modify listener calls update again
		}
		if (!toFolder && followFormatExtension()) {
			return; // the modify listener calls update again
		}
		String error = validate(count, toFolder);
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/**
	 * Keeps a file destination's extension in step with the format: {@code B-1.pdf} becomes {@code B-1.step} when
	 * the format changes from PDF to STEP (a name the user typed with another extension stays).
	 *
	 * @return whether the destination text was changed
	 */
	private boolean followFormatExtension() {
		ExporterDescriptor d = format();
		String previous = extension;
		extension = d == null ? null : d.fileExtension();
		String text = destination.getText();
		if (previous == null || extension == null || previous.equals(extension) || !text.endsWith("." + previous)) {
			return false;
		}
		destination.setText(text.substring(0, text.length() - previous.length()) + extension);
		return true;
	}

	private String validate(int count, boolean toFolder) {
		if (format() == null) {
			return Messages.Page_noExporters;
		}
		if (count == 0) {
			return Messages.Page_noParts;
		}
		Path path = destinationPath();
		if (path == null) {
			return Messages.Page_noDestination;
		}
		if (!toFolder && Files.isDirectory(path) && count > 1) {
			return Messages.Page_setNeedsFile;
		}
		return null;
	}

	private Path destinationPath() {
		String text = destination.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void browse() {
		if (destinationIsFolder) {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
			dialog.setFilterPath(destination.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				destination.setText(chosen);
			}
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(true);
			ExporterDescriptor d = format();
			if (d != null) {
				dialog.setFilterExtensions(new String[] { "*." + d.fileExtension() });
			}
			dialog.setFileName(destination.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				destination.setText(chosen);
			}
		}
	}

	/** @return the chosen exporter, or null */
	ExporterDescriptor format() {
		int i = format.getSelectionIndex();
		return i < 0 || i >= formats.size() ? null : formats.get(i);
	}

	/** @return the complete choice; only when the page is complete */
	ExportChoices choices() {
		ExportSettings s = ExportSettings.defaults().withPaper(PaperChoice.offered().get(paper.getSelectionIndex()))
				.withUnits(units.getSelectionIndex() == 2 ? Units.INCH : Units.MM)
				.withProjection(projection.getSelectionIndex() == 1 ? Projection.THIRD_ANGLE : Projection.FIRST_ANGLE)
				.withDxfVersion(dxfVersion.getSelectionIndex() == 1 ? DxfVersion.R12 : DxfVersion.R2013)
				.withStepSchema(stepSchema.getSelectionIndex() == 1 ? StepSchema.AP242 : StepSchema.AP214)
				.withTitle(title.getSelection()).withDimensions(dimensions.getSelection()).withIso(iso.getSelection())
				.withSections(sections.getSelection());
		List<String> ids = parts.checkedIds();
		return new ExportChoices(format().formatId(), ids, s, ids.size() > 1 && practiceSet.getSelection(),
				destinationPath(), units.getSelectionIndex() == 0);
	}

}
