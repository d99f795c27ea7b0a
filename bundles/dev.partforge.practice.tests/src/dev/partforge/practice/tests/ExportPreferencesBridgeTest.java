// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partforge.export.DxfVersion;
import dev.partforge.export.ExportSettings;
import dev.partforge.model.ExportPreferences;
import dev.partforge.model.ModelFactory;
import dev.partforge.practice.ExportPreferencesBridge;

/** The stored export preferences (schema v4) hold the exporter id and the DXF release as they are. */
public final class ExportPreferencesBridgeTest {

	@Test
	void formatIdAndDxfReleaseRoundTrip() {
		ExportPreferences prefs = ModelFactory.eINSTANCE.createExportPreferences();
		assertEquals("pdf", prefs.getFormat(), "the default format");
		assertEquals(DxfVersion.R2013, ExportPreferencesBridge.toSettings(prefs).dxfVersion(), "the default release");
		ExportSettings settings = ExportSettings.defaults().withDxfVersion(DxfVersion.R12);
		ExportPreferencesBridge.apply(settings, "obj", prefs);
		assertEquals("obj", prefs.getFormat(), "a contributed format is stored under its own id");
		assertEquals("R12", prefs.getDxfVersion());
		assertEquals(DxfVersion.R12, ExportPreferencesBridge.toSettings(prefs).dxfVersion());
	}

	@Test
	void anUnknownDxfReleaseKeepsTheDefault() {
		ExportPreferences prefs = ModelFactory.eINSTANCE.createExportPreferences();
		prefs.setDxfVersion("R2031");
		assertEquals(Optional.empty(), ExportPreferencesBridge.dxfVersion("R2031"));
		assertEquals(ExportSettings.defaults().dxfVersion(), ExportPreferencesBridge.toSettings(prefs).dxfVersion());
	}
}
