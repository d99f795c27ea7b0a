// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.List;
import java.util.Map;

import dev.partforge.check.step.StepReadException;

/**
 * A parsed Part 21 file.
 *
 * @param schemas  the FILE_SCHEMA names of the header
 * @param entities the data section's instances by number
 */
public record Part21File(List<String> schemas, Map<Integer, Entity> entities) {

	/**
	 * @param ref a reference parameter
	 * @return the instance it names
	 * @throws StepReadException when the parameter is not a reference or names no instance
	 */
	public Entity get(Object ref) throws StepReadException {
		if (!(ref instanceof Entity.Ref r)) {
			throw new StepReadException("expected a reference to an instance but found " + ref);
		}
		Entity e = entities.get(r.id());
		if (e == null) {
			throw new StepReadException("instance #" + r.id() + " is referenced but not defined (truncated file?)");
		}
		return e;
	}
}
