// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import org.eclipse.osgi.util.NLS;

import dev.partforge.drawing.Paper;
import dev.partforge.export.PaperChoice;

/** Externalized strings of the PartForge workbench ({@code messages.properties} beside this class). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.partforge.ui.internal.messages"; //$NON-NLS-1$
	/** Externalized string. */
	public static String StoreJobs_failed;
	/** Externalized string. */
	public static String StoreMonitor_opening;
	/** Externalized string. */
	public static String StoreMonitor_openFailed;
	/** Externalized string. */
	public static String StoreMonitor_retrying;
	/** Externalized string. */
	public static String StoreMonitor_backup;
	/** Externalized string. */
	public static String StoreMonitor_inUse;
	/** Externalized string. */
	public static String StoreMonitor_readOnly;
	/** Externalized string. */
	public static String StoreMonitor_damaged;
	/** Externalized string. */
	public static String StoreMonitor_full;
	/** Externalized string. */
	public static String StoreMonitor_newer;
	/** Externalized string. */
	public static String StoreMonitor_failed;
	public static String StoreMonitor_readOnlyCopy;
	/** Externalized string. */
	public static String PartsView_unavailable;
	/** Externalized string. */
	public static String Difficulty_beginner;
	/** Externalized string. */
	public static String Difficulty_intermediate;
	/** Externalized string. */
	public static String Difficulty_expert;
	/** Externalized string. */
	public static String Labels_yes;
	/** Externalized string. */
	public static String PartsView_name;
	/** Externalized string. */
	public static String PartsView_units;
	/** Externalized string. */
	public static String PartsView_id;
	/** Externalized string. */
	public static String PartsView_difficulty;
	/** Externalized string. */
	public static String PartsView_seed;
	/** Externalized string. */
	public static String PartsView_bookmarked;
	/** Externalized string. */
	public static String PartsView_completed;
	/** Externalized string. */
	public static String PartsView_bestTime;
	/** Externalized string. */
	public static String PartsView_lastViewed;
	/** Externalized string. */
	public static String PartsView_loading;
	public static String PartsView_opening;
	/** Externalized string. */
	public static String PartsView_summary;
	/** Externalized string. */
	public static String PartsView_commandFailed;
	/** Externalized string. */
	public static String PartsView_search;
	/** Externalized string. */
	public static String PartsView_allDifficulties;
	/** Externalized string. */
	public static String PartsView_anyState;
	/** Externalized string. */
	public static String PartsView_completedOnly;
	/** Externalized string. */
	public static String PartsView_openOnly;
	/** Externalized string. */
	public static String PartsView_bookmarkedOnly;
	/** Externalized string. */
	public static String Bookmark_job;
	/** Externalized string. */
	public static String Delete_title;
	/** Externalized string. */
	public static String Delete_one;
	/** Externalized string. */
	public static String Delete_many;
	/** Externalized string. */
	public static String Delete_job;
	/** Externalized string. */
	public static String Open_failed;
	/** Externalized string. */
	public static String Open_job;
	/** Externalized string. */
	public static String Generate_title;
	/** Externalized string. */
	public static String Generate_message;
	/** Externalized string. */
	public static String Generate_difficulty;
	/** Externalized string. */
	public static String Generate_seed;
	/** Externalized string. */
	public static String Generate_seedHint;
	/** Externalized string. */
	public static String Generate_units;
	/** Externalized string. */
	public static String Generate_badSeed;
	/** Externalized string. */
	public static String Generate_ok;
	/** Externalized string. */
	public static String Generate_job;
	/** Externalized string. */
	public static String Units_mm;
	/** Externalized string. */
	public static String Units_inch;
	/** Externalized string. */
	public static String Units_inchShort;
	/** Externalized string. */
	public static String Units_mmShort;
	/** Externalized string. */
	public static String Timer_trainingDone;
	/** Externalized string. */
	public static String Timer_saving;
	/** Externalized string. */
	public static String Timer_recordedCompleted;
	/** Externalized string. */
	public static String Timer_recordedGivenUp;
	/** Externalized string. */
	public static String Timer_training;
	/** Externalized string. */
	public static String Timer_trainingTip;
	/** Externalized string. */
	public static String Timer_start;
	/** Externalized string. */
	public static String Timer_pause;
	/** Externalized string. */
	public static String Timer_discardTitle;
	/** Externalized string. */
	public static String Timer_discard;
	/** Externalized string. */
	public static String Timer_reset;
	/** Externalized string. */
	public static String Timer_completed;
	/** Externalized string. */
	public static String Timer_giveUp;
	/** Externalized string. */
	public static String Timer_running;
	/** Externalized string. */
	public static String Timer_paused;
	/** Externalized string. */
	public static String Timer_noPart;
	/** Externalized string. */
	public static String Timer_loadingPart;
	/** Externalized string. */
	public static String Timer_part;
	public static String Timer_answer;
	public static String Timer_answerHint;
	public static String Timer_unitGrams;
	public static String Timer_unitMm3;
	public static String Timer_unitIn3;
	public static String Timer_check;
	public static String Timer_checking;
	public static String Timer_checkStep;
	public static String Timer_checkStepTitle;
	public static String Progress_check;
	public static String Progress_accuracy;
	/** Externalized string. */
	public static String TimerStatus_tip;
	/** Externalized string. */
	public static String TimerStatus_unavailable;
	/** Externalized string. */
	public static String TimerStatus_idle;
	/** Externalized string. */
	public static String TimerStatus_running;
	/** Externalized string. */
	public static String TimerStatus_paused;
	/** Externalized string. */
	public static String StoreStatus_unavailable;
	/** Externalized string. */
	public static String StoreStatus_migrating;
	/** Externalized string. */
	public static String StoreStatus_open;
	/** Externalized string. */
	public static String StoreStatus_error;
	/** Externalized string. */
	public static String StoreStatus_tip;
	/** Externalized string. */
	public static String StoreStatus_errorTip;
	/** Externalized string. */
	public static String Progress_timelineTitle;
	/** Externalized string. */
	public static String Progress_difficultyTitle;
	/** Externalized string. */
	public static String Progress_date;
	/** Externalized string. */
	public static String Progress_day;
	/** Externalized string. */
	public static String Progress_noAttempts;
	/** Externalized string. */
	public static String Progress_minutes;
	/** Externalized string. */
	public static String Progress_best;
	/** Externalized string. */
	public static String Progress_average;
	/** Externalized string. */
	public static String Progress_part;
	/** Externalized string. */
	public static String Progress_time;
	/** Externalized string. */
	public static String Progress_result;
	/** Externalized string. */
	public static String Progress_completed;
	/** Externalized string. */
	public static String Progress_gaveUp;
	/** Externalized string. */
	public static String Progress_loading;
	/** Externalized string. */
	public static String Progress_bests;
	/** Externalized string. */
	public static String Progress_none;
	/** Externalized string. */
	public static String Progress_streaks;
	public static String Progress_newestShown;
	/** Externalized string. */
	public static String Storage_location;
	/** Externalized string. */
	public static String Storage_size;
	/** Externalized string. */
	public static String Storage_schema;
	/** Externalized string. */
	public static String Storage_counts;
	/** Externalized string. */
	public static String Storage_lastBackup;
	/** Externalized string. */
	public static String Storage_backup;
	/** Externalized string. */
	public static String Storage_verify;
	/** Externalized string. */
	public static String Storage_refresh;
	/** Externalized string. */
	public static String Storage_reading;
	/** Externalized string. */
	public static String Storage_sizeValue;
	/** Externalized string. */
	public static String Storage_countsValue;
	/** Externalized string. */
	public static String Storage_never;
	/** Externalized string. */
	public static String Storage_backingUp;
	/** Externalized string. */
	public static String Storage_backedUp;
	/** Externalized string. */
	public static String Storage_verifying;
	/** Externalized string. */
	public static String Storage_verifiedOk;
	/** Externalized string. */
	public static String Storage_verifiedProblems;
	/** Externalized string. */
	public static String Storage_restore;
	/** Externalized string. */
	public static String Storage_backupTime;
	/** Externalized string. */
	public static String Storage_backupFile;
	/** Externalized string. */
	public static String Storage_restoreTitle;
	/** Externalized string. */
	public static String Storage_restoreMessage;
	/** Externalized string. */
	public static String Storage_restoreButton;
	/** Externalized string. */
	public static String Storage_noBackups;
	/** Externalized string. */
	public static String Storage_restoring;
	/** Externalized string. */
	public static String Storage_restored;
	/** Externalized string. */
	public static String Storage_keptAside;
	/** Externalized string. */
	public static String Storage_free;
	/** Externalized string. */
	public static String Storage_lowSpace;
	/** Externalized string. */
	public static String Prefs_root;
	/** Externalized string. */
	public static String Prefs_drawing;
	/** Externalized string. */
	public static String Prefs_projection;
	/** Externalized string. */
	public static String Prefs_firstAngle;
	/** Externalized string. */
	public static String Prefs_thirdAngle;
	/** Externalized string. */
	public static String Prefs_paper;
	/** Externalized string. */
	public static String Prefs_units;
	/** Externalized string. */
	public static String Prefs_unitsNew;
	/** Externalized string. */
	public static String Prefs_paperElsewhere;
	/** Externalized string. */
	public static String Prefs_timer;
	/** Externalized string. */
	public static String Prefs_autoStart;
	/** Externalized string. */
	public static String Prefs_storage;
	/** Externalized string. */
	public static String Prefs_dataDir;
	/** Externalized string. */
	public static String Prefs_backupPolicy;
	/** Externalized string. */
	public static String Prefs_backupNever;
	/** Externalized string. */
	public static String Prefs_backupDaily;
	/** Externalized string. */
	public static String Prefs_backupWeekly;
	/** Externalized string. */
	public static String Prefs_export;
	/** Externalized string. */
	public static String Prefs_format;
	/** Externalized string. */
	public static String Prefs_includeTitle;
	/** Externalized string. */
	public static String Prefs_includeDimensions;
	/** Externalized string. */
	public static String Prefs_loading;
	/** Externalized string. */
	public static String Prefs_saving;
	/** Externalized string. */
	public static String Prefs_monitoring;
	/** Externalized string. */
	public static String Prefs_memoryBudget;
	/** Externalized string. */
	public static String Prefs_quota;
	/** Externalized string. */
	public static String Prefs_monitoringHint;
	/** Externalized string. */
	public static String Prefs_monitoringInvalid;
	/** Externalized string. */
	public static String Prefs_loadingMonitoring;
	/** Externalized string. */
	public static String Prefs_savingMonitoring;
	/** Externalized string. */
	public static String Paper_AUTO;
	/** Paper label. */
	public static String Paper_A4;
	/** Externalized string. */
	public static String Paper_A3;
	/** Externalized string. */
	public static String Paper_A2;
	/** Externalized string. */
	public static String Paper_A1;
	/** Externalized string. */
	public static String Paper_ANSI_A;
	/** Externalized string. */
	public static String Paper_ANSI_B;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * Returns the display name of a paper choice.
	 *
	 * @param choice the choice
	 * @return "Automatic (smallest sheet that fits)" or the chosen sheet's name
	 */
	public static String paper(PaperChoice choice) {
		return choice.chosen().map(Messages::paper).orElse(Paper_AUTO);
	}

	/**
	 * Returns the display name of a paper size.
	 *
	 * @param paper the paper size
	 * @return e.g. "A3 (420 x 297 mm)"
	 */
	public static String paper(Paper paper) {
		return switch (paper) {
		case A4 -> Paper_A4;
		case A3 -> Paper_A3;
		case A2 -> Paper_A2;
		case A1 -> Paper_A1;
		case ANSI_A -> Paper_ANSI_A;
		case ANSI_B -> Paper_ANSI_B;
		case ANSI_C, ANSI_D -> paper.name(); // not offered to users
		};
	}
}
