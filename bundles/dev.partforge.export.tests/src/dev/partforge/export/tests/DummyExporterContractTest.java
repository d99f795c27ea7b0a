// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.testing.ExporterContractTest;

/** The contract, applied to the dummy exporter (which proves the contract test itself runs and can fail). */
class DummyExporterContractTest extends ExporterContractTest {

	@Override
	protected Exporter exporter() {
		return new DummyExporter();
	}

	@Override
	protected String formatId() {
		return "dummy";
	}

	@Override
	protected void checkOutput(byte[] output, ExportRequest request) {
		List<String> lines = new String(output, StandardCharsets.UTF_8).lines().toList();
		assertEquals(request.parts().size(), lines.size());
		for (int i = 0; i < lines.size(); i++) {
			ExportPart p = request.parts().get(i);
			assertEquals(p.id() + "\t" + p.recipe().name() + "\t" + p.recipe().seed(), lines.get(i));
		}
	}
}
