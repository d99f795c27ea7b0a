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

/** The model versions: generated v4 and the history files v1-v3 differ exactly by the documented changes. */
public final class SchemaHistoryTest {

	/** nsURIs carry the version. */
	@Test
	public void nsUrisCarryTheVersion() {
		assertEquals("http://partforge.dev/model/4.0", ModelPackage.eNS_URI);
		assertEquals(ModelPackage.eNS_URI, SchemaHistory.nsUri(SchemaHistory.CURRENT_VERSION));
		assertEquals(OptionalInt.of(2), SchemaHistory.versionOf("http://partforge.dev/model/2.0"));
		assertEquals(OptionalInt.empty(), SchemaHistory.versionOf("http://example.com/model/2.0"));
		assertSame(ModelPackage.eINSTANCE, SchemaHistory.load(4));
		assertEquals(SchemaHistory.nsUri(3), SchemaHistory.load(3).getNsURI());
		assertThrows(IllegalArgumentException.class, () -> SchemaHistory.load(5));
	}

	/**
	 * The generated_package extension (plugin.xml) registers the generated package under the current nsURI only: an
	 * older nsURI mapped to it makes CDO fail on stores and backups of that version (a NullPointerException while
	 * loading their model).
	 */
	@Test
	public void onlyTheCurrentNsUriIsRegistered() {
		assertSame(ModelPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI));
		for (int version = SchemaHistory.OLDEST_VERSION; version < SchemaHistory.CURRENT_VERSION; version++) {
			assertNull(EPackage.Registry.INSTANCE.get(SchemaHistory.nsUri(version)), "v" + version + " is registered");
		}
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
		EPackage v3 = SchemaHistory.load(3);
		assertNotNull(feature(v3, "StoredPart", "timeSpent"));
		assertNotNull(feature(v3, "UserRecord", "uuid"));
		for (String name : List.of("StoredPart", "UserRecord", "Preference")) {
			assertNotNull(feature(v3, name, "key"), name + ".key");
			assertNotNull(feature(v3, name, "modified"), name + ".modified");
		}
		for (String name : List.of("PartRecipe", "RecipeElement", "RecipeParam", "ExportPreferences")) {
			EClass old = (EClass) v2.getEClassifier(name);
			EClass current = (EClass) v3.getEClassifier(name);
			assertEquals(names(old), names(current), name + " must be unchanged from v1 to v3");
		}
	}

	/**
	 * v4 adds the material, checked answers, per-user part state, the sync outbox and bookkeeping, and turns the
	 * closed export format enum into an exporter id; everything else of v3 is unchanged.
	 */
	@Test
	public void v4AddsMaterialAnswersStateAndOutbox() {
		EPackage v3 = SchemaHistory.load(3);
		ModelPackage v4 = ModelPackage.eINSTANCE;
		assertEquals(List.of("key", "created", "modified", "id", "recipe", "lastViewed", "bookmarked", "completed",
				"timeSpent"), names(v4.getStoredPart()), "StoredPart keeps bookmarked and lastViewed as caches");
		assertEquals(names((EClass) v3.getEClassifier("StoredPart")), names(v4.getStoredPart()));
		assertEquals(append(names((EClass) v3.getEClassifier("PartRecipe")), "material"), names(v4.getPartRecipe()));
		assertEquals(append(names((EClass) v3.getEClassifier("UserRecord")), "answerKind", "answerValue", "answerUnit",
				"result", "deviation"), names(v4.getUserRecord()));
		assertEquals(append(names((EClass) v3.getEClassifier("ExportPreferences")), "dxfVersion"),
				names(v4.getExportPreferences()));
		assertEquals("EString", v4.getExportPreferences_Format().getEType().getName());
		assertEquals("pdf", v4.getExportPreferences_Format().getDefaultValueLiteral());
		assertNull(v4.getEClassifier("ExportFormat"), "the exporter registry owns the formats");
		assertEquals(List.of("key", "created", "modified", "partId", "bookmarked", "lastViewed"),
				names(v4.getPartState()));
		assertEquals(List.of("key", "created", "modified", "kind", "businessKey"), names(v4.getOutboxEntry()));
		assertEquals(List.of("remoteUrl", "user", "lastPulled", "lastSynced"), names(v4.getSyncState()));
		assertEquals(List.of("RECORD_ADDED", "PART_PUT", "PART_DELETED", "STATE_CHANGED"),
				v4.getOutboxKind().getELiterals().stream().map(l -> l.getName()).toList());
		assertEquals(List.of("NONE", "MASS", "VOLUME", "STEP"),
				v4.getAnswerKind().getELiterals().stream().map(l -> l.getName()).toList());
		assertEquals(List.of("NOT_CHECKED", "CORRECT", "INCORRECT"),
				v4.getCheckResult().getELiterals().stream().map(l -> l.getName()).toList());
		for (String name : List.of("Preference", "RecipeElement", "RecipeParam")) {
			assertEquals(names((EClass) v3.getEClassifier(name)), names((EClass) v4.getEClassifier(name)), name);
		}
	}

	private static List<String> append(List<String> names, String... more) {
		List<String> all = new java.util.ArrayList<>(names);
		all.addAll(List.of(more));
		return all;
	}

	/** The recipe content keeps the agreed generic shape. */
	@Test
	public void recipeContentShape() {
		ModelPackage p = ModelPackage.eINSTANCE;
		assertEquals(List.of("id", "seed", "name", "difficulty", "units", "generatorVersion", "difficultyScore", "stock",
				"features", "material"), names(p.getPartRecipe()));
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
