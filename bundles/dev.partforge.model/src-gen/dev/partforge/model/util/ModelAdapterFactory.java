// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.util;

import dev.partforge.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see dev.partforge.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch =
		new ModelSwitch<Adapter>() {
			@Override
			public Adapter caseStored(Stored object) {
				return createStoredAdapter();
			}
			@Override
			public Adapter caseStoredPart(StoredPart object) {
				return createStoredPartAdapter();
			}
			@Override
			public Adapter casePartRecipe(PartRecipe object) {
				return createPartRecipeAdapter();
			}
			@Override
			public Adapter caseRecipeElement(RecipeElement object) {
				return createRecipeElementAdapter();
			}
			@Override
			public Adapter caseRecipeParam(RecipeParam object) {
				return createRecipeParamAdapter();
			}
			@Override
			public Adapter caseUserRecord(UserRecord object) {
				return createUserRecordAdapter();
			}
			@Override
			public Adapter caseExportPreferences(ExportPreferences object) {
				return createExportPreferencesAdapter();
			}
			@Override
			public Adapter casePreference(Preference object) {
				return createPreferenceAdapter();
			}
			@Override
			public Adapter casePartState(PartState object) {
				return createPartStateAdapter();
			}
			@Override
			public Adapter caseOutboxEntry(OutboxEntry object) {
				return createOutboxEntryAdapter();
			}
			@Override
			public Adapter caseSyncState(SyncState object) {
				return createSyncStateAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.Stored <em>Stored</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.Stored
	 * @generated
	 */
	public Adapter createStoredAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.StoredPart <em>Stored Part</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.StoredPart
	 * @generated
	 */
	public Adapter createStoredPartAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.PartRecipe <em>Part Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.PartRecipe
	 * @generated
	 */
	public Adapter createPartRecipeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.RecipeElement <em>Recipe Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.RecipeElement
	 * @generated
	 */
	public Adapter createRecipeElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.RecipeParam <em>Recipe Param</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.RecipeParam
	 * @generated
	 */
	public Adapter createRecipeParamAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.UserRecord <em>User Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.UserRecord
	 * @generated
	 */
	public Adapter createUserRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.ExportPreferences <em>Export Preferences</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.ExportPreferences
	 * @generated
	 */
	public Adapter createExportPreferencesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.Preference <em>Preference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.Preference
	 * @generated
	 */
	public Adapter createPreferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.PartState <em>Part State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.PartState
	 * @generated
	 */
	public Adapter createPartStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.OutboxEntry <em>Outbox Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.OutboxEntry
	 * @generated
	 */
	public Adapter createOutboxEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.partforge.model.SyncState <em>Sync State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.partforge.model.SyncState
	 * @generated
	 */
	public Adapter createSyncStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
