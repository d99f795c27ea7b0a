// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.MassProperties;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.TopologyReport;
import dev.partforge.geometry.Vec3;
import dev.partforge.geometry.internal.BrepBuilder;
import dev.partforge.geometry.internal.FaceDraft;
import dev.partforge.geometry.internal.Level;
import dev.partforge.geometry.internal.Outline;

/** Hand-built solids whose mass properties are known in closed form. */
final class BrepBuilderTest {

	private static final double[][] RECT = { { 0, 0 }, { 60, 0 }, { 60, 40 }, { 0, 40 } };

	static Solid block(BrepBuilder b, Outline profile, double h, FaceDraft[] topBottom) {
		Level l0 = b.level(Frame.WORLD, profile, 0);
		Level l1 = b.level(Frame.WORLD, profile, h);
		b.walls(l1, l0, true);
		topBottom[1] = b.cap(l0, false);
		topBottom[0] = b.cap(l1, true);
		return null;
	}

	@Test
	void plainBlockHasExactProperties() {
		BrepBuilder b = new BrepBuilder();
		block(b, Outline.polygon(RECT, new int[4], 0), 10, new FaceDraft[2]);
		Solid s = b.build("block");
		MassProperties m = BrepMassProperties.of(s);
		assertEquals(24000, m.volume(), 1e-8);
		assertEquals(2 * (2400 + 600 + 400), m.area(), 1e-8);
		assertEquals(new Vec3(30, 20, 5).distance(m.centroid()), 0, 1e-9);
		TopologyReport t = TopologyReport.of(s);
		assertEquals(List.of(), t.problems());
		assertEquals(8, t.vertices());
		assertEquals(12, t.edges());
		assertEquals(0, t.genus(), 0);
	}

	@Test
	void filletedBlockWithCounterboreAndCountersinkAndPocket() {
		BrepBuilder b = new BrepBuilder();
		FaceDraft[] tb = new FaceDraft[2];
		double c = 5;
		block(b, Outline.polygon(RECT, new int[] { 1, 1, 2, 2 }, c), 10, tb);
		Frame top = Frame.of(new Vec3(0, 0, 10), Vec3.Z, Vec3.X);
		b.cut(tb[0], top, List.of(new BrepBuilder.Station(0, Outline.circle(15, 20, 5)),
				new BrepBuilder.Station(-3, Outline.circle(15, 20, 5)), new BrepBuilder.Station(-3, Outline.circle(15, 20, 3)),
				new BrepBuilder.Station(-10, Outline.circle(15, 20, 3))), tb[1]);
		b.cut(tb[0], top, List.of(new BrepBuilder.Station(0, Outline.circle(45, 30, 4)),
				new BrepBuilder.Station(-2, Outline.circle(45, 30, 2)), new BrepBuilder.Station(-6, Outline.circle(45, 30, 2))), null);
		b.cut(tb[0], top, List.of(new BrepBuilder.Station(0, Outline.roundedRectangle(40, 12, 16, 8, 2)),
				new BrepBuilder.Station(-4, Outline.roundedRectangle(40, 12, 16, 8, 2))), null);
		b.boss(tb[0], top, Outline.circle(30, 30, 3), 5);
		Solid s = b.build("part");
		TopologyReport t = TopologyReport.of(s);
		assertEquals(List.of(), t.problems());
		assertEquals(1, t.genus(), 0);
		double stock = (2400 - 2 * (1 - Math.PI / 4) * c * c - 2 * c * c / 2) * 10;
		double cb = Math.PI * 25 * 3 + Math.PI * 9 * 7;
		double cs = Math.PI * 2 * (16 + 8 + 4) / 3 + Math.PI * 4 * 4;
		double pocket = (16 * 8 - (4 - Math.PI) * 4) * 4;
		double boss = Math.PI * 9 * 5;
		MassProperties m = BrepMassProperties.of(s);
		assertEquals(stock - cb - cs - pocket + boss, m.volume(), 1e-9 * m.volume());
		assertTrue(m.bounds().max().distance(new Vec3(60, 40, 15)) < 1e-12, m.bounds().toString());
	}

	@Test
	void facesRememberTheFeatureThatCreatedThem() {
		BrepBuilder b = new BrepBuilder();
		FaceDraft[] tb = new FaceDraft[2];
		block(b, Outline.polygon(RECT, new int[4], 0), 10, tb);
		Frame top = Frame.of(new Vec3(0, 0, 10), Vec3.Z, Vec3.X);
		b.origin(0);
		b.cut(tb[0], top, List.of(new BrepBuilder.Station(0, Outline.circle(15, 20, 5)),
				new BrepBuilder.Station(-4, Outline.circle(15, 20, 5))), null);
		b.origin(1);
		b.boss(tb[0], top, Outline.circle(40, 20, 3), 5);
		Solid s = b.build("part");
		List<Integer> expected = List.of(-1, -1, -1, -1, -1, -1, 0, 0, 0, 1, 1, 1);
		assertEquals(expected, s.featureOfFace());
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(expected.get(i), s.featureOf(i));
		}
		assertEquals(Solid.STOCK, new Solid("plain", s.shell()).featureOf(11));
	}
}
