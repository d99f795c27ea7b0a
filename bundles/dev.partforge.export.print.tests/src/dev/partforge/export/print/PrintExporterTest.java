// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.geometry.BoundingBox;
import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.MassProperties;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Units;

/**
 * The 3D-print exporters' common step on generated parts: meshes within the promised volume bound, a practice set
 * laid out on the build plate without overlap, and the output unit.
 */
class PrintExporterTest {

	/** Prepares parts through the real {@link PrintExporter#prepare} and keeps them; writes nothing. */
	private static final class Probe extends PrintExporter {
		final List<PrintPart> prepared = new ArrayList<>();

		Probe() {
			super("probe");
		}

		@Override
		protected void write(ExportRequest request, List<PrintPart> parts, OutputStream out) {
			prepared.addAll(parts);
		}
	}

	private static List<PrintPart> prepare(List<ExportPart> parts, Units units) throws Exception {
		Probe probe = new Probe();
		probe.export(new ExportRequest(parts, ExportSettings.defaults().withUnits(units)), OutputStream.nullOutputStream(),
				null);
		return probe.prepared;
	}

	@Test
	void eachMeshEnclosesTheExactVolumeWithinThePromisedBound() throws Exception {
		for (Difficulty d : Difficulty.values()) {
			for (long seed = 1; seed <= 3; seed++) {
				ExportPart part = new ExportPart(d + "-" + seed, RecipeGenerator.generate(d, seed, Units.MM));
				PrintPart p = prepare(List.of(part), Units.MM).getFirst();
				MassProperties exact = BrepMassProperties.of(SolidBuilder.build(part.recipe()));
				double off = Math.abs(p.mesh().volume() - exact.volume());
				assertTrue(off <= PrintExporter.volumeTolerance(exact),
						part.id() + ": mesh volume " + p.mesh().volume() + " vs exact " + exact.volume());
				assertEquals(part.id(), p.id());
			}
		}
	}

	@Test
	void aSetLiesOnTheBuildPlateSideBySideWithTheGapBetweenParts() throws Exception {
		List<ExportPart> set = new ArrayList<>();
		for (Difficulty d : Difficulty.values()) {
			set.add(new ExportPart("set-" + d, RecipeGenerator.generate(d, 17, Units.MM)));
		}
		List<PrintPart> parts = prepare(set, Units.MM);
		List<Vec3> offsets = PrintExporter.offsets(parts);
		double previousRight = Double.NaN;
		for (int i = 0; i < parts.size(); i++) {
			BoundingBox box = parts.get(i).mesh().bounds();
			Vec3 min = box.min().plus(offsets.get(i));
			Vec3 max = box.max().plus(offsets.get(i));
			assertEquals(0, min.y(), 1e-9, "front edge on the plate's x axis");
			assertEquals(0, min.z(), 1e-9, "standing on the plate");
			assertEquals(i == 0 ? 0 : previousRight + PrintExporter.GAP, min.x(), 1e-9, "part " + i + " placed");
			previousRight = max.x();
		}
	}

	@Test
	void inchFilesScaleEveryVertexBy1Over25_4() throws Exception {
		ExportPart part = new ExportPart("B-1", RecipeGenerator.generate(Difficulty.BEGINNER, 1, Units.INCH));
		ExportRequest request = new ExportRequest(List.of(part), ExportSettings.defaults().withUnits(Units.INCH));
		PrintPart p = prepare(List.of(part), Units.INCH).getFirst();
		Vec3 offset = PrintExporter.offsets(List.of(p)).getFirst();
		float[] placed = PrintExporter.placed(p.mesh(), 0, offset, PrintExporter.scale(request));
		Vec3 mm = p.mesh().vertex(0).plus(offset);
		assertEquals(mm.x() / 25.4, placed[0], 1e-5);
		assertEquals(mm.y() / 25.4, placed[1], 1e-5);
		assertEquals(mm.z() / 25.4, placed[2], 1e-5);
	}
}
