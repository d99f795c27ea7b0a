// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Date;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.core.DataDirectory;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.UserRecord;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.server.internal.Role;
import dev.partforge.server.internal.TeamServer;
import dev.partforge.store.PartStore;
import dev.partforge.store.RecordQuery;
import dev.partforge.sync.BackgroundSync;
import dev.partforge.sync.internal.Remote;
import dev.partforge.sync.internal.RemoteSettings;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.PostgresCluster;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.storage.StorageView;
import dev.partforge.ui.internal.sync.SyncMonitor;
import dev.partforge.ui.internal.sync.SyncStatusContribution;

/**
 * Issue 9 in the workbench, with a real team server on a PostgreSQL cluster made by the test: without a server the
 * status bar says offline; an unreachable server is offline with its reason after File &gt; Sync Now; with the
 * server set, Sync Now brings the status bar and the Storage view to online, and a record added in the workbench
 * reaches the server's database by itself (the store change wakes the sync Job).
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncUITest {

	private static PostgresCluster postgres;
	private static TeamServer server;

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);
	private final PartLibrary library = Components.service(PartLibrary.class);
	private final SyncMonitor monitor = Components.service(SyncMonitor.class);

	@BeforeAll
	static void start() throws Exception {
		new RemoteSettings(DataDirectory.get()).unset();
		postgres = PostgresCluster.start();
		server = TeamServer.start(postgres.dataSource(), "127.0.0.1", 0);
		server.users().add("uitest", "uitest-pw".toCharArray(), Role.STUDENT);
	}

	@AfterAll
	static void stop() throws Exception {
		try {
			new RemoteSettings(DataDirectory.get()).unset();
			Components.service(SyncMonitor.class).sync().stop();
			Job.getJobManager().join(BackgroundSync.FAMILY, null);
		} finally {
			try {
				server.close();
			} finally {
				postgres.close();
			}
		}
	}

	@Test
	@Order(1)
	void withoutAServerTheStatusBarSaysOffline() {
		monitor.sync().changed();
		bot.waitFor("the status bar says offline without a server",
				() -> status().startsWith("Sync: offline") && status().contains("no team server is set"));
	}

	@Test
	@Order(2)
	void anUnreachableServerIsOfflineWithItsReasonAfterSyncNow() throws Exception {
		int closed;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = probe.getLocalPort();
		}
		new RemoteSettings(DataDirectory.get()).set(Remote.parse("tcp://127.0.0.1:" + closed, "uitest"),
				"uitest-pw".toCharArray());
		bot.menu("File", "Sync Now");
		bot.waitFor("the status bar says why the server is offline",
				() -> status().startsWith("Sync: offline") && status().contains("is not reachable"));
		assertTrue(monitor.sync().running(), "an unreachable server is tried again by the retry policy");
	}

	@Test
	@Order(3)
	void syncNowGoesOnlineAndARecordAddedInTheWorkbenchReachesTheServer() throws Exception {
		new RemoteSettings(DataDirectory.get()).set(
				Remote.parse("tcp://127.0.0.1:" + server.address().getPort(), "uitest"), "uitest-pw".toCharArray());
		bot.menu("File", "Sync Now");
		bot.waitFor("the status bar goes online", () -> status().startsWith("Sync: online"));
		ViewHandle view = bot.showView(PartForgeUi.STORAGE_VIEW);
		bot.waitFor("the Storage view shows online",
				() -> view.labelWithId(StorageView.SYNC_KEY).text().startsWith("Sync: online"));

		String partId = library.generate(Difficulty.BEGINNER, OptionalLong.of(909_001), Units.MM).getId();
		// as the workbench adds a record: without a uuid, so the store gives it one and queues it in the outbox
		UserRecord record = ModelFactory.eINSTANCE.createUserRecord();
		record.setPartId(partId);
		record.setTimeSpent(61_000);
		record.setCompleted(true);
		record.setDate(new Date());
		Set<String> before = uuids(partId);
		store.addRecord(record);
		Set<String> added = uuids(partId);
		added.removeAll(before);
		String uuid = added.iterator().next();
		bot.waitFor("the record reaches the server without a click", () -> onServer(uuid) == 1);
		bot.waitFor("the status bar shows nothing pending", () -> status().startsWith("Sync: online")
				&& status().contains(", 0 pending"));
		bot.screenshot(TestOutput.dir("screenshots").resolve("SyncUITest-online.png"));
		assertEquals(1, onServer(uuid));
	}

	private Set<String> uuids(String partId) {
		return store.listRecords(RecordQuery.forPart(partId)).stream().map(UserRecord::getUuid)
				.collect(Collectors.toCollection(HashSet::new));
	}

	private static long onServer(String uuid) {
		try (Connection c = postgres.dataSource().getConnection();
				PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM USERRECORD WHERE UUID = ?")) {
			s.setString(1, uuid);
			try (ResultSet rows = s.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		} catch (java.sql.SQLException e) {
			return -1; // the table appears with the first record pushed
		}
	}

	private String status() {
		return bot.ui().call(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Control label = find(shell, c -> c instanceof CLabel
					&& SyncStatusContribution.LABEL_KEY.equals(c.getData(PartForgeUi.WIDGET_KEY)));
			return label == null ? "" : ((CLabel) label).getText();
		});
	}

	private static Control find(Control control, Predicate<Control> match) {
		if (match.test(control)) {
			return control;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, match);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
