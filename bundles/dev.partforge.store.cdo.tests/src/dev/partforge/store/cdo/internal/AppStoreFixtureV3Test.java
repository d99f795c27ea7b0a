// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ExportFormat;
import dev.partforge.model.ExportPreferences;
import dev.partforge.model.StoredPart;
import dev.partforge.model.Units;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.testing.TestParts;

/**
 * One-off (schema v3 only): writes a store through the v3 store API, as the v3 application does, and exports it to
 * target/fixtures/store-v3-app.cdo.xml. Run once before schema v4 and the output committed as a fixture; removed
 * with the v4 schema (it cannot write v3 any more).
 */
public final class AppStoreFixtureV3Test {

	@Test
	public void writeAppStore() throws Exception {
		Path root = TempStores.newDirectory("app-v3");
		StoreLayout layout = new StoreLayout(root);
		CdoPartStore store = new CdoPartStore(root);
		try {
			List<StoredPart> parts = new ArrayList<>();
			Difficulty[] levels = Difficulty.values();
			for (int i = 0; i < 6; i++) {
				StoredPart part = TestParts.part(String.format("A-%03d", i + 1), levels[i % 3]);
				part.getRecipe().setSeed(4200L + i);
				part.getRecipe().setUnits(i == 5 ? Units.INCH : Units.MM);
				part.setCreated(Date.from(Instant.parse("2026-11-20T08:00:00Z").plusSeconds(i * 600)));
				parts.add(part);
			}
			store.putParts(parts);
			StoredPart viewed = store.getPart("A-002").orElseThrow();
			viewed.setBookmarked(true);
			viewed.setLastViewed(Date.from(Instant.parse("2026-11-21T09:30:00Z")));
			store.putPart(viewed);
			StoredPart other = store.getPart("A-005").orElseThrow();
			other.setBookmarked(true);
			store.putPart(other);
			StoredPart seen = store.getPart("A-003").orElseThrow();
			seen.setLastViewed(Date.from(Instant.parse("2026-11-22T17:05:00Z")));
			store.putPart(seen);
			List<UserRecord> records = new ArrayList<>();
			String[] ids = { "A-001", "A-002", "A-002", "A-003", "A-004", "A-004", "A-004", "A-006" };
			for (int i = 0; i < ids.length; i++) {
				records.add(TestParts.record(ids[i], 30_000L + 7_919L * i, i % 3 != 1,
						Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i * 3_600L)));
			}
			store.addRecords(records);
			store.addRecord(TestParts.record("A-001", 95_500, true, Instant.parse("2026-11-24T11:00:00Z")));
			store.putPreference("timer.autostart", new PreferenceValue.Flag(true));
			store.putPreference("check.tolerance", new PreferenceValue.Number(0.5));
			store.putPreference("ui.lastDifficulty", new PreferenceValue.Text("EXPERT"));
			ExportPreferences export = store.getExportPreferences();
			export.setFormat(ExportFormat.STEP);
			export.setPaperSize("A2");
			export.setUnits(Units.INCH);
			export.setIncludeDimensions(false);
			store.putExportPreferences(export);
		} finally {
			store.close();
		}
		Path dir = Files.createDirectories(Path.of(System.getProperty("partforge.testOutput", "target"), "fixtures"));
		try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db());
				OutputStream out = Files.newOutputStream(dir.resolve("store-v3-app.cdo.xml"))) {
			repository.exportXml(out);
		} finally {
			TempStores.delete(root);
		}
	}
}
