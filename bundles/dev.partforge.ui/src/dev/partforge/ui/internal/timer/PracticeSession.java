// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import java.time.Clock;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
import dev.partforge.store.TimerState;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.UiPreferences;
import dev.partforge.ui.internal.timer.PracticeTimer.Attempt;
import dev.partforge.ui.internal.timer.PracticeTimer.Mode;

/**
 * The practice session of the workbench: one attempt ({@link PracticeTimer}) per part, saved in {@link SessionState}
 * after every change (so a restart brings back the parts and their times), finished attempts written to the
 * {@link PartStore}. An attempt belongs to its part: choosing another part (opening or activating its drawing,
 * {@value PartForgeUi#PART_OPENED_TOPIC}, {@value PartForgeUi#PART_ACTIVATED_TOPIC}) pauses the current attempt and makes the chosen part's attempt current,
 * resuming it where it was; closing a drawing ({@value PartForgeUi#PART_CLOSED_TOPIC}) pauses its attempt and keeps
 * it. At most one attempt runs. An attempt ends only by {@link #finish(boolean)} (recorded) or {@link #reset()}
 * (discarded on the user's explicit request). Thread-safe; no UI.
 */
@Component(service = { PracticeSession.class, EventHandler.class }, property = {
		EventConstants.EVENT_TOPIC + "=" + PartForgeUi.PART_OPENED_TOPIC,
		EventConstants.EVENT_TOPIC + "=" + PartForgeUi.PART_CLOSED_TOPIC,
		EventConstants.EVENT_TOPIC + "=" + PartForgeUi.PART_ACTIVATED_TOPIC })
public final class PracticeSession implements EventHandler {

	/** The UI-state key of the timer mode in {@link SessionState}. */
	static final String MODE_KEY = "timer.mode";

	/** The UI-state key of the paused attempts of parts other than the current one. */
	static final String PAUSED_KEY = "timer.paused";

	/** The data property of e4 events ({@code IEventBroker.DATA}). */
	private static final String EVENT_DATA = "org.eclipse.e4.data";

	/**
	 * What the timer shows.
	 *
	 * @param partId        the current part, if any
	 * @param running       whether the clock runs
	 * @param elapsedMillis the elapsed time
	 * @param mode          timed or training
	 */
	public record Snapshot(Optional<String> partId, boolean running, long elapsedMillis, Mode mode) {
	}

	private final PartStore store;
	private final SessionState session;
	private final BooleanSupplier autoStart;
	private final Clock clock;
	private final Map<String, PracticeTimer> attempts = new LinkedHashMap<>();
	private String current;
	private Mode mode;
	private Attempt lastFinished;
	private Attempt lastRecorded;

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
		this.clock = clock;
		this.mode = session.uiState(MODE_KEY).map(PracticeSession::mode).orElse(Mode.TIMED);
		PausedAttempts.parse(session.uiState(PAUSED_KEY).orElse("")).forEach((id, millis) -> attempt(id)
				.restore(new TimerState(id, Optional.empty(), millis), mode));
		session.timer().ifPresent(t -> {
			attempt(t.partId()).restore(t, mode);
			current = t.partId();
		});
	}

	private static Mode mode(String name) {
		return Mode.TRAINING.name().equals(name) ? Mode.TRAINING : Mode.TIMED;
	}

	private PracticeTimer attempt(String partId) {
		return attempts.computeIfAbsent(partId, id -> {
			PracticeTimer t = new PracticeTimer(clock);
			t.open(id);
			t.setMode(mode);
			return t;
		});
	}

	@Override
	public void handleEvent(Event event) {
		if (event.getProperty(EVENT_DATA) instanceof String partId && !partId.isBlank()) {
			if (PartForgeUi.PART_CLOSED_TOPIC.equals(event.getTopic())) {
				close(partId);
			} else if (PartForgeUi.PART_ACTIVATED_TOPIC.equals(event.getTopic())) {
				select(partId);
			} else {
				open(partId);
			}
		} else {
			ILog.of(PracticeSession.class).warn("Ignoring " + event.getTopic() + " without a part id: "
					+ event.getProperty(EVENT_DATA));
		}
	}

	/**
	 * Makes a part the current one (the user chose it): the attempt of the previous part is paused and kept, the
	 * chosen part's attempt resumes where it was (or a new one begins), and the clock starts if the auto-start
	 * preference is on.
	 *
	 * @param partId the part id
	 */
	public synchronized void open(String partId) {
		if (current != null && !current.equals(partId)) {
			attempts.get(current).pause();
		}
		current = partId;
		attempt(partId);
		session.viewed(partId);
		if (autoStart.getAsBoolean()) {
			attempts.get(partId).start();
		}
		save();
	}

	/**
	 * The user activated a part's drawing: like {@link #open(String)} when it is another part than the current one;
	 * nothing changes for the current part (a paused clock stays paused).
	 *
	 * @param partId the part id
	 */
	public synchronized void select(String partId) {
		if (!partId.equals(current)) {
			open(partId);
		}
	}

	/**
	 * The part's drawing was closed: its attempt is paused and kept (reopening the part resumes it); if it was the
	 * current part, no part is current any more.
	 *
	 * @param partId the part id
	 */
	public synchronized void close(String partId) {
		PracticeTimer t = attempts.get(partId);
		if (t != null) {
			t.pause();
			if (t.elapsedMillis() == 0) {
				attempts.remove(partId); // nothing to keep
			}
		}
		if (partId.equals(current)) {
			current = null;
		}
		save();
	}

	/** Starts or resumes the clock of the current part. */
	public synchronized void start() {
		currentTimer().ifPresent(PracticeTimer::start);
		save();
	}

	/** Pauses the clock. */
	public synchronized void pause() {
		currentTimer().ifPresent(PracticeTimer::pause);
		save();
	}

	/** Discards the current attempt (the user confirmed): its time goes back to zero, nothing is recorded. */
	public synchronized void reset() {
		currentTimer().ifPresent(PracticeTimer::reset);
		save();
	}

	/**
	 * Sets timed or training mode.
	 *
	 * @param value the mode
	 */
	public synchronized void setMode(Mode value) {
		this.mode = value;
		attempts.values().forEach(t -> t.setMode(value));
		session.putUiState(MODE_KEY, value.name());
	}

	/**
	 * Ends the current attempt; the clock stops and resets. Write it with {@link #record(Attempt)} (off the UI thread).
	 *
	 * @param completed true for "Completed", false for "Give up"
	 * @return the attempt, empty if no part is current
	 */
	public synchronized Optional<Attempt> finish(boolean completed) {
		Optional<Attempt> attempt = currentTimer().flatMap(t -> t.finish(completed));
		attempt.ifPresent(a -> lastFinished = a);
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
	public Optional<Long> record(Attempt attempt, Consumer<UserRecord> details) {
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
		long id = store.addRecord(record);
		synchronized (this) {
			lastRecorded = attempt;
		}
		return Optional.of(id);
	}

	/** @return what the timer shows now */
	public synchronized Snapshot snapshot() {
		Optional<PracticeTimer> t = currentTimer();
		return new Snapshot(Optional.ofNullable(current), t.map(PracticeTimer::isRunning).orElse(false),
				t.map(PracticeTimer::elapsedMillis).orElse(0L), mode);
	}

	/** @return the elapsed time of every kept attempt by part (the current one included), in the order begun */
	public synchronized Map<String, Long> attempts() {
		Map<String, Long> times = new LinkedHashMap<>();
		attempts.forEach((id, t) -> times.put(id, t.elapsedMillis()));
		return Collections.unmodifiableMap(times);
	}

	/**
	 * The last finished attempt, and whether it is written: for the feedback after Completed or Give up.
	 *
	 * @return the attempt and true once it is recorded (a training attempt never is), empty before the first
	 */
	public synchronized Optional<Map.Entry<Attempt, Boolean>> lastFinished() {
		return Optional.ofNullable(lastFinished).map(a -> Map.entry(a, a.equals(lastRecorded)));
	}

	private Optional<PracticeTimer> currentTimer() {
		return Optional.ofNullable(current).map(attempts::get);
	}

	private void save() {
		session.putTimer(currentTimer().flatMap(PracticeTimer::state).orElse(null));
		Map<String, Long> paused = new LinkedHashMap<>();
		attempts.forEach((id, t) -> {
			if (!id.equals(current) && t.elapsedMillis() > 0) {
				paused.put(id, t.elapsedMillis());
			}
		});
		session.putUiState(PAUSED_KEY, PausedAttempts.format(paused));
	}
}
