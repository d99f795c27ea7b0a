// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.partforge.plugins.internal.SharedBaseJob;
import dev.partforge.ui.PartForgeUi;

/**
 * Opens windows on the Practice perspective, saves the window layout between sessions, on a new data directory
 * fills the empty library with sample parts and, in a shared installation, lets the p2 dialogs uninstall the
 * product's features ({@link SharedBaseJob}, {@value #SHARED_BASE_DELAY_MILLIS} ms after the start: it runs the p2
 * planner and engine, which on 2 cores would otherwise compete with the window's first paint and the opening of the
 * store; only Help &gt; Installation Details needs it).
 */
public final class PartForgeWorkbenchAdvisor extends WorkbenchAdvisor {

	/** How long after the start the p2 profile is prepared for the p2 dialogs. */
	static final long SHARED_BASE_DELAY_MILLIS = 15_000;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		SamplePartsJob.scheduleIfWanted();
		new SharedBaseJob().schedule(SHARED_BASE_DELAY_MILLIS);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PartForgeUi.PRACTICE_PERSPECTIVE;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new PartForgeWindowAdvisor(configurer);
	}
}
