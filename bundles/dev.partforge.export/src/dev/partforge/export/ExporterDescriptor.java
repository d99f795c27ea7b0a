// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An installed exporter as listed to users: its metadata, read without loading its bundle, and the exporter
 * itself, created on first use.
 */
public final class ExporterDescriptor {

	private final String formatId;
	private final String label;
	private final String fileExtension;
	private final int order;
	private final String contributor;
	private final Supplier<Exporter> factory;
	private volatile Exporter exporter;

	/**
	 * Creates a descriptor.
	 *
	 * @param formatId      format id, e.g. {@code "pdf"}
	 * @param label         name shown to users
	 * @param fileExtension extension of the files written, without the dot
	 * @param order         position in lists, lower first
	 * @param contributor   the bundle that contributes it
	 * @param factory       creates the exporter; may throw an unchecked exception with the reason
	 */
	public ExporterDescriptor(String formatId, String label, String fileExtension, int order, String contributor,
			Supplier<Exporter> factory) {
		this.formatId = Objects.requireNonNull(formatId);
		this.label = Objects.requireNonNull(label);
		this.fileExtension = Objects.requireNonNull(fileExtension);
		this.order = order;
		this.contributor = Objects.requireNonNull(contributor);
		this.factory = Objects.requireNonNull(factory);
	}

	/** @return the format id */
	public String formatId() {
		return formatId;
	}

	/** @return the name shown to users */
	public String label() {
		return label;
	}

	/** @return the file extension, without the dot */
	public String fileExtension() {
		return fileExtension;
	}

	/** @return the position in lists, lower first */
	public int order() {
		return order;
	}

	/** @return the symbolic name of the contributing bundle */
	public String contributor() {
		return contributor;
	}

	/**
	 * Returns the exporter, creating it on first use.
	 *
	 * @return the exporter
	 * @throws ExportException if it cannot be created
	 */
	public Exporter exporter() throws ExportException {
		Exporter e = exporter;
		if (e != null) {
			return e;
		}
		synchronized (this) {
			if (exporter == null) {
				try {
					exporter = factory.get();
				} catch (RuntimeException ex) {
					throw new ExportException("The " + label + " exporter of " + contributor
							+ " cannot be created: " + ex.getMessage(), ex);
				}
			}
			return exporter;
		}
	}

	@Override
	public String toString() {
		return formatId + " (" + label + ", *." + fileExtension + ", from " + contributor + ")";
	}
}
