// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/**
 * The saved metrics of a data directory: {@code metrics/metrics.tsv}, shared by every PartForge process on it. Each
 * process adds what it collected under a file lock ({@code metrics.lock}); the new content is written to a temporary
 * file, forced to disk and renamed over the old one, so the file is always complete. A file that cannot be read is
 * moved aside ({@code metrics.tsv.damaged-<time>}, never deleted) and the metrics start again.
 */
final class MetricsFile {

	private static final System.Logger LOG = System.getLogger(MetricsFile.class.getName());

	/** Serializes the processes' threads: a JVM may hold one lock on a file only once. */
	private static final Object IN_PROCESS = new Object();

	private final Path dir;

	MetricsFile(Path dir) {
		this.dir = dir;
	}

	Path file() {
		return dir.resolve("metrics.tsv");
	}

	/**
	 * Adds figures to the saved ones.
	 *
	 * @param pending what this process collected since it last saved
	 * @throws IOException if the file cannot be written (it is then unchanged)
	 */
	void add(MetricsData pending) throws IOException {
		Files.createDirectories(dir);
		synchronized (IN_PROCESS) {
			try (FileChannel lock = FileChannel.open(dir.resolve("metrics.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock l = lock.lock()) {
				MetricsData all = load(pending.since()).add(pending);
				Path tmp = dir.resolve("metrics.tsv.tmp");
				try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
					out.write(StandardCharsets.UTF_8.encode(MetricsCodec.encode(all)));
					out.force(true);
				}
				Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

	/**
	 * Reads the saved figures.
	 *
	 * @param now the start of the metrics if none are saved yet
	 * @return the saved figures, empty (since {@code now}) if there are none
	 * @throws IOException if the directory cannot be read
	 */
	MetricsData read(Instant now) throws IOException {
		if (!Files.isDirectory(dir)) {
			return new MetricsData(now);
		}
		synchronized (IN_PROCESS) {
			Path lockFile = dir.resolve("metrics.lock");
			if (!Files.isWritable(dir) || !Files.exists(lockFile) && !Files.exists(file())) {
				return load(now); // nothing to lock against, or a read-only data directory: read as is
			}
			try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock l = lock.lock()) {
				return load(now);
			}
		}
	}

	private MetricsData load(Instant now) throws IOException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return new MetricsData(now);
		}
		try {
			return MetricsCodec.decode(lines);
		} catch (IllegalArgumentException | DateTimeException e) {
			Path aside = dir.resolve("metrics.tsv.damaged-" + System.currentTimeMillis());
			LOG.log(Level.WARNING, "The saved metrics " + file() + " cannot be read; moved them to " + aside
					+ " and started new metrics", e);
			if (Files.isWritable(dir)) {
				Files.move(file(), aside);
			}
			return new MetricsData(now);
		}
	}
}
