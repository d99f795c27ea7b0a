// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.stl.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.partforge.export.ExportRequest;
import dev.partforge.export.print.PrintExporter;
import dev.partforge.export.print.PrintPart;
import dev.partforge.geometry.Vec3;
import dev.partforge.mesh.TriangleMesh;

/**
 * Exports parts as one binary STL file: an 80-byte header (which states the unit, since STL itself has none), the
 * triangle count, then per triangle its unit normal, three corners counter-clockwise seen from outside, and a zero
 * attribute word, all little-endian. Coordinates are in the request's length unit; a practice set's parts lie side
 * by side on the build plate ({@link PrintExporter}).
 */
public final class StlExporter extends PrintExporter {

	private static final int HEADER = 80;
	private static final int FACET = 50;

	/** Creates the exporter (extension point: public no-argument constructor). */
	public StlExporter() {
		super("STL");
	}

	@Override
	protected void write(ExportRequest request, List<PrintPart> parts, OutputStream target) throws IOException {
		OutputStream out = new BufferedOutputStream(target, 1 << 16);
		double scale = scale(request);
		List<Vec3> offsets = offsets(parts);
		long count = parts.stream().mapToLong(p -> p.mesh().triangleCount()).sum();
		ByteBuffer head = ByteBuffer.allocate(HEADER + 4).order(ByteOrder.LITTLE_ENDIAN);
		head.put(header(request, parts));
		head.putInt((int) count);
		out.write(head.array());
		ByteBuffer facet = ByteBuffer.allocate(FACET).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < parts.size(); i++) {
			TriangleMesh m = parts.get(i).mesh();
			int[] t = m.triangles();
			for (int k = 0; k < t.length; k += 3) {
				float[] a = placed(m, t[k], offsets.get(i), scale);
				float[] b = placed(m, t[k + 1], offsets.get(i), scale);
				float[] c = placed(m, t[k + 2], offsets.get(i), scale);
				facet.clear();
				putNormal(facet, a, b, c);
				facet.putFloat(a[0]).putFloat(a[1]).putFloat(a[2]);
				facet.putFloat(b[0]).putFloat(b[1]).putFloat(b[2]);
				facet.putFloat(c[0]).putFloat(c[1]).putFloat(c[2]);
				facet.putShort((short) 0);
				out.write(facet.array());
			}
		}
		out.flush();
	}

	/** The header names the parts and the unit; it never starts with "solid" (the ASCII STL keyword). */
	private static byte[] header(ExportRequest request, List<PrintPart> parts) {
		String unit = request.settings().units().name().toLowerCase(Locale.ROOT);
		String text = "PartForge binary STL; units=" + unit + "; parts=" + parts.size() + "; "
				+ String.join(",", parts.stream().map(PrintPart::id).toList());
		byte[] h = Arrays.copyOf(text.getBytes(StandardCharsets.US_ASCII), HEADER);
		for (int i = Math.min(text.length(), HEADER); i < HEADER; i++) {
			h[i] = ' ';
		}
		return h;
	}

	private static void putNormal(ByteBuffer facet, float[] a, float[] b, float[] c) {
		double ux = (double) b[0] - a[0];
		double uy = (double) b[1] - a[1];
		double uz = (double) b[2] - a[2];
		double vx = (double) c[0] - a[0];
		double vy = (double) c[1] - a[1];
		double vz = (double) c[2] - a[2];
		Vec3 n = new Vec3(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
		double l = n.length();
		Vec3 u = l == 0 ? Vec3.ZERO : n.times(1 / l);
		facet.putFloat((float) u.x()).putFloat((float) u.y()).putFloat((float) u.z());
	}
}
