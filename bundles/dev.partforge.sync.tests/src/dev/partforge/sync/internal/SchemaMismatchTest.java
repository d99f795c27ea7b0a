// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.partforge.model.SchemaHistory;
import dev.partforge.sync.ConnectionState;

/** A server whose repository holds another PartForge schema version is refused, naming the side to update. */
public final class SchemaMismatchTest {

	@Test
	void aServerWithANewerSchemaIsRefusedBeforeAnythingIsWritten() throws Exception {
		try (TeamFixture team = TeamFixture.start()) {
			Remote alice = Remote.parse("127.0.0.1:" + team.address().getPort(), "alice");
			try (ServerSession session = ServerSession.open(alice, "alice-pw".toCharArray())) {
				CDOTransaction tx = session.session().openTransaction();
				tx.getOrCreateResource("/future").getContents().add(EcoreUtil.create(futureClass()));
				tx.commit();
				tx.close();
			}
			try (Desktop desktop = Desktop.open("future", team.address(), "alice", "alice-pw")) {
				SyncFailure refused = assertThrows(SyncFailure.class, desktop::syncOrFail);
				assertEquals(SyncFailure.Kind.SCHEMA, refused.kind());
				assertEquals("the server has schema v99, this PartForge v" + SchemaHistory.CURRENT_VERSION
						+ ": update PartForge on this computer", refused.getMessage());
				assertEquals(ConnectionState.ERROR, desktop.sync().status().state());
			}
		}
	}

	/** A class of a dynamic package with the namespace URI of schema version 99. */
	private static EClass futureClass() {
		EPackage future = EcoreFactory.eINSTANCE.createEPackage();
		future.setName("model");
		future.setNsPrefix("partforge");
		future.setNsURI(SchemaHistory.nsUri(99));
		EClass probe = EcoreFactory.eINSTANCE.createEClass();
		probe.setName("FutureThing");
		EAttribute name = EcoreFactory.eINSTANCE.createEAttribute();
		name.setName("label");
		name.setEType(EcorePackage.Literals.ESTRING);
		probe.getEStructuralFeatures().add(name);
		future.getEClassifiers().add(probe);
		CDOUtil.prepareDynamicEPackage(future);
		return probe;
	}
}
