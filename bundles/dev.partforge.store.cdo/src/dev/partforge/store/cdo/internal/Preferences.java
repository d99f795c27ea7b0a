// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.Preference;
import dev.partforge.model.PreferenceType;
import dev.partforge.store.PreferenceValue;

/** Mapping between {@link PreferenceValue}s and stored {@link Preference} objects. */
final class Preferences {

	/** The preference name of the export preferences. */
	static final String EXPORT = "export";

	private Preferences() {
	}

	static void validate(String name, PreferenceValue value) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A preference needs a non-blank name");
		}
		if (value == null) {
			throw new IllegalArgumentException("Preference " + name + " needs a value");
		}
		if (value instanceof PreferenceValue.Model model
				&& model.value().eClass().getEPackage() != ModelPackage.eINSTANCE) {
			throw new IllegalArgumentException("Preference " + name + ": only objects of the PartForge model ("
					+ ModelPackage.eNS_URI + ") can be stored, not " + model.value().eClass().getName());
		}
	}

	static Optional<Preference> find(OpenStore store, CDOView on, String name) throws Exception {
		return store.query(on, Tables.PREFERENCE, "SELECT CDO_ID FROM PREFERENCE WHERE NAME = :name",
				Map.of("name", name), Preference.class).stream().findFirst();
	}

	static void put(OpenStore store, CDOTransaction tx, String name, PreferenceValue value, Date now)
			throws Exception {
		Preference preference = find(store, tx, name).orElse(null);
		if (preference == null) {
			preference = ModelFactory.eINSTANCE.createPreference();
			preference.setName(name);
			preference.setKey(UUID.randomUUID().toString());
			preference.setCreated(now);
			tx.getResource(StoreResources.PREFERENCES).getContents().add(preference);
		}
		preference.setModified(now);
		preference.setStringValue(null);
		preference.setNumberValue(0);
		preference.setBooleanValue(false);
		preference.setObjectValue(null);
		switch (value) {
		case PreferenceValue.Text text -> {
			preference.setType(PreferenceType.STRING);
			preference.setStringValue(text.value());
		}
		case PreferenceValue.Number number -> {
			preference.setType(PreferenceType.NUMBER);
			preference.setNumberValue(number.value());
		}
		case PreferenceValue.Flag flag -> {
			preference.setType(PreferenceType.BOOLEAN);
			preference.setBooleanValue(flag.value());
		}
		case PreferenceValue.Model model -> {
			preference.setType(PreferenceType.OBJECT);
			preference.setObjectValue(EcoreUtil.copy(model.value()));
		}
		}
	}

	static PreferenceValue value(Preference preference) {
		return switch (preference.getType()) {
		case STRING -> new PreferenceValue.Text(String.valueOf(preference.getStringValue()));
		case NUMBER -> new PreferenceValue.Number(preference.getNumberValue());
		case BOOLEAN -> new PreferenceValue.Flag(preference.isBooleanValue());
		case OBJECT -> new PreferenceValue.Model(EcoreUtil.copy(preference.getObjectValue()));
		};
	}
}
