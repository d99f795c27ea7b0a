// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

import dev.partforge.store.PreferenceValue;
import dev.partforge.store.SessionState;
import dev.partforge.store.TimerState;
import dev.partforge.store.internal.PreferencesSessionState;

/** Session state in real Eclipse instance preferences, and the small API value types. */
public final class SessionStateTest {

	private Preferences node;

	@BeforeEach
	void cleanNode() throws Exception {
		node = InstanceScope.INSTANCE.getNode("dev.partforge.store.tests");
		node.clear();
		node.node("ui").removeNode();
		node.flush();
	}

	/** Recent parts are most-recent-first, without duplicates, limited, and survive a new service instance. */
	@Test
	public void recentParts() {
		SessionState state = new PreferencesSessionState(node);
		for (int i = 0; i < SessionState.RECENT_LIMIT + 5; i++) {
			state.viewed("P" + i);
		}
		state.viewed("P10");
		List<String> recent = new PreferencesSessionState(
				InstanceScope.INSTANCE.getNode("dev.partforge.store.tests")).recentParts();
		assertEquals(SessionState.RECENT_LIMIT, recent.size());
		assertEquals(List.of("P10", "P24", "P23"), recent.subList(0, 3));
	}

	/** UI state values are stored and removed. */
	@Test
	public void uiState() {
		SessionState state = new PreferencesSessionState(node);
		state.putUiState("browser.sort", "difficulty");
		assertEquals(Optional.of("difficulty"), new PreferencesSessionState(node).uiState("browser.sort"));
		state.putUiState("browser.sort", null);
		assertEquals(Optional.empty(), state.uiState("browser.sort"));
	}

	/** The running timer round-trips with start instant and accumulated time; paused timers have no start. */
	@Test
	public void timer() {
		SessionState state = new PreferencesSessionState(node);
		assertEquals(Optional.empty(), state.timer());
		Instant start = Instant.parse("2026-05-01T10:00:00Z");
		state.putTimer(new TimerState("P-7", Optional.of(start), 1500));
		TimerState read = new PreferencesSessionState(node).timer().orElseThrow();
		assertEquals(new TimerState("P-7", Optional.of(start), 1500), read);
		assertEquals(61_500, read.elapsedMillis(start.plusSeconds(60)));
		state.putTimer(new TimerState("P-7", Optional.empty(), 61_500));
		assertEquals(Optional.empty(), state.timer().orElseThrow().startedAt());
		state.putTimer(null);
		assertEquals(Optional.empty(), state.timer());
		assertThrows(IllegalArgumentException.class, () -> new TimerState("P", Optional.empty(), -1));
	}

	/** Command-line preference values are typed by their form. */
	@Test
	public void preferenceValueParsing() {
		assertEquals(new PreferenceValue.Flag(true), PreferenceValue.parse("true"));
		assertEquals(new PreferenceValue.Number(-2.5), PreferenceValue.parse("-2.5"));
		assertEquals(new PreferenceValue.Number(3), PreferenceValue.parse("3"));
		assertEquals(new PreferenceValue.Text("A4"), PreferenceValue.parse("A4"));
		assertEquals(new PreferenceValue.Text("1.2.3"), PreferenceValue.parse("1.2.3"));
	}
}
