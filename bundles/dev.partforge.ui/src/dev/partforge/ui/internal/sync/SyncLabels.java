// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.sync;

import java.util.Date;

import org.eclipse.osgi.util.NLS;

import dev.partforge.sync.ConnectionState;
import dev.partforge.sync.SyncStatus;
import dev.partforge.ui.internal.Labels;

/** The one way the workbench words a {@link SyncStatus}: the status bar and the Storage view show the same. */
public final class SyncLabels {

	private SyncLabels() {
	}

	/**
	 * @param status the status
	 * @return e.g. {@code Sync: online, last 2026-12-04 14:05, 0 pending} or {@code Sync: offline - no team server is
	 *         set}
	 */
	public static String text(SyncStatus status) {
		String state = switch (status.state()) {
		case OFFLINE -> Messages.Sync_offline;
		case ONLINE -> Messages.Sync_online;
		case SYNCING -> Messages.Sync_syncing;
		case ERROR -> Messages.Sync_error;
		};
		String last = status.lastSync().map(t -> Labels.date(Date.from(t))).orElse(Messages.Sync_never);
		String text = NLS.bind(Messages.Sync_text, new Object[] { state, last, status.pending() });
		if (status.state() != ConnectionState.ONLINE && status.state() != ConnectionState.SYNCING) {
			text += status.message().map(m -> " - " + m).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
	}

	/**
	 * @param status the status
	 * @return the server and user, or that none is set
	 */
	public static String tip(SyncStatus status) {
		return status.remote().map(r -> NLS.bind(Messages.Sync_tip, r)).orElse(Messages.Sync_noRemote) + "\n" //$NON-NLS-1$
				+ status.describe();
	}
}
