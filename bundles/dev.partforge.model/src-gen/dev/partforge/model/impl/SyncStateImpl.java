// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.ModelPackage;
import dev.partforge.model.SyncState;

import java.util.Date;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sync State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.SyncStateImpl#getRemoteUrl <em>Remote Url</em>}</li>
 *   <li>{@link dev.partforge.model.impl.SyncStateImpl#getUser <em>User</em>}</li>
 *   <li>{@link dev.partforge.model.impl.SyncStateImpl#getLastPulled <em>Last Pulled</em>}</li>
 *   <li>{@link dev.partforge.model.impl.SyncStateImpl#getLastSynced <em>Last Synced</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyncStateImpl extends CDOObjectImpl implements SyncState {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyncStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SYNC_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected int eStaticFeatureCount() {
		return 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteUrl() {
		return (String)eGet(ModelPackage.Literals.SYNC_STATE__REMOTE_URL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteUrl(String newRemoteUrl) {
		eSet(ModelPackage.Literals.SYNC_STATE__REMOTE_URL, newRemoteUrl);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return (String)eGet(ModelPackage.Literals.SYNC_STATE__USER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		eSet(ModelPackage.Literals.SYNC_STATE__USER, newUser);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastPulled() {
		return (Long)eGet(ModelPackage.Literals.SYNC_STATE__LAST_PULLED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastPulled(long newLastPulled) {
		eSet(ModelPackage.Literals.SYNC_STATE__LAST_PULLED, newLastPulled);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastSynced() {
		return (Date)eGet(ModelPackage.Literals.SYNC_STATE__LAST_SYNCED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSynced(Date newLastSynced) {
		eSet(ModelPackage.Literals.SYNC_STATE__LAST_SYNCED, newLastSynced);
	}

} //SyncStateImpl
