// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Recipes;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.Exporter;
import dev.partforge.export.dxf.DxfExporter;
import dev.partforge.export.testing.ExporterContractTest;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Units;

/**
 * The DXF exporter passes the contract; read back with a small group-code reader: version, units,
 * layers with ISO linetypes (names LibreCAD knows, each dashed entity scaled by its pen width) and
 * lineweights, $DIMZIN, custom properties, callouts as LEADER + MTEXT, every DIMENSION with a
 * user-defined text location and an existing style, and every DIMENSION measures (from its
 * definition points) exactly the recipe parameter it states.
 */
public final class DxfExporterTest extends ExporterContractTest {

	@Override
	protected Exporter exporter() {
		return new DxfExporter();
	}

	@Override
	protected String formatId() {
		return "dxf";
	}

	@Override
	protected void checkOutput(byte[] output, ExportRequest request) throws Exception {
		DxfReader dxf = new DxfReader(output);
		Map<String, List<String[]>> h = dxf.header();
		boolean inch = request.settings().units() == Units.INCH;
		assertEquals("AC1027", h.get("$ACADVER").getFirst()[1]);
		assertEquals(inch ? "1" : "4", h.get("$INSUNITS").getFirst()[1]);
		assertEquals(inch ? "0" : "1", h.get("$MEASUREMENT").getFirst()[1]);
		assertEquals("8", h.get("$DIMZIN").getFirst()[1].trim(), "trailing zeros suppressed for readers that use the header");
		for (String type : List.of("LINE", "ARC", "CIRCLE")) {
			for (List<String[]> e : dxf.of("ENTITIES", type)) {
				String layer = DxfReader.get(e, 8);
				if (layer.equals("HIDDEN") || layer.equals("CENTER")) {
					assertEquals(0.35, DxfReader.num(e, 48), 1e-9, "linetype scale of a " + type + " on " + layer);
				}
			}
		}
		Map<String, String> custom = new HashMap<>();
		List<String> tags = new ArrayList<>();
		List<String> values = new ArrayList<>();
		dxf.sections.get("HEADER").forEach(e -> {
			for (int i = 0; i + 1 < e.size(); i++) {
				if (e.get(i)[1].equals("$CUSTOMPROPERTYTAG")) {
					tags.add(e.get(i + 1)[1]);
				} else if (e.get(i)[1].equals("$CUSTOMPROPERTY")) {
					values.add(e.get(i + 1)[1]);
				}
			}
		});
		for (int i = 0; i < tags.size(); i++) {
			custom.put(tags.get(i), values.get(i));
		}
		assertEquals(String.join(",", request.parts().stream().map(ExportPart::id).toList()), custom.get("PartId"));
		assertEquals(String.join(",", request.parts().stream().map(p -> Long.toString(p.recipe().seed())).toList()), custom.get("Seed"));
		Map<String, List<String[]>> layers = new HashMap<>();
		for (List<String[]> l : dxf.of("TABLES", "LAYER")) {
			layers.put(DxfReader.get(l, 2), l);
		}
		for (Layer l : Layer.values()) {
			List<String[]> rec = layers.get(l.name());
			assertTrue(rec != null, "layer " + l + " in " + layers.keySet());
			assertEquals(DxfForms.linetype(l), DxfReader.get(rec, 6));
			assertEquals(Math.round(l.lineWidth() * 100), Long.parseLong(DxfReader.get(rec, 370).trim()));
		}
		List<List<String[]>> dims = dxf.of("ENTITIES", "DIMENSION");
		List<Double> expected = new ArrayList<>();
		List<String> callouts = new ArrayList<>();
		int leaders = 0;
		for (int i = 0; i < request.parts().size(); i++) {
			ExportPart p = request.parts().get(i);
			Recipe r = Recipes.inUnits(p.recipe(), request.settings().units());
			Map<String, Double> want = RecipeValues.of(r);
			Sheet s = Drafter.draw(p.id(), r, DrawingOptions.defaults().withPaper(request.settings().paper().chosen().orElseThrow())
					.withSheet(i + 1, request.parts().size()));
			for (Entity.Dimension d : s.dimensions()) {
				if (DxfForms.dimensionEntity(d, inch)) {
					Double v = want.get(d.param());
					assertTrue(v != null, "the recipe has no parameter " + d.param());
					expected.add(v);
				} else {
					callouts.addAll(DxfForms.mtexts(d));
					leaders++;
				}
			}
		}
		assertEquals(expected.size(), dims.size(), "DIMENSION entities");
		assertEquals(callouts, dxf.of("ENTITIES", "MTEXT").stream().map(t -> DxfReader.get(t, 1)).toList(), "callouts as MTEXT");
		assertEquals(leaders, dxf.of("ENTITIES", "LEADER").size(), "a LEADER per callout");
		for (List<String[]> d : dims) {
			int flags = (int) DxfReader.num(d, 70);
			assertEquals(128, flags & 128, "text location user-defined");
			String style = DxfReader.get(d, 3);
			assertTrue(dxf.of("TABLES", "DIMSTYLE").stream().anyMatch(s -> style.equals(DxfReader.get(s, 2))), "style " + style);
		}
		for (int i = 0; i < dims.size(); i++) {
			double m = DxfReader.measurement(dims.get(i));
			assertEquals(expected.get(i), m, 1e-6 * Math.max(1, m), "DIMENSION " + i + " measurement");
			assertEquals(m, DxfReader.num(dims.get(i), 42), 1e-6 * Math.max(1, m), "DIMENSION " + i + " actual measurement (42)");
			String block = DxfReader.get(dims.get(i), 2);
			assertTrue(dxf.of("BLOCKS", "BLOCK").stream().anyMatch(b -> block.equals(DxfReader.get(b, 2))), "block " + block);
		}
	}

	@Test
	void inchDrawingsAreInInches() throws Exception {
		ExportRequest r = ExportRequest.of(part("inch", Difficulty.INTERMEDIATE, 21),
				ExportSettings.defaults().withUnits(Units.INCH).withPaper(Paper.ANSI_B));
		checkOutput(export(exporter(), r), r);
	}

	@Test
	void thirdAngleWithoutTitleBlock() throws Exception {
		ExportRequest r = ExportRequest.of(part("plain", Difficulty.EXPERT, 22),
				ExportSettings.defaults().withProjection(dev.partforge.drawing.Projection.THIRD_ANGLE).withTitle(false));
		checkOutput(export(exporter(), r), r);
		DxfReader dxf = new DxfReader(export(exporter(), r));
		assertTrue(dxf.of("ENTITIES", "TEXT").stream().noneMatch(t -> "Part number".equals(DxfReader.get(t, 1))), "no title block");
	}
}
