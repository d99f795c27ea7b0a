// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

/** Application protocol of STEP files. */
public enum StepSchema {
	/** AP214 (AUTOMOTIVE_DESIGN): read by every CAD system; the default. */
	AP214,
	/** AP242 (AP242_MANAGED_MODEL_BASED_3D_ENGINEERING). */
	AP242
}
