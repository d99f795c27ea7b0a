// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Instant;

import org.eclipse.emf.cdo.common.revision.CDORevisionManager;
import org.eclipse.emf.cdo.spi.common.revision.InternalCDORevisionManager;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.Metrics;
import dev.partforge.metrics.StorageSample;

/**
 * What the store reports to the {@link Metrics} service: the durations and failures of opening, migrating,
 * committing, querying, backing up, restoring and verifying ({@code store.*} kinds), the storage it uses and the size
 * of the CDO revision cache ({@value #REVISIONS}) and the database page cache ({@value #PAGES}). Without a metrics
 * service it reports to {@link Metrics#NONE}.
 */
final class StoreMetrics {

	private static final System.Logger LOG = System.getLogger(StoreMetrics.class.getName());

	/** The cache name of the database's page cache (H2), sizes in KiB. */
	static final String PAGES = "h2.pages";

	/** The cache name of the CDO session's revision cache. */
	static final String REVISIONS = "cdo.revisions";

	private volatile Metrics metrics = Metrics.NONE;

	/** @param service the service to report to, or {@code null} for none */
	void use(Metrics service) {
		metrics = service == null ? Metrics.NONE : service;
	}

	/** @return the service reported to ({@link Metrics#NONE} if there is none) */
	Metrics service() {
		return metrics;
	}

	/**
	 * Records the storage the store uses now and the size of its revision cache. A failure to measure is logged, not
	 * thrown: the store's own work does not depend on its metrics.
	 *
	 * @param layout the store's folders
	 * @param store  the open store, for its session
	 * @param usable bytes usable on the volume
	 * @param low    whether that is below the warning threshold
	 */
	void usage(StoreLayout layout, OpenStore store, long usable, boolean low) {
		try {
			measure(layout, store, usable, low);
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			LOG.log(Level.WARNING, "Cannot measure the storage of " + layout.root() + " for the metrics", e);
		}
	}

	private void measure(StoreLayout layout, OpenStore store, long usable, boolean low) throws IOException {
		metrics.storage(new StorageSample(Instant.now(), StoreLayout.size(layout.db()),
				StoreLayout.size(layout.backups()), usable, low));
		CDORevisionManager revisions = store.view().getSession().getRevisionManager();
		if (revisions instanceof InternalCDORevisionManager internal) {
			// CDO keeps revisions by soft reference (bound: memory) and counts no hits: size only
			metrics.cache(new CacheFigures(REVISIONS, internal.getCache().getCurrentRevisions().size(), 0, 0, 0));
		}
		try {
			// H2 counts no hits (it keeps a ratio): size and bound only, in KiB
			store.tables().pageCacheFigures().ifPresent(f -> metrics.cache(new CacheFigures(PAGES, f[0], f[1], 0, 0)));
		} catch (java.sql.SQLException e) {
			throw new IllegalStateException("Cannot read the database page cache's figures", e);
		}
	}
}
