// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.model.SchemaHistory;

/**
 * The migration fixtures: a small data set per old schema version, stored as the CDO XML export of a repository of
 * that version ({@code fixtures/store-v<N>.cdo.xml}), and a store written by the v3 application ({@link #APP_V3}).
 * {@link #write} makes them (see {@code FixtureWriterTest});
 * {@link #install} turns one into a real H2 repository of that version.
 */
final class Fixtures {

	/**
	 * A v3 store written through the v3 store API, as the v3 application writes it (6 parts A-001..A-006: A-002
	 * bookmarked and viewed, A-005 bookmarked, A-003 viewed; 9 records in /records-0; 4 preferences, one of them the
	 * export preferences with format STEP): made once with the v3 code
	 * by a one-off test (in the history of this file's folder) and kept as it is, since no later code can write v3.
	 */
	static final String APP_V3 = "store-v3-app";

	static final List<String> PART_IDS = List.of("P-0001", "P-0002", "P-0003");

	private static final Pattern NATIVE_UNIT = Pattern.compile("<packageUnit id=\"([^\"]+)\" type=\"NATIVE\"");
	static final long[] RECORD_TIMES = { 60_000, 45_000, 120_000, 90_000, 300_000 };
	static final String[] RECORD_PARTS = { "P-0001", "P-0001", "P-0002", "P-0002", "P-0003" };
	static final boolean[] RECORD_COMPLETED = { false, true, false, true, true };

	private Fixtures() {
	}

	/**
	 * Creates a repository with the fixture data of a version and exports it.
	 *
	 * @param version 1, 2 or 3
	 * @param xml the export file to write
	 * @throws Exception on failure
	 */
	static void write(int version, Path xml) throws Exception {
		EPackage p = SchemaHistory.load(version);
		Path dir = TempStores.newDirectory("fixture-v" + version);
		try (EmbeddedRepository repository = EmbeddedRepository.open(dir)) {
			CDOTransaction tx = repository.session().openTransaction();
			EList<EObject> parts = tx.getOrCreateResource(StoreResources.PARTS).getContents();
			// v1 and v2 kept all records in /records; v3 in buckets of StoreResources.BUCKET (ids 1-5: /records-0)
			EList<EObject> records = tx.getOrCreateResource(version >= 3 ? StoreResources.bucket(1)
					: StoreResources.RECORDS).getContents();
			EList<EObject> prefs = tx.getOrCreateResource(StoreResources.PREFERENCES).getContents();
			for (int i = 0; i < PART_IDS.size(); i++) {
				parts.add(part(p, version, i));
			}
			for (int i = 0; i < RECORD_TIMES.length; i++) {
				EObject r = create(p, "UserRecord");
				set(r, "id", (long) i + 1);
				set(r, "partId", RECORD_PARTS[i]);
				set(r, "timeSpent", RECORD_TIMES[i]);
				set(r, "completed", RECORD_COMPLETED[i]);
				set(r, "difficulty", literal(p, "Difficulty", PART_IDS.indexOf(RECORD_PARTS[i])));
				set(r, "date", date(i * 3600));
				if (version >= 3) {
					String uuid = "00000000-0000-4000-8000-00000000000" + (i + 1);
					set(r, "uuid", uuid);
					set(r, "key", uuid);
					set(r, "created", date(i * 3600));
					set(r, "modified", date(i * 3600 + 1));
				}
				records.add(r);
			}
			prefs.add(preference(p, version, "theme", 0, "stringValue", "dark"));
			prefs.add(preference(p, version, "zoom", 1, "numberValue", 1.25));
			EObject export = create(p, "ExportPreferences");
			set(export, "format", literal(p, "ExportFormat", version >= 3 ? 3 : 1));
			set(export, "paperSize", "A3");
			set(export, "units", literal(p, "Units", 1));
			set(export, "includeTitle", false);
			set(export, "includeDimensions", true);
			prefs.add(preference(p, version, "export", 3, "objectValue", export));
			if (version >= 3) {
				prefs.add(preference(p, version, "tolerance", 1, "numberValue", 0.5));
				prefs.add(preference(p, version, "timer.autostart", 2, "booleanValue", true));
			}
			tx.commit();
			tx.close();
			try (OutputStream out = Files.newOutputStream(xml)) {
				repository.exportXml(out);
			}
		} finally {
			TempStores.delete(dir);
		}
	}

	private static EObject part(EPackage p, int version, int i) {
		EObject part = create(p, "StoredPart");
		set(part, "id", PART_IDS.get(i));
		set(part, "created", date(-86_400 + i));
		set(part, "lastViewed", date(i * 60));
		set(part, "completed", i == 0);
		if (version >= 2) {
			set(part, "bookmarked", i == 1);
		}
		if (version >= 3) {
			set(part, "key", PART_IDS.get(i));
			set(part, "modified", date(-86_400 + i + 30));
			long time = 0;
			for (int r = 0; r < RECORD_TIMES.length; r++) {
				time += RECORD_PARTS[r].equals(PART_IDS.get(i)) ? RECORD_TIMES[r] : 0;
			}
			set(part, "timeSpent", time);
		}
		EObject recipe = create(p, "PartRecipe");
		set(recipe, "id", "R-" + i);
		set(recipe, "seed", 1000L + i);
		set(recipe, "name", "Fixture part " + i);
		set(recipe, "difficulty", literal(p, "Difficulty", i));
		set(recipe, "units", literal(p, "Units", 0));
		set(recipe, "generatorVersion", 1);
		set(recipe, "difficultyScore", 1.5 * i);
		set(recipe, "stock", element(p, "block", null, "length", 100.0 + i, "width", 50.0, "height", 20.0));
		list(recipe, "features").add(element(p, "hole", "top", "diameter", 6.0 + i, "depth", 10.0));
		list(recipe, "features").add(element(p, "chamfer", "front", "size", 1.0));
		set(part, "recipe", recipe);
		return part;
	}

	private static EObject element(EPackage p, String kind, String face, Object... params) {
		EObject e = create(p, "RecipeElement");
		set(e, "kind", kind);
		set(e, "face", face);
		for (int i = 0; i < params.length; i += 2) {
			EObject param = create(p, "RecipeParam");
			set(param, "name", params[i]);
			set(param, "value", params[i + 1]);
			list(e, "params").add(param);
		}
		return e;
	}

	private static EObject preference(EPackage p, int version, String name, int type, String feature, Object value) {
		EObject pref = create(p, "Preference");
		set(pref, "name", name);
		if (version >= 3) {
			set(pref, "key", "pref-" + name);
			set(pref, "created", date(7200));
			set(pref, "modified", date(7260));
		}
		set(pref, "type", literal(p, "PreferenceType", type));
		set(pref, feature, value);
		return pref;
	}

	private static EObject create(EPackage p, String className) {
		return EcoreUtil.create((EClass) p.getEClassifier(className));
	}

	private static void set(EObject o, String feature, Object value) {
		o.eSet(o.eClass().getEStructuralFeature(feature), value);
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> list(EObject o, String feature) {
		return (EList<EObject>) o.eGet(o.eClass().getEStructuralFeature(feature));
	}

	private static Object literal(EPackage p, String enumName, int value) {
		return ((EEnum) p.getEClassifier(enumName)).getEEnumLiteral(value).getInstance();
	}

	private static Date date(long secondsAfterBase) {
		return Date.from(Instant.parse("2026-03-01T12:00:00Z").plusSeconds(secondsAfterBase));
	}

	/**
	 * Creates a real repository of the fixture's version in a store's database directory.
	 *
	 * @param version 1, 2 or 3
	 * @param layout the store layout (its db directory must not exist)
	 * @throws Exception on failure
	 */
	static void install(int version, StoreLayout layout) throws Exception {
		install("store-v" + version, layout);
	}

	/**
	 * Creates a real repository from a fixture file in a store's database directory, as the PartForge that wrote the
	 * fixture left it: also its model's package unit type (NATIVE for a store written by the application).
	 *
	 * @param name the fixture's name, e.g. {@value #APP_V3}
	 * @param layout the store layout (its db directory must not exist)
	 * @throws Exception on failure
	 */
	static void install(String name, StoreLayout layout) throws Exception {
		List<String> nativeUnits = new ArrayList<>();
		try (InputStream in = open(name)) {
			Matcher m = NATIVE_UNIT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			while (m.find()) {
				nativeUnits.add(m.group(1));
			}
		}
		try (InputStream in = open(name); EmbeddedRepository repository = EmbeddedRepository.importXml(layout.db(), in);
				Connection connection = repository.dataSource().getConnection();
				PreparedStatement update = connection
						.prepareStatement("UPDATE CDO_PACKAGE_UNITS SET ORIGINAL_TYPE = 0 WHERE ID = ?")) {
			// the import reads older PartForge models as DYNAMIC (OldModels); the database the fixture was exported
			// from recorded them as NATIVE (0), as every store written by PartForge itself does: make it so again
			for (String unit : nativeUnits) {
				update.setString(1, unit);
				if (update.executeUpdate() != 1) {
					throw new IllegalStateException("no package unit " + unit + " in the imported fixture " + name);
				}
			}
		}
	}


	/**
	 * Reads the package unit type of the PartForge model of a closed database, as CDO recorded it.
	 *
	 * @param db the database directory
	 * @param nsUri the model's nsURI
	 * @return CDO's type number: 0 NATIVE (generated classes), 2 DYNAMIC
	 * @throws Exception if the database cannot be read
	 */
	static int packageUnitType(Path db, String nsUri) throws Exception {
		org.h2.Driver.load();
		try (Connection connection = java.sql.DriverManager.getConnection(EmbeddedRepository.jdbcUrl(db, true), "sa", "");
				PreparedStatement query = connection
						.prepareStatement("SELECT ORIGINAL_TYPE FROM CDO_PACKAGE_UNITS WHERE ID = ?")) {
			query.setString(1, nsUri);
			try (java.sql.ResultSet rows = query.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("no package unit " + nsUri + " in " + db);
				}
				return rows.getInt(1);
			}
		}
	}

	/**
	 * @param version 1, 2 or 3
	 * @return the fixture's CDO XML
	 * @throws IOException if it cannot be found
	 */
	static InputStream open(int version) throws IOException {
		return open("store-v" + version);
	}

	/**
	 * @param fixture the fixture's name, e.g. {@value #APP_V3}
	 * @return the fixture's CDO XML
	 * @throws IOException if it cannot be found
	 */
	static InputStream open(String fixture) throws IOException {
		String name = "fixtures/" + fixture + ".cdo.xml";
		String dir = System.getProperty("partforge.fixtures");
		if (dir != null) {
			return Files.newInputStream(Path.of(dir, fixture + ".cdo.xml"));
		}
		URL url = Fixtures.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IOException("Fixture " + name + " not found in the test bundle");
		}
		return url.openStream();
	}
}
