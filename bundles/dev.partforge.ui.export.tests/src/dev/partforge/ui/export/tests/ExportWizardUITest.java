// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.partforge.drawing.Projection;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.export.PaperChoice;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.ui.export.PartForgeExportUi;
import dev.partforge.ui.export.tests.support.BlockingExporter;
import dev.partforge.ui.export.tests.support.ExportWizardBot;
import dev.partforge.ui.export.tests.support.ExportedFiles;
import dev.partforge.ui.export.tests.support.FailingExporter;
import dev.partforge.ui.export.tests.support.PartListExporter;
import dev.partforge.ui.export.tests.support.TestParts;

/** Issue 6, UI tests 3 and 5: the Export wizard in the real workbench, files read back by real parsers. */
@ExtendWith(ScreenshotOnFailure.class)
class ExportWizardUITest {

	private static String first;
	private static String second;

	private final PartForgeBot bot = new PartForgeBot();

	@TempDir
	Path temp;

	@BeforeAll
	static void generateParts() {
		first = TestParts.beginner(101);
		second = TestParts.beginner(102);
	}

	/** A failed test must not leave its dialog open over the next test's window. */
	@AfterEach
	void closeLeftOverDialogs() {
		bot.ui().run(() -> {
			for (var shell : bot.ui().display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && List.of(ExportWizardBot.TITLE, "Export Failed", "Export")
						.contains(shell.getText())) {
					shell.close();
				}
			}
		});
	}

	private static String label(String formatId) {
		return Components.service(ExporterRegistry.class).find(formatId).map(ExporterDescriptor::label)
				.orElseThrow(() -> new AssertionError("exporter " + formatId + " is not installed"));
	}

	private static void awaitExports() throws InterruptedException {
		Job.getJobManager().join(PartForgeExportUi.JOB_FAMILY, null);
	}

	private static Set<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
		}
	}

	@Test
	void listsEveryInstalledExporter() {
		String binding = bot.ui().call(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor(PartForgeExportUi.OPEN_COMMAND));
		assertEquals("Ctrl+Alt+E", binding, "the key binding of the export command in the workbench window");
		ExportWizardBot wizard = ExportWizardBot.open(bot);
		List<String> items = bot.ui().call(() -> List.of(wizard.widgets()
				.find(org.eclipse.swt.widgets.Combo.class, "export.format").getItems()));
		List<ExporterDescriptor> installed = Components.service(ExporterRegistry.class).exporters();
		assertEquals(installed.size(), items.size(), "" + items);
		for (int i = 0; i < installed.size(); i++) {
			assertTrue(items.get(i).startsWith(installed.get(i).label()), items.get(i));
		}
		bot.screenshot(TestOutput.dir("screenshots").resolve("export-wizard-formats.png"));
		wizard.cancel();
	}

	@Test
	void onePartGoesToAFileNamedAfterItWhoseExtensionFollowsTheFormat() {
		ExportWizardBot wizard = ExportWizardBot.open(bot).format(label("pdf")).parts(first);
		assertTrue(wizard.widgets().text("export.destination").endsWith("/" + first + ".pdf"),
				wizard.widgets().text("export.destination"));
		wizard.format(label("step"));
		assertTrue(wizard.widgets().text("export.destination").endsWith("/" + first + ".step"),
				wizard.widgets().text("export.destination"));
		wizard.parts(first, second).filePerPartInto(temp);
		assertEquals(temp.toString(), wizard.widgets().text("export.destination"));
		bot.screenshot(TestOutput.dir("screenshots").resolve("export-wizard-destination.png"));
		wizard.cancel();
	}

	@Test
	void anExporterInstalledAtRunTimeAppearsAndExports() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ExportWizardUITest.class).getBundleContext();
		ServiceRegistration<Exporter> installed = context.registerService(Exporter.class, new PartListExporter(),
				FrameworkUtil.asDictionary(PartListExporter.properties()));
		Path file = temp.resolve("list").resolve("one-part.txt");
		try {
			ExportWizardBot.open(bot).format(PartListExporter.LABEL).parts(first).paper("A2").fileInto(file)
					.finish();
			awaitExports();
			String name = Components.service(PartStore.class).getPart(first).orElseThrow().getRecipe().getName();
			assertEquals(first + "\t" + name + "\tA2\n", Files.readString(file));
		} finally {
			installed.unregister();
		}
		ExportWizardBot wizard = ExportWizardBot.open(bot);
		List<String> items = bot.ui().call(() -> List.of(wizard.widgets()
				.find(org.eclipse.swt.widgets.Combo.class, "export.format").getItems()));
		assertTrue(items.stream().noneMatch(i -> i.startsWith(PartListExporter.LABEL)), "" + items);
		bot.screenshot(TestOutput.dir("screenshots").resolve("export-wizard-exporter-removed.png"));
		wizard.cancel();
	}

	@Test
	void cancellingAnExportLeavesNoFile() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ExportWizardUITest.class).getBundleContext();
		BlockingExporter slow = new BlockingExporter();
		ServiceRegistration<Exporter> installed = context.registerService(Exporter.class, slow,
				FrameworkUtil.asDictionary(BlockingExporter.properties()));
		Path folder = temp.resolve("cancelled");
		try {
			ExportWizardBot.open(bot).format(BlockingExporter.LABEL).parts(first, second).filePerPartInto(folder)
					.finish();
			assertTrue(slow.started(), "the export did not start");
			Job.getJobManager().cancel(PartForgeExportUi.JOB_FAMILY);
			awaitExports();
		} finally {
			installed.unregister();
		}
		assertEquals(Set.of(), names(folder), "a cancelled export leaves neither the file nor its temporary file");
		assertTrue(bot.ui().call(() -> java.util.Arrays.stream(bot.ui().display().getShells())
				.noneMatch(sh -> sh.isVisible() && "Export Failed".equals(sh.getText()))), "no error for a cancel");
		bot.screenshot(TestOutput.dir("screenshots").resolve("export-cancelled.png"));
	}

	@Test
	void exportsPdfDxfAndStepIntoAFolderAndRemembersTheChoices() throws Exception {
		Path pdf = temp.resolve("pdf");
		ExportWizardBot.open(bot).format(label("pdf")).parts(first, second).paper("A3").units("Millimetres")
				.projection("Third angle").content(true, true).filePerPartInto(pdf).finish();
		awaitExports();
		assertEquals(Set.of(first + ".pdf", second + ".pdf"), names(pdf));
		ExportedFiles.checkPdf(pdf.resolve(first + ".pdf"), false, 420, 297, first);
		ExportedFiles.checkPdf(pdf.resolve(second + ".pdf"), false, 420, 297, second);

		Path dxf = temp.resolve("dxf");
		ExportWizardBot.open(bot).format(label("dxf")).parts(first, second).filePerPartInto(dxf).finish();
		awaitExports();
		assertEquals(Set.of(first + ".dxf", second + ".dxf"), names(dxf));
		ExportedFiles.checkDxf(dxf.resolve(first + ".dxf"), true);
		ExportedFiles.checkDxf(dxf.resolve(second + ".dxf"), true);

		Path step = temp.resolve("step");
		ExportWizardBot stepWizard = ExportWizardBot.open(bot).format(label("step")).parts(first, second);
		for (String key : List.of("export.paper", "export.projection", "export.title", "export.dimensions", "export.iso",
				"export.sections", "export.dxfVersion")) {
			assertFalse(stepWizard.shows(key), "STEP writes a solid: no " + key);
		}
		assertTrue(stepWizard.shows("export.stepSchema"), "STEP offers its schema");
		bot.ui().run(() -> bot.ui().display().getActiveShell().update());
		bot.ui().flush();
		bot.screenshot(TestOutput.dir("screenshots").resolve("export-wizard-step.png"));
		stepWizard.units("Inches").stepSchema("AP242").filePerPartInto(step).finish();
		awaitExports();
		assertEquals(Set.of(first + ".step", second + ".step"), names(step));
		for (String id : List.of(first, second)) {
			Path file = step.resolve(id + ".step");
			assertTrue(ExportedFiles.checkStep(file, id) > 20);
			assertEquals("inch", ExportedFiles.stepLengthUnit(file), file + ": the wizard chose Inches");
			assertTrue(Files.readString(file).contains("AP242"), file + ": the wizard chose AP242");
			double largest = Components.service(PartStore.class).getPart(id).orElseThrow().getRecipe().getStock()
					.getParams().stream().mapToDouble(p -> p.getValue()).max().orElseThrow();
			assertEquals(largest / 25.4, ExportedFiles.stepExtent(file), 1e-6,
					file + ": the solid's largest extent in inches (" + largest + " mm stock, generated in mm)");
		}

		ExportWizardBot again = ExportWizardBot.open(bot);
		assertTrue(again.widgets().comboText("export.format").startsWith(label("step")),
				again.widgets().comboText("export.format"));
		assertTrue(again.widgets().comboText("export.stepSchema").startsWith("AP242"));
		assertEquals("Each part's own units", again.widgets().comboText("export.units"),
				"units chosen for one export are not forced on the next");
		assertTrue(again.widgets().isChecked("export.perPart"));
		assertTrue(again.widgets().text("export.destination").startsWith(step.toString()),
				again.widgets().text("export.destination"));
		again.format(label("pdf"));
		assertTrue(again.shows("export.paper") && again.shows("export.projection") && again.shows("export.title"),
				"a drawing format offers paper, projection and title block again");
		assertFalse(again.shows("export.stepSchema"));
		assertTrue(again.widgets().comboText("export.paper").startsWith("A3"));
		assertTrue(again.widgets().comboText("export.projection").startsWith("Third angle"));
		bot.screenshot(TestOutput.dir("screenshots").resolve("export-wizard-remembers.png"));
		again.cancel();
	}

	@Test
	void anInchPartKeepsItsUnitsTheProjectionIsTheDrawingPreferenceAndSuccessIsSaid() throws Exception {
		String inch = TestParts.beginnerInInches(103);
		PartStore store = Components.service(PartStore.class);
		Projection before = DrawingDefaults.projection(store);
		try {
			DrawingDefaults.putProjection(store, Projection.THIRD_ANGLE); // what PartForge > Drawing stores
			ExportWizardBot wizard = ExportWizardBot.open(bot).format(label("pdf")).parts(inch);
			assertTrue(wizard.widgets().comboText("export.projection").startsWith("Third angle"),
					"the wizard's projection is the Drawing preference: "
							+ wizard.widgets().comboText("export.projection"));
			assertEquals("Each part's own units", wizard.widgets().comboText("export.units"));
			Path file = temp.resolve(inch + ".step");
			wizard.format(label("step")).fileInto(file).finish();
			awaitExports();
			assertEquals("inch", ExportedFiles.stepLengthUnit(file), "an inch part stays in inches");
			Path probe = Files.createFile(temp.resolve("probe"));
			assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file),
					"the file has the permissions of any new file here (the umask), not 0600");
			bot.waitFor("the status line says the export succeeded",
					() -> statusTexts().contains("Exported " + file));
			bot.screenshot(TestOutput.dir("screenshots").resolve("export-wizard-done.png"));
		} finally {
			DrawingDefaults.putProjection(store, before);
		}
	}

	/** @return the texts of every label of the workbench window (the status line's message among them) */
	private List<String> statusTexts() {
		return bot.ui().call(() -> {
			List<String> texts = new java.util.ArrayList<>();
			java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(
					List.of(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()));
			while (!todo.isEmpty()) {
				var c = todo.pop();
				if (c instanceof org.eclipse.swt.custom.CLabel l && l.getText() != null) {
					texts.add(l.getText());
				} else if (c instanceof org.eclipse.swt.widgets.Composite composite) {
					todo.addAll(List.of(composite.getChildren()));
				}
			}
			return texts;
		});
	}

	/**
	 * Issue 15: Automatic, the paper combo's first entry, exports each part on the smallest ISO sheet that fits it
	 * (beginner 101 needs A3, 102 fits A4; read back by PDFBox) and is remembered as the shared default paper.
	 */
	@Test
	void automaticPaperExportsTheSmallestSheetAndIsRemembered() throws Exception {
		PartStore store = Components.service(PartStore.class);
		String original = store.getExportPreferences().getPaperSize();
		try {
			ExportWizardBot wizard = ExportWizardBot.open(bot).format(label("pdf"));
			List<String> items = bot.ui().call(() -> List.of(wizard.widgets()
					.find(org.eclipse.swt.widgets.Combo.class, "export.paper").getItems()));
			assertEquals("Automatic (smallest sheet that fits)", items.get(0), "" + items);
			Path folder = temp.resolve("auto");
			wizard.parts(first, second).paper("Automatic").filePerPartInto(folder).finish();
			awaitExports();
			ExportedFiles.checkPdf(folder.resolve(first + ".pdf"), false, 420, 297, first);
			ExportedFiles.checkPdf(folder.resolve(second + ".pdf"), false, 210, 297, second);
			assertEquals(PaperChoice.AUTOMATIC, DrawingDefaults.paper(store), "the shared default paper");
			ExportWizardBot again = ExportWizardBot.open(bot).format(label("pdf"));
			assertTrue(again.widgets().comboText("export.paper").startsWith("Automatic"), again.widgets().comboText("export.paper"));
			again.cancel();
		} finally {
			var prefs = store.getExportPreferences();
			prefs.setPaperSize(original);
			store.putExportPreferences(prefs);
		}
	}

	@Test
	void exportsR12DxfForMachinesAndRemembersTheRelease() throws Exception {
		Path r12 = Files.createDirectories(temp.resolve("r12")).resolve(first + ".dxf");
		ExportWizardBot.open(bot).format(label("dxf")).parts(first).dxfVersion("R12").fileInto(r12).finish();
		awaitExports();
		String text = Files.readString(r12, java.nio.charset.StandardCharsets.ISO_8859_1);
		assertTrue(text.contains("$ACADVER\n  1\nAC1009\n"), "an R12 file");
		assertFalse(text.contains("\n  0\nDIMENSION\n"), "dimensions exploded");
		ExportWizardBot again = ExportWizardBot.open(bot);
		assertTrue(again.widgets().comboText("export.dxfVersion").startsWith("R12"), again.widgets().comboText("export.dxfVersion"));
		Path r2013 = Files.createDirectories(temp.resolve("r2013")).resolve(first + ".dxf");
		again.format(label("dxf")).parts(first).dxfVersion("R2013").fileInto(r2013).finish();
		awaitExports();
		assertTrue(Files.readString(r2013).contains("$ACADVER\n  1\nAC1027\n"), "back to R2013");
	}

	/**
	 * Beginner part 101 has a blind feature in its top face, so its drawing carries section A-A (a DXF HATCH) unless the
	 * wizard's Section views box is cleared; the wizard remembers the choice (the one stored drawing.sections setting).
	 */
	@Test
	void sectionViewsSwitchAndRemembered() throws Exception {
		Path on = Files.createDirectories(temp.resolve("sections-on")).resolve(first + ".dxf");
		ExportWizardBot wizard = ExportWizardBot.open(bot).format(label("dxf")).parts(first).dxfVersion("R2013");
		assertTrue(wizard.widgets().isChecked("export.sections"), "sections where needed by default");
		wizard.fileInto(on).finish();
		awaitExports();
		assertTrue(Files.readString(on).contains("\n  0\nHATCH\n"), "section A-A hatched");
		Path off = Files.createDirectories(temp.resolve("sections-off")).resolve(first + ".dxf");
		ExportWizardBot none = ExportWizardBot.open(bot).format(label("dxf")).parts(first);
		none.widgets().setChecked("export.sections", false);
		none.fileInto(off).finish();
		awaitExports();
		assertFalse(Files.readString(off).contains("\n  0\nHATCH\n"), "no section");
		ExportWizardBot again = ExportWizardBot.open(bot);
		assertFalse(again.widgets().isChecked("export.sections"), "remembered");
		again.widgets().setChecked("export.sections", true);
		Path back = Files.createDirectories(temp.resolve("sections-back")).resolve(first + ".dxf");
		again.format(label("dxf")).parts(first).fileInto(back).finish();
		awaitExports();
		assertTrue(Files.readString(back).contains("\n  0\nHATCH\n"), "on again");
	}

	@Test
	void exportsAPracticeSetAsOneMultiPagePdf() throws Exception {
		Path set = temp.resolve("sets").resolve("week-1.pdf");
		ExportWizardBot.open(bot).format(label("pdf")).parts(first, second).paper("A3").content(true, true)
				.practiceSetInto(set).finish();
		awaitExports();
		assertEquals(Set.of("week-1.pdf"), names(set.getParent()));
		ExportedFiles.checkPdf(set, true, 420, 297, first, second);
		bot.screenshot(TestOutput.dir("screenshots").resolve("export-practice-set-done.png"));
	}

	/**
	 * An exporter that fails half-way (deterministically, whoever runs the test): one error dialog, the failure in the
	 * log, and the file of an earlier export with the same name is neither replaced by the half-written file nor
	 * joined by a temporary file.
	 */
	@Test
	void failingExportShowsAnErrorDialogLogsItAndLeavesNothingHalfWritten() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ExportWizardUITest.class).getBundleContext();
		ServiceRegistration<Exporter> installed = context.registerService(Exporter.class, new FailingExporter(),
				FrameworkUtil.asDictionary(FailingExporter.properties()));
		Path folder = Files.createDirectories(temp.resolve("failing"));
		String earlier = first + "." + FailingExporter.EXTENSION;
		Path existing = Files.writeString(folder.resolve(earlier), "previous export, must stay");
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false; // the test harness turns error dialogs into log entries; show them
		try {
			ExportWizardBot.open(bot).format(FailingExporter.LABEL).parts(first, second).filePerPartInto(folder)
					.finish();
			ShellHandle error = bot.shell("Export Failed");
			bot.waitUntil("the failure is logged", () -> logged.stream().anyMatch(
					s -> s.getSeverity() == IStatus.ERROR && PartForgeExportUi.PLUGIN_ID.equals(s.getPlugin())));
			IStatus status = logged.stream().filter(s -> PartForgeExportUi.PLUGIN_ID.equals(s.getPlugin()))
					.findFirst().orElseThrow();
			assertTrue(status.getMessage().contains(first) && status.getMessage().contains(FailingExporter.REASON),
					status.getMessage());
			bot.screenshot(TestOutput.dir("screenshots").resolve("export-failed.png"));
			error.button("OK").click();
			error.waitUntilClosed();
			awaitExports();
			bot.ui().flush();
			assertEquals(0L, bot.ui().call(() -> java.util.Arrays.stream(bot.ui().display().getShells())
					.filter(sh -> !sh.isDisposed() && sh.isVisible() && "Export Failed".equals(sh.getText())).count()),
					"one error dialog only");
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
			Platform.removeLogListener(listener);
			installed.unregister();
		}
		assertEquals(Set.of(earlier), names(folder), "only the earlier file, no new or temporary file");
		assertEquals("previous export, must stay", Files.readString(existing));
	}

	@Test
	void fileExportListsThePartForgeWizard() {
		bot.menu("File", "Export...");
		bot.shell("Export");
		var dialog = dev.partforge.tests.common.swt.KeyedWidgets.shell(bot.ui(), "Export");
		List<String> paths = dialog.treePaths();
		assertTrue(paths.contains("PartForge/Parts and Drawings"), "" + paths);
		bot.screenshot(TestOutput.dir("screenshots").resolve("file-export-partforge.png"));
		bot.shell("Export").close();
	}
}
