// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.export.ExportSettings;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;

/** Which files an export writes, and which parts a selection names. */
class ExportChoicesTest {

	@TempDir
	Path temp;

	private ExportChoices choices(List<String> ids, boolean set, Path destination) {
		return new ExportChoices("pdf", ids, ExportSettings.defaults(), set, destination, false);
	}

	@Test
	void onePartGoesToTheFileNamedAndGetsTheExtensionIfItHasNone() {
		assertEquals(List.of(new ExportChoices.Target(temp.resolve("a.pdf"), List.of("B-1"))),
				choices(List.of("B-1"), false, temp.resolve("a.pdf")).targets("pdf"));
		assertEquals(temp.resolve("drawing.pdf"),
				choices(List.of("B-1"), false, temp.resolve("drawing")).targets("pdf").get(0).file());
	}

	@Test
	void onePartIntoAnExistingFolderIsNamedAfterThePart() {
		assertEquals(temp.resolve("B-1.pdf"), choices(List.of("B-1"), false, temp).targets("pdf").get(0).file());
	}

	@Test
	void severalPartsGoOneFilePerPartIntoTheFolder() {
		ExportChoices c = choices(List.of("B-1", "I-2/x"), false, temp.resolve("out"));
		assertEquals(List.of(new ExportChoices.Target(temp.resolve("out/B-1.step"), List.of("B-1")),
				new ExportChoices.Target(temp.resolve("out/I-2_x.step"), List.of("I-2/x"))), c.targets("step"));
		assertEquals(temp.resolve("out"), c.folder());
	}

	@Test
	void aPracticeSetIsOneFileWithEveryPart() throws Exception {
		ExportChoices c = choices(List.of("B-1", "B-2"), true, temp.resolve("set.pdf"));
		assertEquals(List.of(new ExportChoices.Target(temp.resolve("set.pdf"), List.of("B-1", "B-2"))),
				c.targets("pdf"));
		assertEquals(temp, c.folder());
		Files.createDirectories(temp.resolve("sets"));
		assertEquals(temp.resolve("sets/practice-set.pdf"),
				choices(List.of("B-1", "B-2"), true, temp.resolve("sets")).targets("pdf").get(0).file());
	}

	@Test
	void anExportNeedsAPart() {
		assertThrows(IllegalArgumentException.class, () -> choices(List.of(), false, temp));
	}

	@Test
	void selectionsNamePartsByIdOrByAdaptingToStoredPart() {
		StoredPart part = ModelFactory.eINSTANCE.createStoredPart();
		part.setId("E-7");
		assertEquals(List.of("B-1", "E-7"),
				ExportPartsWizard.partIds(new StructuredSelection(List.of("B-1", part, 42))));
		assertEquals(List.of(), ExportPartsWizard.partIds(null));
	}
}
