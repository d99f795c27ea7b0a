// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose {@link #close()} only flushes: it keeps the stream beneath open for its owner, e.g. the
 * export's file channel until it is forced to disk and moved, or an exporter's caller's stream under a zip stream.
 * Writes go straight through in blocks.
 */
public final class NonClosingOutputStream extends FilterOutputStream {

	/**
	 * Wraps a stream.
	 *
	 * @param out the stream to keep open
	 */
	public NonClosingOutputStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		out.write(b, off, len);
	}

	/** Flushes and leaves the stream beneath open. */
	@Override
	public void close() throws IOException {
		flush();
	}
}
