// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.web;

import java.util.List;

/**
 * A web generator recipe that cannot be imported: malformed JSON, or primitives and operations
 * that PartForge cannot represent exactly. Each reason is one line naming the primitive or
 * operation; the message joins them with "; ".
 */
public final class WebRecipeException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> reasons;

	/** @param reasons one line each, at least one */
	public WebRecipeException(List<String> reasons) {
		super(String.join("; ", reasons));
		this.reasons = List.copyOf(reasons);
	}

	/** @param reason one line */
	public WebRecipeException(String reason) {
		this(List.of(reason));
	}

	/** @return the reasons, one line each */
	public List<String> reasons() {
		return reasons;
	}
}
