// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.threemf.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.Exporter;
import dev.partforge.export.testing.ExporterContractTest;
import dev.partforge.export.threemf.internal.ThreeMfExporter;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;

/** The exporter contract for 3MF, read back with the JDK's zip reader and a real XML parser. */
class ThreeMfExporterContractTest extends ExporterContractTest {

	@Override
	protected Exporter exporter() {
		return new ThreeMfExporter();
	}

	@Override
	protected String formatId() {
		return "3mf";
	}

	@Override
	protected void checkOutput(byte[] output, ExportRequest request) throws Exception {
		ThreeMfPackage p = ThreeMfPackage.read(output);
		assertEquals(request.settings().units() == Units.INCH ? "inch" : "millimeter", p.unit());
		int n = request.parts().size();
		assertEquals(n, p.objects().getLength(), "one object per part");
		assertEquals(n, p.items().getLength(), "one build item per part");
		double volume = 0;
		for (int i = 0; i < n; i++) {
			Element o = (Element) p.objects().item(i);
			assertTrue(o.getAttribute("name").startsWith(request.parts().get(i).id() + " "), o.getAttribute("name"));
			volume += ThreeMfPackage.closedVolume(o);
		}
		Expected e = Expected.of(request);
		assertEquals(e.volume(), volume, e.tolerance(), "volume");
	}

	@Test
	void writesInchUnitsWhenAskedFor() throws Exception {
		ExportRequest inch = ExportRequest.of(part("units-1", Difficulty.EXPERT, 3), ExportSettings.defaults().withUnits(Units.INCH));
		checkOutput(export(exporter(), inch), inch);
	}

	@Test
	void theSameRequestGivesTheSameBytes() throws Exception {
		assertArrayEquals(export(exporter(), sampleSetRequest()), export(exporter(), sampleSetRequest()));
	}
}
