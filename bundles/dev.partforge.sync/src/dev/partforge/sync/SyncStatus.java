// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The synchronisation state of a data directory, as shown in the status bar, the Storage view and
 * {@code partforge sync status}.
 *
 * @param state    the connection state
 * @param remote   the server ({@code host:port}) and user ({@code user@host:port}), empty if none is set
 * @param lastSync when the last cycle succeeded, empty if never
 * @param pending  how many local changes wait to be pushed (entries of the local store's outbox; while a server is
 *                 set but the first cycle, which compares everything, has not succeeded: every local part and record)
 * @param message  why the state is {@link ConnectionState#ERROR} or {@link ConnectionState#OFFLINE}, else empty
 */
public record SyncStatus(ConnectionState state, Optional<String> remote, Optional<Instant> lastSync, long pending,
		Optional<String> message) {

	/** Checks that no component is null and pending is not negative. */
	public SyncStatus {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(remote, "remote");
		Objects.requireNonNull(lastSync, "lastSync");
		Objects.requireNonNull(message, "message");
		if (pending < 0) {
			throw new IllegalArgumentException("pending must not be negative: " + pending);
		}
	}

	/**
	 * Returns the status as a map for JSON output: {@code state}, {@code remote}, {@code lastSync} (ISO-8601 or
	 * null), {@code pending}, {@code message}.
	 *
	 * @return an ordered map
	 */
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("state", state);
		map.put("remote", remote.orElse(null));
		map.put("lastSync", lastSync.map(Instant::toString).orElse(null));
		map.put("pending", pending);
		map.put("message", message.orElse(null));
		return map;
	}

	/**
	 * Returns one line for people, e.g. {@code online (alice@127.0.0.1:2036), last sync 2026-12-04T20:00:00Z, 0
	 * pending}.
	 *
	 * @return the line
	 */
	public String describe() {
		StringBuilder line = new StringBuilder(state.name().toLowerCase(Locale.ROOT));
		remote.ifPresent(r -> line.append(" (").append(r).append(')'));
		line.append(", last sync ").append(lastSync.map(Instant::toString).orElse("never"));
		line.append(", ").append(pending).append(" pending");
		message.ifPresent(m -> line.append(": ").append(m));
		return line.toString();
	}
}
