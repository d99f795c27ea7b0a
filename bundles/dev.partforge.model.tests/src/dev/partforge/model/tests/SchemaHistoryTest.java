// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import dev.partforge.model.ModelPackage;
import dev.partforge.model.SchemaHistory;

/** The model versions: generated v3 and the history files v1/v2 differ exactly by the documented changes. */
public final class SchemaHistoryTest {

	/** nsURIs carry the version. */
	@Test
	public void nsUrisCarryTheVersion() {
		assertEquals("http://partforge.dev/model/3.0", ModelPackage.eNS_URI);
		assertEquals(ModelPackage.eNS_URI, SchemaHistory.nsUri(SchemaHistory.CURRENT_VERSION));
		assertEquals(OptionalInt.of(2), SchemaHistory.versionOf("http://partforge.dev/model/2.0"));
		assertEquals(OptionalInt.empty(), SchemaHistory.versionOf("http://example.com/model/2.0"));
		assertSame(ModelPackage.eINSTANCE, SchemaHistory.load(3));
		assertThrows(IllegalArgumentException.class, () -> SchemaHistory.load(4));
	}

	/** v1 has no bookmarks, v2 adds them; v3 adds time tracking and sync keys. */
	@Test
	public void historyDiffersByTheDocumentedChanges() {
		EPackage v1 = SchemaHistory.load(1);
		EPackage v2 = SchemaHistory.load(2);
		assertEquals(SchemaHistory.nsUri(1), v1.getNsURI());
		assertEquals(SchemaHistory.nsUri(1), v1.eResource().getURI().toString(), "CDO needs resource URI = nsURI");
		assertNull(feature(v1, "StoredPart", "bookmarked"));
		assertNotNull(feature(v2, "StoredPart", "bookmarked"));
		assertNull(feature(v2, "StoredPart", "timeSpent"));
		assertNull(feature(v2, "UserRecord", "uuid"));
		assertNull(v2.getEClassifier("Stored"));
		EPackage v3 = ModelPackage.eINSTANCE;
		assertNotNull(feature(v3, "StoredPart", "timeSpent"));
		assertNotNull(feature(v3, "UserRecord", "uuid"));
		for (String name : List.of("StoredPart", "UserRecord", "Preference")) {
			assertNotNull(feature(v3, name, "key"), name + ".key");
			assertNotNull(feature(v3, name, "modified"), name + ".modified");
		}
		for (String name : List.of("PartRecipe", "RecipeElement", "RecipeParam", "ExportPreferences")) {
			EClass old = (EClass) v2.getEClassifier(name);
			EClass current = (EClass) v3.getEClassifier(name);
			assertEquals(names(old), names(current), name + " must be unchanged since v1");
		}
	}

	/** The recipe content keeps the agreed generic shape. */
	@Test
	public void recipeContentShape() {
		ModelPackage p = ModelPackage.eINSTANCE;
		assertEquals(List.of("id", "seed", "name", "difficulty", "units", "generatorVersion", "difficultyScore", "stock",
				"features"), names(p.getPartRecipe()));
		assertTrue(p.getPartRecipe_Stock().isContainment() && !p.getPartRecipe_Stock().isMany());
		assertTrue(p.getPartRecipe_Features().isContainment() && p.getPartRecipe_Features().isOrdered()
				&& p.getPartRecipe_Features().isMany());
		assertEquals(List.of("kind", "face", "params"), names(p.getRecipeElement()));
		assertEquals(List.of("name", "value"), names(p.getRecipeParam()));
	}

	private static EStructuralFeature feature(EPackage p, String className, String feature) {
		return ((EClass) p.getEClassifier(className)).getEStructuralFeature(feature);
	}

	private static List<String> names(EClass c) {
		return c.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).toList();
	}
}
