// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Paper;
import dev.partforge.export.PaperChoice;
import dev.partforge.drawing.Projection;
import dev.partforge.model.ExportPreferences;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.practice.ExportPreferencesBridge;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.PreferenceValue;
import dev.partforge.tests.common.Components;

/**
 * The one source of drawing settings on the real store: the paper and the projection that the drawing editor, the
 * export wizard, the preference pages and the command line read; a part's own units win unless chosen.
 */
class DrawingDefaultsTest {

	private final PartStore store = Components.service(PartStore.class);
	private final ExportPreferences original = store.getExportPreferences();
	private final Projection originalProjection = DrawingDefaults.projection(store);
	private final boolean originalIso = DrawingDefaults.iso(store);
	private final boolean originalSections = DrawingDefaults.sections(store);

	@AfterEach
	void restore() {
		store.putExportPreferences(original);
		DrawingDefaults.putProjection(store, originalProjection);
		DrawingDefaults.putIso(store, originalIso);
		DrawingDefaults.putSections(store, originalSections);
	}

	@Test
	void theIsometricViewIsOnUntilSwitchedOffForEveryReader() {
		store.putPreference(DrawingDefaults.ISO, new PreferenceValue.Text("not a flag"));
		assertEquals(true, DrawingDefaults.iso(store), "on unless a flag says off");
		DrawingDefaults.putIso(store, false);
		assertEquals(false, DrawingDefaults.iso(store));
		assertEquals(false, DrawingDefaults.settings(store).includeIso(), "the command line's and wizard's settings");
		DrawingDefaults.putIso(store, true);
		assertEquals(true, DrawingDefaults.settings(store).includeIso());
	}

	@Test
	void theStoredPaperAndProjectionAreTheSettingsOfEveryReader() {
		ExportPreferences prefs = store.getExportPreferences();
		prefs.setPaperSize("A4");
		store.putExportPreferences(prefs);
		DrawingDefaults.putProjection(store, Projection.THIRD_ANGLE);
		assertEquals(PaperChoice.of(Paper.A4), DrawingDefaults.paper(store));
		assertEquals(Projection.THIRD_ANGLE, DrawingDefaults.projection(store));
		assertEquals(PaperChoice.of(Paper.A4), DrawingDefaults.settings(store).paper());
		assertEquals(Projection.THIRD_ANGLE, DrawingDefaults.settings(store).projection(),
				"the command line's settings carry the Drawing preference's projection");

		DrawingDefaults.putProjection(store, Projection.FIRST_ANGLE);
		assertEquals(Projection.FIRST_ANGLE, DrawingDefaults.settings(store).projection());
	}

	@Test
	void unknownStoredValuesFallBackToAutomaticPaperAndFirstAngle() {
		ExportPreferences prefs = store.getExportPreferences();
		prefs.setPaperSize("B0-from-a-newer-version");
		store.putExportPreferences(prefs);
		store.putPreference(DrawingDefaults.PROJECTION, new PreferenceValue.Text("ISOMETRIC"));
		assertEquals(PaperChoice.AUTOMATIC, DrawingDefaults.paper(store), "the paper of a user who has chosen none");
		assertEquals(Projection.FIRST_ANGLE, DrawingDefaults.projection(store));
	}

	/** Issue 15: automatic paper goes through the stored preferences and back, and reaches every reader's settings. */
	@Test
	void automaticPaperRoundTripsThroughTheStore() {
		ExportPreferences prefs = store.getExportPreferences();
		ExportPreferencesBridge.apply(DrawingDefaults.settings(store).withPaper(PaperChoice.AUTOMATIC), "pdf", prefs);
		assertEquals(ExportPreferencesBridge.AUTO, prefs.getPaperSize(), "the bridge's stored form");
		store.putExportPreferences(prefs);
		assertEquals(PaperChoice.AUTOMATIC, DrawingDefaults.paper(store));
		assertTrue(DrawingDefaults.settings(store).paper().automatic(), "the command line's and wizard's settings");
		ExportPreferencesBridge.apply(DrawingDefaults.settings(store).withPaper(Paper.ANSI_B), "pdf", prefs);
		store.putExportPreferences(prefs);
		assertEquals(PaperChoice.of(Paper.ANSI_B), DrawingDefaults.paper(store), "a chosen paper replaces automatic");
		for (String written : new String[] { "auto", "Automatic", " AUTO " }) {
			assertEquals(PaperChoice.AUTOMATIC, ExportPreferencesBridge.paper(written).orElseThrow(), written);
		}
		assertTrue(ExportPreferencesBridge.paper("ANSI_C").isEmpty(), "not offered to users");
	}

	@Test
	void sectionsAutoUnlessStoredNone() {
		store.putPreference(DrawingDefaults.SECTIONS, new PreferenceValue.Text("none"));
		assertFalse(DrawingDefaults.sections(store));
		assertFalse(DrawingDefaults.settings(store).sections(), "the command line's settings");
		store.putPreference(DrawingDefaults.SECTIONS, new PreferenceValue.Flag(false));
		assertFalse(DrawingDefaults.sections(store), "prefs set drawing.sections false");
		DrawingDefaults.putSections(store, true);
		assertEquals(new PreferenceValue.Text("auto"), store.getPreference(DrawingDefaults.SECTIONS).orElseThrow());
		assertTrue(DrawingDefaults.settings(store).sections());
		store.putPreference(DrawingDefaults.SECTIONS, new PreferenceValue.Text("sometimes"));
		assertTrue(DrawingDefaults.sections(store), "anything but none is auto");
	}

	@Test
	void aPartsOwnUnitsWinUnlessTheUserChoseUnits() {
		assertEquals(Units.INCH, DrawingDefaults.units(Optional.empty(), List.of(Units.INCH), Units.MM));
		assertEquals(Units.INCH, DrawingDefaults.units(Optional.empty(), List.of(Units.INCH, Units.INCH), Units.MM));
		assertEquals(Units.MM, DrawingDefaults.units(Optional.of(Units.MM), List.of(Units.INCH), Units.INCH));
		assertEquals(Units.MM, DrawingDefaults.units(Optional.empty(), List.of(Units.INCH, Units.MM), Units.MM),
				"parts in different units: the fallback");
	}
}
