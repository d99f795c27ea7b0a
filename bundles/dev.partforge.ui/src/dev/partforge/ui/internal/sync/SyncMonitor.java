// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.sync;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.core.DataDirectory;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreListener;
import dev.partforge.sync.BackgroundSync;

/**
 * The workbench's synchronisation with the team server: when the component activates (the workbench starts) the sync
 * Job starts if a server is set ({@code partforge remote set}); every store change refreshes the status (pending
 * changes) and wakes a waiting cycle; deactivation stops it. The status bar, the Storage view and Sync Now share it.
 */
@Component(service = SyncMonitor.class)
public final class SyncMonitor {

	private final PartStore store;
	private final BackgroundSync sync;
	private final StoreListener listener;

	/**
	 * Creates the monitor and starts synchronising if a server is set.
	 *
	 * @param store the store of the workbench's data directory
	 */
	@Activate
	public SyncMonitor(@Reference PartStore store) {
		this.store = store;
		this.sync = new BackgroundSync(store, DataDirectory.get());
		this.listener = change -> sync.changed();
		store.addListener(listener);
		ILog.of(SyncMonitor.class).info(sync.start() ? "Synchronising with the team server in the background"
				: "No team server is set: not synchronising");
	}

	/** @return the background synchronisation */
	public BackgroundSync sync() {
		return sync;
	}

	/** Stops synchronising. */
	@Deactivate
	void deactivate() {
		store.removeListener(listener);
		sync.stop();
	}
}
