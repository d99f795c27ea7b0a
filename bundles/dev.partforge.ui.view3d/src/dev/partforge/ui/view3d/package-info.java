// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/** The Part 3D view: ids for other bundles and tests. */
package dev.partforge.ui.view3d;
