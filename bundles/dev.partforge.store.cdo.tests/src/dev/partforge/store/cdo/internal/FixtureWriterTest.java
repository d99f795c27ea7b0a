// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checked-in migration fixtures hold what {@link Fixtures#write} makes: every build writes each fixture again (to
 * target/fixtures) and compares every object with the checked-in file, field by field ({@link FixtureModel}; the
 * files differ only in CDO's commit times). A fixture for a new old version is made the same way: add it to the
 * versions here and copy target/fixtures/store-v&lt;N&gt;.cdo.xml into fixtures/.
 */
public final class FixtureWriterTest {

	@ParameterizedTest(name = "v{0}")
	@ValueSource(ints = { 1, 2, 3 })
	public void checkedInFixtureIsWhatTheWriterMakes(int version) throws Exception {
		Path dir = Files.createDirectories(Path.of(System.getProperty("partforge.testOutput", "target"), "fixtures"));
		Path written = dir.resolve("store-v" + version + ".cdo.xml");
		Fixtures.write(version, written);
		FixtureModel fresh;
		try (InputStream in = Files.newInputStream(written)) {
			fresh = FixtureModel.read(in);
		}
		FixtureModel checkedIn;
		try (InputStream in = Fixtures.open(version)) {
			checkedIn = FixtureModel.read(in);
		}
		String records = version >= 3 ? StoreResources.bucket(1) : StoreResources.RECORDS;
		for (String resource : List.of(StoreResources.PARTS, records, StoreResources.PREFERENCES)) {
			assertEquals(fresh.objects(resource), checkedIn.objects(resource), resource + " of fixture v" + version);
		}
	}
}
