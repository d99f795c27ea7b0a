// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PartStore;
import dev.partforge.store.SessionState;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.UiPreferences;
import dev.partforge.ui.internal.timer.PracticeTimer.Attempt;
import dev.partforge.ui.internal.timer.PracticeTimer.Mode;

/**
 * The practice session of the workbench: the {@link PracticeTimer} of the open part, saved in {@link SessionState}
 * after every change (so a restart brings back the part and the running timer), finished attempts written to the
 * {@link PartStore}. Listens to {@value PartForgeUi#PART_OPENED_TOPIC}: opening a drawing makes its part the timed
 * one and, if the preference says so, starts the clock. Thread-safe; no UI.
 */
@Component(service = { PracticeSession.class, EventHandler.class }, property = EventConstants.EVENT_TOPIC + "="
		+ PartForgeUi.PART_OPENED_TOPIC)
public final class PracticeSession implements EventHandler {

	/** The UI-state key of the timer mode in {@link SessionState}. */
	static final String MODE_KEY = "timer.mode";

	/** The data property of e4 events ({@code IEventBroker.DATA}). */
	private static final String EVENT_DATA = "org.eclipse.e4.data";

	/**
	 * What the timer shows.
	 *
	 * @param partId        the open part, if any
	 * @param running       whether the clock runs
	 * @param elapsedMillis the elapsed time
	 * @param mode          timed or training
	 */
	public record Snapshot(Optional<String> partId, boolean running, long elapsedMillis, Mode mode) {
	}

	private final PartStore store;
	private final SessionState session;
	private final BooleanSupplier autoStart;
	private final PracticeTimer timer;

	/**
	 * Creates the session component.
	 *
	 * @param store   the part store
	 * @param session the session state
	 */
	@Activate
	public PracticeSession(@Reference PartStore store, @Reference SessionState session) {
		this(store, session, () -> Platform.getPreferencesService().getBoolean(PartForgeUi.PLUGIN_ID,
				UiPreferences.TIMER_AUTO_START, true, null), Clock.systemUTC());
	}

	/**
	 * Creates a session (tests).
	 *
	 * @param store     the part store
	 * @param session   the session state
	 * @param autoStart whether opening a part starts the clock
	 * @param clock     the time source
	 */
	public PracticeSession(PartStore store, SessionState session, BooleanSupplier autoStart, Clock clock) {
		this.store = store;
		this.session = session;
		this.autoStart = autoStart;
		this.timer = new PracticeTimer(clock);
		Mode mode = session.uiState(MODE_KEY).map(PracticeSession::mode).orElse(Mode.TIMED);
		session.timer().ifPresentOrElse(t -> timer.restore(t, mode), () -> timer.setMode(mode));
	}

	private static Mode mode(String name) {
		return Mode.TRAINING.name().equals(name) ? Mode.TRAINING : Mode.TIMED;
	}

	@Override
	public void handleEvent(Event event) {
		if (event.getProperty(EVENT_DATA) instanceof String partId && !partId.isBlank()) {
			open(partId);
		} else {
			ILog.of(PracticeSession.class).warn("Ignoring " + event.getTopic() + " without a part id: "
					+ event.getProperty(EVENT_DATA));
		}
	}

	/**
	 * Makes a part the timed one and starts the clock if the auto-start preference is on.
	 *
	 * @param partId the part id
	 */
	public synchronized void open(String partId) {
		timer.open(partId);
		session.viewed(partId);
		if (autoStart.getAsBoolean()) {
			timer.start();
		}
		save();
	}

	/** Starts or resumes the clock. */
	public synchronized void start() {
		timer.start();
		save();
	}

	/** Pauses the clock. */
	public synchronized void pause() {
		timer.pause();
		save();
	}

	/** Resets the clock to zero. */
	public synchronized void reset() {
		timer.reset();
		save();
	}

	/**
	 * Sets timed or training mode.
	 *
	 * @param mode the mode
	 */
	public synchronized void setMode(Mode mode) {
		timer.setMode(mode);
		session.putUiState(MODE_KEY, mode.name());
	}

	/**
	 * Ends the attempt; the clock stops and resets. Write it with {@link #record(Attempt)} (off the UI thread).
	 *
	 * @param completed true for "Completed", false for "Give up"
	 * @return the attempt, empty if no part is open
	 */
	public synchronized Optional<Attempt> finish(boolean completed) {
		Optional<Attempt> attempt = timer.finish(completed);
		save();
		return attempt;
	}

	/**
	 * Writes a timed attempt as a {@link UserRecord} (training attempts are not recorded). Blocks on the store.
	 *
	 * @param attempt the attempt
	 * @return the record id, empty for a training attempt
	 */
	public Optional<Long> record(Attempt attempt) {
		return record(attempt, r -> {
		});
	}

	/**
	 * Writes a timed attempt with more details (e.g. the checked answer). Blocks on the store.
	 *
	 * @param attempt the attempt
	 * @param details what to add to the record before it is stored
	 * @return the record id, empty for a training attempt
	 */
	public Optional<Long> record(Attempt attempt, java.util.function.Consumer<UserRecord> details) {
		if (!attempt.recorded()) {
			return Optional.empty();
		}
		UserRecord record = ModelFactory.eINSTANCE.createUserRecord();
		record.setPartId(attempt.partId());
		record.setTimeSpent(attempt.millis());
		record.setCompleted(attempt.completed());
		record.setDate(new Date());
		store.getPart(attempt.partId()).map(p -> p.getRecipe()).filter(r -> r != null)
				.ifPresent(r -> record.setDifficulty(r.getDifficulty()));
		details.accept(record);
		return Optional.of(store.addRecord(record));
	}

	/** @return what the timer shows now */
	public synchronized Snapshot snapshot() {
		return new Snapshot(timer.partId(), timer.isRunning(), timer.elapsedMillis(), timer.mode());
	}

	private void save() {
		session.putTimer(timer.state().orElse(null));
	}
}
