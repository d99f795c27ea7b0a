// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.stl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.Exporter;
import dev.partforge.export.stl.internal.StlExporter;
import dev.partforge.export.testing.ExporterContractTest;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;

/** The exporter contract for STL, read back with an independent binary STL reader. */
class StlExporterContractTest extends ExporterContractTest {

	@Override
	protected Exporter exporter() {
		return new StlExporter();
	}

	@Override
	protected String formatId() {
		return "stl";
	}

	@Override
	protected void checkOutput(byte[] output, ExportRequest request) {
		StlFile stl = StlFile.parse(output);
		assertTrue(stl.header().startsWith("PartForge binary STL; units="), stl.header());
		request.parts().forEach(p -> assertTrue(stl.header().contains(p.id()), p.id() + " not in " + stl.header()));
		Expected e = Expected.of(request);
		assertEquals(e.volume(), stl.volume(), e.tolerance(), "volume");
		double[] box = stl.bounds();
		assertEquals(0, box[0], 1e-6, "the parts stand on the build plate from x = 0");
		assertEquals(0, box[1], 1e-6);
		assertEquals(0, box[2], 1e-6);
		for (float[] f : stl.facets()) {
			double len = Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]);
			assertEquals(1, len, 1e-5, "facet normals are unit vectors");
		}
	}

	@Test
	void writesInchCoordinatesWhenAskedFor() throws Exception {
		ExportRequest mm = ExportRequest.of(part("units-1", Difficulty.BEGINNER, 3), ExportSettings.defaults());
		ExportRequest inch = ExportRequest.of(part("units-1", Difficulty.BEGINNER, 3),
				ExportSettings.defaults().withUnits(Units.INCH));
		StlFile a = StlFile.parse(export(exporter(), mm));
		StlFile b = StlFile.parse(export(exporter(), inch));
		assertTrue(b.header().contains("units=inch"), b.header());
		assertTrue(a.header().contains("units=mm"), a.header());
		assertEquals(a.bounds()[3] / 25.4, b.bounds()[3], 1e-4, "x extent in inches");
		assertEquals(a.volume() / (25.4 * 25.4 * 25.4), b.volume(), 1e-6 * b.volume());
		checkOutput(export(exporter(), inch), inch);
	}
}
