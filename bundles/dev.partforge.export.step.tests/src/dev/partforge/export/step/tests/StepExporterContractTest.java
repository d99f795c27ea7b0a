// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.Exporter;
import dev.partforge.export.StepSchema;
import dev.partforge.export.step.internal.StepExporter;
import dev.partforge.export.testing.ExporterContractTest;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;

/** The exporter contract for STEP, read back with our Part 21 reader. */
class StepExporterContractTest extends ExporterContractTest {

	@Override
	protected Exporter exporter() {
		return new StepExporter();
	}

	@Override
	protected String formatId() {
		return "step";
	}

	@Override
	protected void checkOutput(byte[] output, ExportRequest request) {
		Part21Reader r = Part21Reader.parse(new String(output, StandardCharsets.US_ASCII));
		int n = request.parts().size();
		assertEquals(n, r.all("MANIFOLD_SOLID_BREP").size());
		assertEquals(n == 1 ? 1 : n + 1, r.all("PRODUCT").size(), "one product per part, plus the assembly");
		assertEquals(n == 1 ? 0 : n, r.all("NEXT_ASSEMBLY_USAGE_OCCURRENCE").size());
		List<Object> productIds = r.all("PRODUCT").stream().map(i -> i.params().get(0)).toList();
		request.parts().forEach(p -> assertTrue(productIds.contains(p.id()), p.id() + " not in " + productIds));
	}

	@Test
	void honoursSchemaAndUnitSettings() throws Exception {
		ExportRequest request = ExportRequest.of(part("inch-1", Difficulty.BEGINNER, 3),
				ExportSettings.defaults().withUnits(Units.INCH).withStepSchema(StepSchema.AP242));
		String text = new String(export(exporter(), request), StandardCharsets.US_ASCII);
		assertTrue(text.contains("FILE_SCHEMA(('AP242_MANAGED_MODEL_BASED_3D_ENGINEERING_MIM_LF"), "no AP242 schema");
		assertTrue(text.contains("CONVERSION_BASED_UNIT('INCH'"), "no inch unit");
	}
}
