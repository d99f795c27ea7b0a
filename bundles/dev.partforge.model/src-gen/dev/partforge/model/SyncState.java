// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sync State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The local store's sync bookkeeping (since v4): at most one, in /sync/state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.SyncState#getRemoteUrl <em>Remote Url</em>}</li>
 *   <li>{@link dev.partforge.model.SyncState#getUser <em>User</em>}</li>
 *   <li>{@link dev.partforge.model.SyncState#getLastPulled <em>Last Pulled</em>}</li>
 *   <li>{@link dev.partforge.model.SyncState#getLastSynced <em>Last Synced</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getSyncState()
 * @model
 * @generated
 */
public interface SyncState extends EObject {
	/**
	 * Returns the value of the '<em><b>Remote Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The team server, e.g. tcp://host:2036/partforge; unset when no server is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Url</em>' attribute.
	 * @see #setRemoteUrl(String)
	 * @see dev.partforge.model.ModelPackage#getSyncState_RemoteUrl()
	 * @model
	 * @generated
	 */
	String getRemoteUrl();

	/**
	 * Sets the value of the '{@link dev.partforge.model.SyncState#getRemoteUrl <em>Remote Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Url</em>' attribute.
	 * @see #getRemoteUrl()
	 * @generated
	 */
	void setRemoteUrl(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name on the team server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see dev.partforge.model.ModelPackage#getSyncState_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link dev.partforge.model.SyncState#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Last Pulled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server time (ms) of the last server commit pulled; 0 before the first pull.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Pulled</em>' attribute.
	 * @see #setLastPulled(long)
	 * @see dev.partforge.model.ModelPackage#getSyncState_LastPulled()
	 * @model
	 * @generated
	 */
	long getLastPulled();

	/**
	 * Sets the value of the '{@link dev.partforge.model.SyncState#getLastPulled <em>Last Pulled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Pulled</em>' attribute.
	 * @see #getLastPulled()
	 * @generated
	 */
	void setLastPulled(long value);

	/**
	 * Returns the value of the '<em><b>Last Synced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the last sync cycle succeeded (local clock, for display).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Synced</em>' attribute.
	 * @see #setLastSynced(Date)
	 * @see dev.partforge.model.ModelPackage#getSyncState_LastSynced()
	 * @model
	 * @generated
	 */
	Date getLastSynced();

	/**
	 * Sets the value of the '{@link dev.partforge.model.SyncState#getLastSynced <em>Last Synced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Synced</em>' attribute.
	 * @see #getLastSynced()
	 * @generated
	 */
	void setLastSynced(Date value);

} // SyncState
