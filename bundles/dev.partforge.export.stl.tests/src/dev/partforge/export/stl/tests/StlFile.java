// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.stl.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A binary STL file read back independently of the writer: header, count, and per facet the stored normal and three
 * corners.
 *
 * @param header  the 80-byte header as text
 * @param facets  per facet twelve floats: normal x, y, z, then the corners
 */
record StlFile(String header, float[][] facets) {

	static StlFile parse(byte[] bytes) {
		ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		if (bytes.length < 84) {
			throw new AssertionError("shorter than a binary STL header: " + bytes.length + " bytes");
		}
		String header = new String(bytes, 0, 80, StandardCharsets.US_ASCII);
		long count = Integer.toUnsignedLong(b.getInt(80));
		if (bytes.length != 84 + 50 * count) {
			throw new AssertionError(count + " facets need " + (84 + 50 * count) + " bytes, the file has " + bytes.length);
		}
		float[][] facets = new float[(int) count][12];
		b.position(84);
		for (float[] f : facets) {
			for (int k = 0; k < 12; k++) {
				f[k] = b.getFloat();
			}
			if (b.getShort() != 0) {
				throw new AssertionError("attribute byte count is not 0");
			}
		}
		return new StlFile(header, facets);
	}

	/** @return the enclosed volume (divergence theorem over the facets) */
	double volume() {
		double v = 0;
		for (float[] f : facets) {
			v += f[3] * ((double) f[7] * f[11] - (double) f[8] * f[10]) - f[4] * ((double) f[6] * f[11] - (double) f[8] * f[9])
					+ f[5] * ((double) f[6] * f[10] - (double) f[7] * f[9]);
		}
		return v / 6;
	}

	/** @return {min x, min y, min z, max x, max y, max z} of the corners */
	double[] bounds() {
		double[] r = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE,
				-Double.MAX_VALUE };
		for (float[] f : facets) {
			for (int k = 3; k < 12; k++) {
				r[k % 3] = Math.min(r[k % 3], f[k]);
				r[3 + k % 3] = Math.max(r[3 + k % 3], f[k]);
			}
		}
		return r;
	}
}
