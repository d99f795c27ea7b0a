// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import dev.partforge.cli.CliContext;
import dev.partforge.cli.internal.CommandRegistry;
import dev.partforge.cli.internal.Dispatcher;
import dev.partforge.core.DataDirectory;
import dev.partforge.model.Difficulty;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PartStore;
import dev.partforge.store.testing.TestParts;
import dev.partforge.tests.common.Components;

/**
 * {@code partforge remote} and {@code partforge sync} through the real dispatcher, the commands and the store as
 * registered in the running framework, against a real team server on a real PostgreSQL cluster.
 */
public final class SyncCommandsTest {

	private record Run(int exitCode, String out, String err) {
	}

	private static Run run(Path data, String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		InputStream in = System.in;
		System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
				CommandRegistry registry = new CommandRegistry(
						FrameworkUtil.getBundle(SyncCommandsTest.class).getBundleContext())) {
			int code = new Dispatcher(registry::commands).run(List.of(args),
					new CliContext(o, e, new NullProgressMonitor(), data));
			return new Run(code, out.toString(StandardCharsets.UTF_8).strip(), err.toString(StandardCharsets.UTF_8));
		} finally {
			System.setIn(in);
		}
	}

	@Test
	void remoteSetSyncAndStatusWorkAndARefusalIsOneLine() throws Exception {
		Path data = DataDirectory.get();
		try (TeamFixture team = TeamFixture.start()) {
			team.addUser("cli");
			String url = "tcp://127.0.0.1:" + team.address().getPort();
			assertEquals("No team server is set.", run(data, "", "remote", "show").out());
			Run status = run(data, "", "sync", "status", "--json");
			assertTrue(status.out().contains("\"state\":\"offline\"") && status.out().contains("no team server is set"),
					status.out());
			Run noServer = run(data, "", "sync");
			assertEquals(1, noServer.exitCode());
			assertTrue(noServer.err().contains("run partforge remote set"), noServer.err());

			Run set = run(data, "cli-pw\n", "remote", "set", url, "--user", "cli");
			assertEquals(0, set.exitCode(), set.err());
			assertEquals(url + " as cli", run(data, "", "remote", "show").out());

			PartStore store = Components.service(PartStore.class);
			store.putPart(TestParts.part("CLI-1", Difficulty.BEGINNER));
			store.addRecord(TestParts.record("CLI-1", 60_000, true, null));
			Run sync = run(data, "", "sync");
			assertEquals(0, sync.exitCode(), sync.err());
			assertTrue(sync.out().startsWith("Synchronised: pushed ") && sync.out().contains(" and 1 records"),
					sync.out());
			assertEquals(1, team.count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'CLI-1'"));
			UserRecord unqueued = TestParts.record("CLI-1", 1000, false, null); // as a record written before v4
			unqueued.setUuid(UUID.randomUUID().toString());
			store.importRecords(List.of(unqueued)); // stored without an outbox entry
			assertTrue(run(data, "", "sync").out().contains(" and 0 records, pulled"));
			Run full = run(data, "", "sync", "--full");
			assertEquals(0, full.exitCode(), full.err());
			assertTrue(full.out().contains(" and 1 records, pulled"), full.out());
			assertEquals(2, team.count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'CLI-1'"));
			Run online = run(data, "", "sync", "status", "--json");
			assertTrue(online.out().contains("\"state\":\"online\"") && online.out().contains("\"pending\":0"),
					online.out());

			assertEquals(0, run(data, "not-the-password\n", "remote", "set", url, "--user", "cli").exitCode());
			Run refused = run(data, "", "sync");
			assertEquals(1, refused.exitCode());
			assertTrue(refused.err().contains("Unknown user or wrong password: cli"), refused.err());
			assertFalse(refused.err().contains("Exception"), refused.err());
			assertTrue(run(data, "", "sync", "status").out().startsWith("error (cli@127.0.0.1:"));

			assertEquals("Team server unset.", run(data, "", "remote", "unset").out());
			assertEquals("No team server is set.", run(data, "", "remote", "show").out());
		}
	}
}
