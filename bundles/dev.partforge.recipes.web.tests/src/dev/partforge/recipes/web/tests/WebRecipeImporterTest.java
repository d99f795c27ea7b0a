// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.web.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;
import dev.partforge.recipes.web.WebPart;
import dev.partforge.recipes.web.WebRecipeException;
import dev.partforge.recipes.web.WebRecipeImporter;

/** The fixtures map onto exactly the recipes derived by hand, or are refused with the right lines. */
final class WebRecipeImporterTest {

	private static final Pattern NONE = new Pattern.None();

	/** @return the text of fixtures/NAME */
	static String fixture(String name) throws Exception {
		for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
			for (Path c : List.of(p.resolve("fixtures/" + name), p.resolve("bundles/dev.partforge.recipes.web.tests/fixtures/" + name))) {
				if (Files.isRegularFile(c)) {
					return Files.readString(c);
				}
			}
		}
		throw new IllegalStateException("fixture not found: " + name);
	}

	@Test
	void theOldShapeIsABoxWithThroughHoles() throws Exception {
		WebPart p = WebRecipeImporter.read(fixture("block-with-hole-old.json"));
		assertEquals("web-block-7", p.id());
		Recipe r = p.recipe();
		assertEquals(new Stock(StockKind.BLOCK, 80, 50, 20, 0, 0, CornerTreatment.NONE, 0), r.stock());
		assertEquals(List.of(new Hole("TOP", 52, 19, 10, 0, true, NONE), new Hole("SIDE1", 40, 13, 6, 0, true, NONE)), r.features());
		assertEquals(Difficulty.BEGINNER, r.difficulty());
		assertEquals(7, r.seed());
		assertEquals(Units.MM, r.units());
		assertEquals("Block with a through hole", r.name());
	}

	@Test
	void twoBoxesFormAnLProfileTurnedUpright() throws Exception {
		Recipe r = WebRecipeImporter.read(fixture("l-bracket.json")).recipe();
		assertEquals(new Stock(StockKind.L, 80, 60, 40, 10, 10, CornerTreatment.NONE, 0), r.stock());
		assertEquals(List.of(new Hole("TOP", 5, 40, 5, 0, true, NONE)), r.features());
		assertEquals(Difficulty.INTERMEDIATE, r.difficulty());
	}

	@Test
	void stackedCylindersAreACounterbore() throws Exception {
		Recipe r = WebRecipeImporter.read(fixture("counterbored-plate.json")).recipe();
		assertEquals(new Stock(StockKind.BLOCK, 100, 60, 12, 0, 0, CornerTreatment.NONE, 0), r.stock());
		assertEquals(List.of(new Counterbore("TOP", 70, 40, 8, 0, true, 14, 4, NONE), new Hole("TOP", 20, 15, 6, 8, false, NONE)),
				r.features());
	}

	@Test
	void twoBoxesFormATProfileTurnedSoItsFlangeIsOnTop() throws Exception {
		Recipe r = WebRecipeImporter.read(fixture("t-profile.json")).recipe();
		assertEquals(new Stock(StockKind.T, 60, 30, 20, 20, 10, CornerTreatment.NONE, 0), r.stock());
		assertEquals(List.of(new Hole("TOP", 50, 25, 6, 0, true, NONE)), r.features());
	}

	@Test
	void threeBoxesFormAUProfileExtrudedAlongX() throws Exception {
		Recipe r = WebRecipeImporter.read(fixture("u-channel.json")).recipe();
		assertEquals(new Stock(StockKind.U, 80, 50, 50, 10, 10, CornerTreatment.NONE, 0), r.stock());
		assertEquals(List.of(new Hole("TOP", 75, 30, 4, 20, false, NONE)), r.features());
	}

	@Test
	void aCylinderAlongZIsRoundStock() throws Exception {
		Recipe r = WebRecipeImporter.read(fixture("round-flange.json")).recipe();
		assertEquals(new Stock(StockKind.ROUND, 50, 50, 12, 0, 0, CornerTreatment.NONE, 0), r.stock());
		assertEquals(List.of(new Hole("TOP", 35, 25, 6, 0, true, NONE)), r.features());
	}

	@Test
	void unionsThatAreNoProfileAndRoundStockAlongXAreRefused() {
		String stair = """
				{"id":"s","name":"n","difficulty":"Expert","primitives":[
				 {"id":"a","kind":"box","params":{"width":30,"depth":10,"height":10},"transform":{"position":[15,5,5]}},
				 {"id":"b","kind":"box","params":{"width":20,"depth":10,"height":10},"transform":{"position":[10,15,5]}},
				 {"id":"c","kind":"box","params":{"width":10,"depth":10,"height":5},"transform":{"position":[5,25,2.5]}}],
				 "operations":[{"type":"union","targetId":"a","toolId":"b"},{"type":"union","targetId":"a","toolId":"c"}]}""";
		assertEquals(List.of("the union of 3 boxes 'a', 'b', 'c' is not a box or an extruded L, T or U profile"
				+ " (all boxes must share their extent along one axis)"),
				assertThrows(WebRecipeException.class, () -> WebRecipeImporter.read(stair)).reasons());
		String shaft = """
				{"id":"s","name":"n","difficulty":"Expert","primitives":[
				 {"id":"a","kind":"cylinder","params":{"radius":5,"height":40,"axis":"x"}}]}""";
		assertEquals(List.of("primitive 'a' (cylinder) forms the stock along x: round stock is mapped along z only"),
				assertThrows(WebRecipeException.class, () -> WebRecipeImporter.read(shaft)).reasons());
	}

	@Test
	void subtractedBoxesOpenToOneFaceAreSharpCorneredPockets() throws Exception {
		Recipe r = WebRecipeImporter.read(fixture("pocketed-block.json")).recipe();
		assertEquals(new Stock(StockKind.BLOCK, 80, 50, 20, 0, 0, CornerTreatment.NONE, 0), r.stock());
		Pocket side = (Pocket) r.features().get(1);
		assertEquals(List.of(new Pocket("TOP", 50, 30, 30, 20, 0, 8, NONE), new Pocket("SIDE1", side.u(), side.v(), side.length(),
				side.width(), 0, 3, NONE)), r.features());
		assertEquals(12 * 5.0, side.length() * side.width(), 1e-9);
	}

	@Test
	void boxesThatAreNoPocketAreRefused() {
		String json = """
				{"id":"s","name":"n","difficulty":"Expert","primitives":[
				 {"id":"a","kind":"box","params":{"width":40,"depth":40,"height":10}},
				 {"id":"step","kind":"box","params":{"width":10,"depth":40,"height":4},"transform":{"position":[15,0,3]}},
				 {"id":"void","kind":"box","params":{"width":4,"depth":4,"height":4}}],
				 "operations":[{"type":"subtract","targetId":"a","toolId":"step"},{"type":"subtract","targetId":"a","toolId":"void"}]}""";
		assertEquals(List.of("primitive 'step' (box) is subtracted and opens onto 4 faces: only pockets (open to one face, inside its footprint)"
				+ " are mapped", "primitive 'void' (box) is subtracted inside the stock: an inner void cannot be represented"),
				assertThrows(WebRecipeException.class, () -> WebRecipeImporter.read(json)).reasons());
	}

	@Test
	void aTorusCutIsRefusedWithOneLine() throws Exception {
		WebRecipeException e = assertThrows(WebRecipeException.class, () -> WebRecipeImporter.read(fixture("torus-cut.json")));
		assertEquals(List.of("primitive 'groove' (torus): cannot be represented exactly: PartForge parts have no toroidal faces"),
				e.reasons());
	}

	@Test
	void everyProblemGetsItsOwnLine() throws Exception {
		String json = """
				{"id":"x1","name":"n","difficulty":"Master","units":"inch","primitives":[
				 {"id":"a","kind":"box","params":{"width":10,"depth":10,"height":10}},
				 {"id":"b","kind":"sphere","params":{"radius":3}},
				 {"id":"c","kind":"box","params":{"width":4,"depth":4,"height":4},"transform":{"rotation":[0,0,45]}},
				 {"id":"d","kind":"cylinder","params":{"radius":1,"height":20,"axis":"z"}}],
				 "operations":[{"type":"intersect","targetId":"a","toolId":"b"},{"op":"subtract","targetId":"a","toolId":"c"},
				 {"type":"subtract","targetId":"a","toolId":"zz"}]}""";
		WebRecipeException e = assertThrows(WebRecipeException.class, () -> WebRecipeImporter.read(json));
		assertEquals(List.of("difficulty 'Master' is not Beginner, Intermediate or Expert",
				"units 'inch' are not supported (the web generator writes mm)",
				"primitive 'b' (sphere): cannot be represented exactly: PartForge parts have no spherical faces",
				"primitive 'c' (box): a rotation is not mapped (give cylinders an axis; boxes stay axis-aligned)",
				"operation 1 (intersect 'a' by 'b'): an intersection cannot be represented exactly (PartForge parts are a stock with cuts)",
				"operation 3 (subtract 'a' by 'zz'): 'zz' is no primitive or was used up by an earlier operation",
				"the operations leave 2 separate bodies [a, d]; a part is one solid"), e.reasons());
	}

	@Test
	void badJsonAndFeaturesThatInteractAreRefused() {
		String m = assertThrows(WebRecipeException.class, () -> WebRecipeImporter.read("{\"id\": ")).getMessage();
		assertTrue(m.startsWith("not valid JSON: "), m);
		assertEquals("not a part recipe: it has neither primitives[] nor holes[]",
				assertThrows(WebRecipeException.class, () -> WebRecipeImporter.read("{\"id\":\"a\",\"name\":\"n\",\"difficulty\":\"Expert\"}"))
						.getMessage());
		String close = """
				{"id":"a","name":"n","difficulty":"Expert","bounding_mm":{"x":40,"y":40,"z":10},
				 "holes":[{"x":0,"y":0,"z":0,"r":4},{"x":9,"y":0,"z":0,"r":4}]}""";
		m = assertThrows(WebRecipeException.class, () -> WebRecipeImporter.read(close)).getMessage();
		assertTrue(m.startsWith("the part breaks PartForge's rule that features never interact: "), m);
	}
}
