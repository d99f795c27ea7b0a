// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import dev.partforge.store.SessionState;
import dev.partforge.store.StoreException;
import dev.partforge.store.TimerState;

/**
 * {@link SessionState} in an Eclipse preference node: the instance scope node {@code dev.partforge.store} when run as
 * a DS component, any node in tests.
 */
@Component(service = SessionState.class)
public final class PreferencesSessionState implements SessionState {

	private static final String RECENT = "recent.parts";
	private static final String UI = "ui";
	private static final String TIMER_PART = "timer.part";
	private static final String TIMER_STARTED = "timer.startedAt";
	private static final String TIMER_ACCUMULATED = "timer.accumulatedMillis";

	private final Preferences node;

	/** Creates the service on the instance scope node of this bundle. */
	public PreferencesSessionState() {
		this(InstanceScope.INSTANCE.getNode("dev.partforge.store"));
	}

	/**
	 * Creates the service on a given node.
	 *
	 * @param node the preference node to use
	 */
	public PreferencesSessionState(Preferences node) {
		this.node = node;
	}

	@Override
	public synchronized List<String> recentParts() {
		String value = node.get(RECENT, "");
		return value.isEmpty() ? List.of() : List.of(value.split("\n"));
	}

	@Override
	public synchronized void viewed(String partId) {
		List<String> recent = new ArrayList<>(recentParts());
		recent.remove(partId);
		recent.add(0, partId);
		node.put(RECENT, String.join("\n", recent.subList(0, Math.min(RECENT_LIMIT, recent.size()))));
		flush();
	}

	@Override
	public synchronized Optional<String> uiState(String key) {
		return Optional.ofNullable(node.node(UI).get(key, null));
	}

	@Override
	public synchronized void putUiState(String key, String value) {
		if (value == null) {
			node.node(UI).remove(key);
		} else {
			node.node(UI).put(key, value);
		}
		flush();
	}

	@Override
	public synchronized Optional<TimerState> timer() {
		String part = node.get(TIMER_PART, null);
		if (part == null) {
			return Optional.empty();
		}
		long started = node.getLong(TIMER_STARTED, -1);
		Optional<Instant> startedAt = started < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(started));
		return Optional.of(new TimerState(part, startedAt, Math.max(0, node.getLong(TIMER_ACCUMULATED, 0))));
	}

	@Override
	public synchronized void putTimer(TimerState timer) {
		if (timer == null) {
			Arrays.asList(TIMER_PART, TIMER_STARTED, TIMER_ACCUMULATED).forEach(node::remove);
		} else {
			node.put(TIMER_PART, timer.partId());
			node.putLong(TIMER_STARTED, timer.startedAt().map(Instant::toEpochMilli).orElse(-1L));
			node.putLong(TIMER_ACCUMULATED, timer.accumulatedMillis());
		}
		flush();
	}

	@Override
	public synchronized void flush() {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new StoreException("Cannot save the session state (Eclipse preferences of dev.partforge.store): "
					+ e.getMessage() + ". Check that the workspace/instance area is writable.", e);
		}
	}
}
