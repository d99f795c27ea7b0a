// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.partforge.model.ModelPackage;
import dev.partforge.model.Stored;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.VerifyReport;

/** Reads every stored object and checks counts, keys and ids. */
final class Verifier {

	private Verifier() {
	}

	static VerifyReport verify(OpenStore store) throws Exception {
		Snapshot snapshot = StoreResources.read(store.repository(), store.version());
		List<String> problems = new ArrayList<>();
		compare(problems, "parts", snapshot.parts().size(), store.tables().count(Tables.PART));
		compare(problems, "records", snapshot.records().size(), store.tables().count(Tables.RECORD));
		compare(problems, "preferences", snapshot.preferences().size(), store.tables().count(Tables.PREFERENCE));
		compare(problems, "part states", snapshot.states().size(), store.tables().count(Tables.STATE));
		compare(problems, "outbox entries", snapshot.outbox().size(), store.tables().count(Tables.OUTBOX));
		Set<String> partIds = new HashSet<>();
		Set<Long> recordIds = new HashSet<>();
		for (List<EObject> list : snapshot.keyed()) {
			Set<String> keys = new HashSet<>(); // unique per kind: a part and its state share the part id
			for (EObject o : list) {
				String key = ((Stored) o).getKey();
				if (key == null || key.isBlank() || !keys.add(key)) {
					problems.add("missing or duplicate key '" + key + "' on a " + o.eClass().getName());
				}
				if (o instanceof StoredPart part && !partIds.add(part.getId())) {
					problems.add("duplicate part id " + part.getId());
				}
				if (o instanceof UserRecord record && (!recordIds.add(record.getId()) || record.getTimeSpent() < 0)) {
					problems.add("duplicate id or negative time in record " + record.getId());
				}
			}
		}
		return new VerifyReport(snapshot.parts().size(), snapshot.records().size(), snapshot.preferences().size(),
				new Checksum(ModelPackage.eINSTANCE).of(snapshot), problems);
	}

	private static void compare(List<String> problems, String what, long inResource, long inTable) {
		if (inResource != inTable) {
			problems.add(what + ": " + inResource + " in the resource but " + inTable + " rows in the table");
		}
	}
}
