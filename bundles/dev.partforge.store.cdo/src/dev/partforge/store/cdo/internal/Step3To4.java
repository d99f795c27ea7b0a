// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import dev.partforge.model.ExportPreferences;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.PartState;
import dev.partforge.model.Preference;
import dev.partforge.model.StoredPart;

/**
 * v3 → v4: material, checked answers, per-user part state, sync outbox, exporter ids. Parts, records and preferences
 * are copied unchanged (new attributes keep their defaults: no material stored, so the material table's derivation
 * from the seed applies; records NONE / NOT_CHECKED). Each part that is bookmarked or was viewed gets the local user's
 * {@link PartState} with the same bookmark and last view (modified = the part's modified); the part keeps both as
 * caches. The export preferences' closed format enum becomes the exporter format id (the literal in lower case, the
 * ids of the built-in exporters: PDF → pdf, DXF → dxf, STEP → step, SVG → svg), and the DXF release chosen in the
 * export dialog ({@value #DXF_VERSION_PREFERENCE}) is copied into them. Outbox and sync state start empty.
 */
final class Step3To4 implements MigrationStep {

	/** The text preference in which the export dialog of v3 kept the DXF release. */
	static final String DXF_VERSION_PREFERENCE = "export.dxfVersion";

	private static final String FORMAT = "ExportPreferences.format";

	@Override
	public int fromVersion() {
		return 3;
	}

	@Override
	public Set<String> converted() {
		return Set.of(FORMAT);
	}

	/**
	 * @param v3 a v3 export format value (an enum literal), or null
	 * @return the exporter format id
	 */
	static String formatId(Object v3) {
		return v3 == null ? null : ((Enumerator) v3).getName().toLowerCase(Locale.ROOT);
	}

	@Override
	public Snapshot apply(Snapshot in, Instant now) {
		ModelCopier copier = new ModelCopier(ModelPackage.eINSTANCE, Map.of(FORMAT, Step3To4::formatId));
		List<EObject> parts = copier.copyAll(in.parts());
		List<EObject> states = new ArrayList<>();
		for (EObject o : parts) {
			StoredPart part = (StoredPart) o;
			if (part.isBookmarked() || part.getLastViewed() != null) {
				states.add(state(part, Date.from(now)));
			}
		}
		List<EObject> preferences = copier.copyAll(in.preferences());
		String dxfVersion = null;
		for (EObject o : preferences) {
			Preference preference = (Preference) o;
			if (DXF_VERSION_PREFERENCE.equals(preference.getName()) && preference.getStringValue() != null) {
				dxfVersion = preference.getStringValue();
			}
		}
		for (EObject o : preferences) {
			if (((Preference) o).getObjectValue() instanceof ExportPreferences export && dxfVersion != null) {
				export.setDxfVersion(dxfVersion);
			}
		}
		return new Snapshot(4, parts, copier.copyAll(in.records()), preferences, states, List.of(), List.of());
	}

	private static PartState state(StoredPart part, Date now) {
		PartState state = ModelFactory.eINSTANCE.createPartState();
		state.setKey(part.getId());
		state.setPartId(part.getId());
		state.setBookmarked(part.isBookmarked());
		state.setLastViewed(part.getLastViewed());
		Date modified = part.getModified() == null ? now : part.getModified();
		state.setCreated(modified);
		state.setModified(modified);
		return state;
	}

	@Override
	public void check(Snapshot in, Snapshot written, List<String> problems) {
		Map<String, PartState> states = new HashMap<>();
		for (EObject o : written.states()) {
			PartState state = (PartState) o;
			if (states.put(state.getPartId(), state) != null) {
				problems.add("two part states for part " + state.getPartId());
			}
		}
		int expected = 0;
		for (EObject o : in.parts()) {
			String id = (String) get(o, "id");
			boolean bookmarked = Boolean.TRUE.equals(get(o, "bookmarked"));
			Object lastViewed = get(o, "lastViewed");
			if (!bookmarked && lastViewed == null) {
				continue;
			}
			expected++;
			PartState state = states.get(id);
			if (state == null || state.isBookmarked() != bookmarked || !Objects.equals(state.getLastViewed(), lastViewed)) {
				problems.add("the part state of " + id + " does not hold its bookmark and last view");
			}
		}
		if (expected != states.size()) {
			problems.add(expected + " parts bookmarked or viewed, but " + states.size() + " part states");
		}
		Map<String, String> formats = new HashMap<>();
		for (EObject o : written.preferences()) {
			if (((Preference) o).getObjectValue() instanceof ExportPreferences export) {
				formats.put(((Preference) o).getName(), export.getFormat());
			}
		}
		for (EObject o : in.preferences()) {
			if (get(o, "objectValue") instanceof EObject value && "ExportPreferences".equals(value.eClass().getName())) {
				String name = (String) get(o, "name");
				String id = formatId(get(value, "format"));
				if (!Objects.equals(id == null ? "pdf" : id, formats.get(name))) {
					problems.add("export preferences " + name + ": format " + ((Enumerator) get(value, "format")).getName()
							+ " became " + formats.get(name));
				}
			}
		}
	}

	private static Object get(EObject o, String feature) {
		return o.eGet(o.eClass().getEStructuralFeature(feature));
	}
}
