// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 * Answer check by model: {@link dev.partforge.check.step.StepModelReader} reads the one solid of a
 * user's STEP file (AP203, AP214, AP242) and computes its placement-independent
 * {@link dev.partforge.check.step.ModelProperties}; {@link dev.partforge.check.step.StepCheck}
 * compares them with the exact part's within a relative tolerance.
 */
package dev.partforge.check.step;
