// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics.internal;

import java.time.Instant;
import java.util.List;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.StorageSample;

/**
 * The saved form of {@link MetricsData}: UTF-8 lines of tab-separated fields, starting with {@value #HEADER}.
 *
 * <pre>
 * since    &lt;epoch ms&gt;
 * timing   &lt;kind&gt;  &lt;count&gt; &lt;max&gt; &lt;bucket&gt;:&lt;n&gt;,...
 * failures &lt;kind&gt;  &lt;n&gt;
 * error    &lt;error kind&gt;  &lt;n&gt;
 * usage    &lt;epoch ms&gt;  &lt;database&gt;  &lt;backups&gt;  &lt;free&gt;  &lt;low&gt;
 * cache    &lt;name&gt;  &lt;size&gt;  &lt;bound&gt;  &lt;hits&gt;  &lt;misses&gt;
 * </pre>
 */
final class MetricsCodec {

	static final String HEADER = "partforge-metrics\t1";

	private MetricsCodec() {
	}

	static String encode(MetricsData data) {
		StringBuilder b = new StringBuilder(HEADER).append('\n');
		b.append("since\t").append(data.since().toEpochMilli()).append('\n');
		data.timings().forEach((k, h) -> b.append("timing\t").append(k).append('\t').append(h.encode()).append('\n'));
		data.failures().forEach((k, n) -> b.append("failures\t").append(k).append('\t').append(n).append('\n'));
		data.errors().forEach((k, n) -> b.append("error\t").append(k).append('\t').append(n).append('\n'));
		for (StorageSample s : data.usage()) {
			b.append("usage\t").append(s.at().toEpochMilli()).append('\t').append(s.database()).append('\t')
					.append(s.backups()).append('\t').append(s.free()).append('\t').append(s.low()).append('\n');
		}
		for (CacheFigures c : data.caches().values()) {
			b.append("cache\t").append(c.name()).append('\t').append(c.size()).append('\t').append(c.bound())
					.append('\t').append(c.hits()).append('\t').append(c.misses()).append('\n');
		}
		return b.toString();
	}

	/**
	 * @param lines the saved form
	 * @return the figures
	 * @throws IllegalArgumentException if a line is malformed (also {@link NumberFormatException})
	 */
	static MetricsData decode(List<String> lines) {
		if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
			throw new IllegalArgumentException("not a PartForge metrics file (no header " + HEADER + ")");
		}
		MetricsData data = null;
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t", -1);
			if (data == null) {
				require(f[0].equals("since") && f.length == 2, line);
				data = new MetricsData(Instant.ofEpochMilli(Long.parseLong(f[1])));
				continue;
			}
			switch (f[0]) {
			case "timing" -> {
				require(f.length == 3, line);
				data.timings().put(f[1], Histogram.decode(f[2]));
			}
			case "failures" -> {
				require(f.length == 3, line);
				data.failures().put(f[1], Long.parseLong(f[2]));
			}
			case "error" -> {
				require(f.length == 3, line);
				data.errors().put(f[1], Long.parseLong(f[2]));
			}
			case "usage" -> {
				require(f.length == 6, line);
				data.usage().add(new StorageSample(Instant.ofEpochMilli(Long.parseLong(f[1])), Long.parseLong(f[2]),
						Long.parseLong(f[3]), Long.parseLong(f[4]), Boolean.parseBoolean(f[5])));
			}
			case "cache" -> {
				require(f.length == 6, line);
				data.caches().put(f[1], new CacheFigures(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
						Long.parseLong(f[4]), Long.parseLong(f[5])));
			}
			default -> throw new IllegalArgumentException("unknown line: " + line);
			}
		}
		if (data == null) {
			throw new IllegalArgumentException("no 'since' line");
		}
		return new MetricsData(data.since()).add(data); // keeps the bounds whatever the file holds
	}

	private static void require(boolean ok, String line) {
		if (!ok) {
			throw new IllegalArgumentException("malformed line: " + line);
		}
	}
}
