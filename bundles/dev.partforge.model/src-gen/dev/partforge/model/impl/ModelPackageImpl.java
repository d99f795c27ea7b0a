// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.AnswerKind;
import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.ExportPreferences;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.OutboxEntry;
import dev.partforge.model.OutboxKind;
import dev.partforge.model.PartRecipe;
import dev.partforge.model.PartState;
import dev.partforge.model.Preference;
import dev.partforge.model.PreferenceType;
import dev.partforge.model.RecipeElement;
import dev.partforge.model.RecipeParam;
import dev.partforge.model.Stored;
import dev.partforge.model.StoredPart;
import dev.partforge.model.SyncState;
import dev.partforge.model.Units;
import dev.partforge.model.UserRecord;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass storedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass storedPartEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partRecipeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recipeElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recipeParamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exportPreferencesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass preferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outboxEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syncStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum difficultyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitsEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum answerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum checkResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outboxKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum preferenceTypeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.partforge.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStored() {
		return storedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStored_Key() {
		return (EAttribute)storedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStored_Created() {
		return (EAttribute)storedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStored_Modified() {
		return (EAttribute)storedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStoredPart() {
		return storedPartEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoredPart_Id() {
		return (EAttribute)storedPartEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStoredPart_Recipe() {
		return (EReference)storedPartEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoredPart_LastViewed() {
		return (EAttribute)storedPartEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoredPart_Bookmarked() {
		return (EAttribute)storedPartEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoredPart_Completed() {
		return (EAttribute)storedPartEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoredPart_TimeSpent() {
		return (EAttribute)storedPartEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartRecipe() {
		return partRecipeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartRecipe_Id() {
		return (EAttribute)partRecipeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartRecipe_Seed() {
		return (EAttribute)partRecipeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartRecipe_Name() {
		return (EAttribute)partRecipeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartRecipe_Difficulty() {
		return (EAttribute)partRecipeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartRecipe_Units() {
		return (EAttribute)partRecipeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartRecipe_GeneratorVersion() {
		return (EAttribute)partRecipeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartRecipe_DifficultyScore() {
		return (EAttribute)partRecipeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartRecipe_Stock() {
		return (EReference)partRecipeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartRecipe_Features() {
		return (EReference)partRecipeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartRecipe_Material() {
		return (EAttribute)partRecipeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecipeElement() {
		return recipeElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipeElement_Kind() {
		return (EAttribute)recipeElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipeElement_Face() {
		return (EAttribute)recipeElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipeElement_Params() {
		return (EReference)recipeElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecipeParam() {
		return recipeParamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipeParam_Name() {
		return (EAttribute)recipeParamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipeParam_Value() {
		return (EAttribute)recipeParamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUserRecord() {
		return userRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_Id() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_Uuid() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_PartId() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_TimeSpent() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_Completed() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_Difficulty() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_Date() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_AnswerKind() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_AnswerValue() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_AnswerUnit() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_Result() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserRecord_Deviation() {
		return (EAttribute)userRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExportPreferences() {
		return exportPreferencesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExportPreferences_Format() {
		return (EAttribute)exportPreferencesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExportPreferences_PaperSize() {
		return (EAttribute)exportPreferencesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExportPreferences_Units() {
		return (EAttribute)exportPreferencesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExportPreferences_IncludeTitle() {
		return (EAttribute)exportPreferencesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExportPreferences_IncludeDimensions() {
		return (EAttribute)exportPreferencesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExportPreferences_DxfVersion() {
		return (EAttribute)exportPreferencesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPreference() {
		return preferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreference_Name() {
		return (EAttribute)preferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreference_Type() {
		return (EAttribute)preferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreference_StringValue() {
		return (EAttribute)preferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreference_NumberValue() {
		return (EAttribute)preferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreference_BooleanValue() {
		return (EAttribute)preferenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPreference_ObjectValue() {
		return (EReference)preferenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartState() {
		return partStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartState_PartId() {
		return (EAttribute)partStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartState_Bookmarked() {
		return (EAttribute)partStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartState_LastViewed() {
		return (EAttribute)partStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutboxEntry() {
		return outboxEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxEntry_Kind() {
		return (EAttribute)outboxEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxEntry_BusinessKey() {
		return (EAttribute)outboxEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyncState() {
		return syncStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncState_RemoteUrl() {
		return (EAttribute)syncStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncState_User() {
		return (EAttribute)syncStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncState_LastPulled() {
		return (EAttribute)syncStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncState_LastSynced() {
		return (EAttribute)syncStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDifficulty() {
		return difficultyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnits() {
		return unitsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnswerKind() {
		return answerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCheckResult() {
		return checkResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutboxKind() {
		return outboxKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPreferenceType() {
		return preferenceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		storedEClass = createEClass(STORED);
		createEAttribute(storedEClass, STORED__KEY);
		createEAttribute(storedEClass, STORED__CREATED);
		createEAttribute(storedEClass, STORED__MODIFIED);

		storedPartEClass = createEClass(STORED_PART);
		createEAttribute(storedPartEClass, STORED_PART__ID);
		createEReference(storedPartEClass, STORED_PART__RECIPE);
		createEAttribute(storedPartEClass, STORED_PART__LAST_VIEWED);
		createEAttribute(storedPartEClass, STORED_PART__BOOKMARKED);
		createEAttribute(storedPartEClass, STORED_PART__COMPLETED);
		createEAttribute(storedPartEClass, STORED_PART__TIME_SPENT);

		partRecipeEClass = createEClass(PART_RECIPE);
		createEAttribute(partRecipeEClass, PART_RECIPE__ID);
		createEAttribute(partRecipeEClass, PART_RECIPE__SEED);
		createEAttribute(partRecipeEClass, PART_RECIPE__NAME);
		createEAttribute(partRecipeEClass, PART_RECIPE__DIFFICULTY);
		createEAttribute(partRecipeEClass, PART_RECIPE__UNITS);
		createEAttribute(partRecipeEClass, PART_RECIPE__GENERATOR_VERSION);
		createEAttribute(partRecipeEClass, PART_RECIPE__DIFFICULTY_SCORE);
		createEReference(partRecipeEClass, PART_RECIPE__STOCK);
		createEReference(partRecipeEClass, PART_RECIPE__FEATURES);
		createEAttribute(partRecipeEClass, PART_RECIPE__MATERIAL);

		recipeElementEClass = createEClass(RECIPE_ELEMENT);
		createEAttribute(recipeElementEClass, RECIPE_ELEMENT__KIND);
		createEAttribute(recipeElementEClass, RECIPE_ELEMENT__FACE);
		createEReference(recipeElementEClass, RECIPE_ELEMENT__PARAMS);

		recipeParamEClass = createEClass(RECIPE_PARAM);
		createEAttribute(recipeParamEClass, RECIPE_PARAM__NAME);
		createEAttribute(recipeParamEClass, RECIPE_PARAM__VALUE);

		userRecordEClass = createEClass(USER_RECORD);
		createEAttribute(userRecordEClass, USER_RECORD__ID);
		createEAttribute(userRecordEClass, USER_RECORD__UUID);
		createEAttribute(userRecordEClass, USER_RECORD__PART_ID);
		createEAttribute(userRecordEClass, USER_RECORD__TIME_SPENT);
		createEAttribute(userRecordEClass, USER_RECORD__COMPLETED);
		createEAttribute(userRecordEClass, USER_RECORD__DIFFICULTY);
		createEAttribute(userRecordEClass, USER_RECORD__DATE);
		createEAttribute(userRecordEClass, USER_RECORD__ANSWER_KIND);
		createEAttribute(userRecordEClass, USER_RECORD__ANSWER_VALUE);
		createEAttribute(userRecordEClass, USER_RECORD__ANSWER_UNIT);
		createEAttribute(userRecordEClass, USER_RECORD__RESULT);
		createEAttribute(userRecordEClass, USER_RECORD__DEVIATION);

		exportPreferencesEClass = createEClass(EXPORT_PREFERENCES);
		createEAttribute(exportPreferencesEClass, EXPORT_PREFERENCES__FORMAT);
		createEAttribute(exportPreferencesEClass, EXPORT_PREFERENCES__PAPER_SIZE);
		createEAttribute(exportPreferencesEClass, EXPORT_PREFERENCES__UNITS);
		createEAttribute(exportPreferencesEClass, EXPORT_PREFERENCES__INCLUDE_TITLE);
		createEAttribute(exportPreferencesEClass, EXPORT_PREFERENCES__INCLUDE_DIMENSIONS);
		createEAttribute(exportPreferencesEClass, EXPORT_PREFERENCES__DXF_VERSION);

		preferenceEClass = createEClass(PREFERENCE);
		createEAttribute(preferenceEClass, PREFERENCE__NAME);
		createEAttribute(preferenceEClass, PREFERENCE__TYPE);
		createEAttribute(preferenceEClass, PREFERENCE__STRING_VALUE);
		createEAttribute(preferenceEClass, PREFERENCE__NUMBER_VALUE);
		createEAttribute(preferenceEClass, PREFERENCE__BOOLEAN_VALUE);
		createEReference(preferenceEClass, PREFERENCE__OBJECT_VALUE);

		partStateEClass = createEClass(PART_STATE);
		createEAttribute(partStateEClass, PART_STATE__PART_ID);
		createEAttribute(partStateEClass, PART_STATE__BOOKMARKED);
		createEAttribute(partStateEClass, PART_STATE__LAST_VIEWED);

		outboxEntryEClass = createEClass(OUTBOX_ENTRY);
		createEAttribute(outboxEntryEClass, OUTBOX_ENTRY__KIND);
		createEAttribute(outboxEntryEClass, OUTBOX_ENTRY__BUSINESS_KEY);

		syncStateEClass = createEClass(SYNC_STATE);
		createEAttribute(syncStateEClass, SYNC_STATE__REMOTE_URL);
		createEAttribute(syncStateEClass, SYNC_STATE__USER);
		createEAttribute(syncStateEClass, SYNC_STATE__LAST_PULLED);
		createEAttribute(syncStateEClass, SYNC_STATE__LAST_SYNCED);

		// Create enums
		difficultyEEnum = createEEnum(DIFFICULTY);
		unitsEEnum = createEEnum(UNITS);
		answerKindEEnum = createEEnum(ANSWER_KIND);
		checkResultEEnum = createEEnum(CHECK_RESULT);
		outboxKindEEnum = createEEnum(OUTBOX_KIND);
		preferenceTypeEEnum = createEEnum(PREFERENCE_TYPE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		storedPartEClass.getESuperTypes().add(this.getStored());
		userRecordEClass.getESuperTypes().add(this.getStored());
		preferenceEClass.getESuperTypes().add(this.getStored());
		partStateEClass.getESuperTypes().add(this.getStored());
		outboxEntryEClass.getESuperTypes().add(this.getStored());

		// Initialize classes and features; add operations and parameters
		initEClass(storedEClass, Stored.class, "Stored", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStored_Key(), ecorePackage.getEString(), "key", null, 1, 1, Stored.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStored_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Stored.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStored_Modified(), ecorePackage.getEDate(), "modified", null, 0, 1, Stored.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(storedPartEClass, StoredPart.class, "StoredPart", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStoredPart_Id(), ecorePackage.getEString(), "id", null, 1, 1, StoredPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStoredPart_Recipe(), this.getPartRecipe(), null, "recipe", null, 0, 1, StoredPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoredPart_LastViewed(), ecorePackage.getEDate(), "lastViewed", null, 0, 1, StoredPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoredPart_Bookmarked(), ecorePackage.getEBoolean(), "bookmarked", null, 0, 1, StoredPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoredPart_Completed(), ecorePackage.getEBoolean(), "completed", null, 0, 1, StoredPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoredPart_TimeSpent(), ecorePackage.getELong(), "timeSpent", null, 0, 1, StoredPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partRecipeEClass, PartRecipe.class, "PartRecipe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartRecipe_Id(), ecorePackage.getEString(), "id", null, 0, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartRecipe_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartRecipe_Name(), ecorePackage.getEString(), "name", null, 0, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartRecipe_Difficulty(), this.getDifficulty(), "difficulty", null, 0, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartRecipe_Units(), this.getUnits(), "units", null, 0, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartRecipe_GeneratorVersion(), ecorePackage.getEInt(), "generatorVersion", null, 0, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartRecipe_DifficultyScore(), ecorePackage.getEDouble(), "difficultyScore", null, 0, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartRecipe_Stock(), this.getRecipeElement(), null, "stock", null, 1, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartRecipe_Features(), this.getRecipeElement(), null, "features", null, 0, -1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartRecipe_Material(), ecorePackage.getEString(), "material", null, 0, 1, PartRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recipeElementEClass, RecipeElement.class, "RecipeElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecipeElement_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, RecipeElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipeElement_Face(), ecorePackage.getEString(), "face", null, 0, 1, RecipeElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipeElement_Params(), this.getRecipeParam(), null, "params", null, 0, -1, RecipeElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recipeParamEClass, RecipeParam.class, "RecipeParam", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecipeParam_Name(), ecorePackage.getEString(), "name", null, 0, 1, RecipeParam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipeParam_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, RecipeParam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userRecordEClass, UserRecord.class, "UserRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUserRecord_Id(), ecorePackage.getELong(), "id", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_Uuid(), ecorePackage.getEString(), "uuid", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_PartId(), ecorePackage.getEString(), "partId", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_TimeSpent(), ecorePackage.getELong(), "timeSpent", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_Completed(), ecorePackage.getEBoolean(), "completed", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_Difficulty(), this.getDifficulty(), "difficulty", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_Date(), ecorePackage.getEDate(), "date", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_AnswerKind(), this.getAnswerKind(), "answerKind", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_AnswerValue(), ecorePackage.getEDouble(), "answerValue", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_AnswerUnit(), ecorePackage.getEString(), "answerUnit", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_Result(), this.getCheckResult(), "result", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserRecord_Deviation(), ecorePackage.getEDouble(), "deviation", null, 0, 1, UserRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exportPreferencesEClass, ExportPreferences.class, "ExportPreferences", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExportPreferences_Format(), ecorePackage.getEString(), "format", "pdf", 0, 1, ExportPreferences.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExportPreferences_PaperSize(), ecorePackage.getEString(), "paperSize", "A4", 0, 1, ExportPreferences.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExportPreferences_Units(), this.getUnits(), "units", null, 0, 1, ExportPreferences.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExportPreferences_IncludeTitle(), ecorePackage.getEBoolean(), "includeTitle", "true", 0, 1, ExportPreferences.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExportPreferences_IncludeDimensions(), ecorePackage.getEBoolean(), "includeDimensions", "true", 0, 1, ExportPreferences.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExportPreferences_DxfVersion(), ecorePackage.getEString(), "dxfVersion", null, 0, 1, ExportPreferences.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(preferenceEClass, Preference.class, "Preference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPreference_Name(), ecorePackage.getEString(), "name", null, 1, 1, Preference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPreference_Type(), this.getPreferenceType(), "type", null, 0, 1, Preference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPreference_StringValue(), ecorePackage.getEString(), "stringValue", null, 0, 1, Preference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPreference_NumberValue(), ecorePackage.getEDouble(), "numberValue", null, 0, 1, Preference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPreference_BooleanValue(), ecorePackage.getEBoolean(), "booleanValue", null, 0, 1, Preference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPreference_ObjectValue(), ecorePackage.getEObject(), null, "objectValue", null, 0, 1, Preference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partStateEClass, PartState.class, "PartState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartState_PartId(), ecorePackage.getEString(), "partId", null, 1, 1, PartState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartState_Bookmarked(), ecorePackage.getEBoolean(), "bookmarked", null, 0, 1, PartState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartState_LastViewed(), ecorePackage.getEDate(), "lastViewed", null, 0, 1, PartState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outboxEntryEClass, OutboxEntry.class, "OutboxEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutboxEntry_Kind(), this.getOutboxKind(), "kind", null, 0, 1, OutboxEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxEntry_BusinessKey(), ecorePackage.getEString(), "businessKey", null, 0, 1, OutboxEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syncStateEClass, SyncState.class, "SyncState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyncState_RemoteUrl(), ecorePackage.getEString(), "remoteUrl", null, 0, 1, SyncState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncState_User(), ecorePackage.getEString(), "user", null, 0, 1, SyncState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncState_LastPulled(), ecorePackage.getELong(), "lastPulled", null, 0, 1, SyncState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncState_LastSynced(), ecorePackage.getEDate(), "lastSynced", null, 0, 1, SyncState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(difficultyEEnum, Difficulty.class, "Difficulty");
		addEEnumLiteral(difficultyEEnum, Difficulty.BEGINNER);
		addEEnumLiteral(difficultyEEnum, Difficulty.INTERMEDIATE);
		addEEnumLiteral(difficultyEEnum, Difficulty.EXPERT);

		initEEnum(unitsEEnum, Units.class, "Units");
		addEEnumLiteral(unitsEEnum, Units.MM);
		addEEnumLiteral(unitsEEnum, Units.INCH);

		initEEnum(answerKindEEnum, AnswerKind.class, "AnswerKind");
		addEEnumLiteral(answerKindEEnum, AnswerKind.NONE);
		addEEnumLiteral(answerKindEEnum, AnswerKind.MASS);
		addEEnumLiteral(answerKindEEnum, AnswerKind.VOLUME);
		addEEnumLiteral(answerKindEEnum, AnswerKind.STEP);

		initEEnum(checkResultEEnum, CheckResult.class, "CheckResult");
		addEEnumLiteral(checkResultEEnum, CheckResult.NOT_CHECKED);
		addEEnumLiteral(checkResultEEnum, CheckResult.CORRECT);
		addEEnumLiteral(checkResultEEnum, CheckResult.INCORRECT);

		initEEnum(outboxKindEEnum, OutboxKind.class, "OutboxKind");
		addEEnumLiteral(outboxKindEEnum, OutboxKind.RECORD_ADDED);
		addEEnumLiteral(outboxKindEEnum, OutboxKind.PART_PUT);
		addEEnumLiteral(outboxKindEEnum, OutboxKind.PART_DELETED);
		addEEnumLiteral(outboxKindEEnum, OutboxKind.STATE_CHANGED);

		initEEnum(preferenceTypeEEnum, PreferenceType.class, "PreferenceType");
		addEEnumLiteral(preferenceTypeEEnum, PreferenceType.STRING);
		addEEnumLiteral(preferenceTypeEEnum, PreferenceType.NUMBER);
		addEEnumLiteral(preferenceTypeEEnum, PreferenceType.BOOLEAN);
		addEEnumLiteral(preferenceTypeEEnum, PreferenceType.OBJECT);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "PartForge persistent model, schema version 4 (v1: initial, v2: bookmarks, v3: time tracking and sync keys, v4: material, checked answers, per-user part state, sync outbox, exporter ids).\nThe nsURI carries the version; older versions are kept in model/history/ and migrated by the store.\nTop-level stored objects (StoredPart, UserRecord, Preference, PartState, OutboxEntry) extend Stored: a globally unique string key plus creation and last-modified times.\nRecipe content is generic (RecipeElement kind/face + named double RecipeParams): the geometry vocabulary can grow without a schema migration."
		   });
		addAnnotation
		  (storedEClass,
		   source,
		   new String[] {
			   "documentation", "A top-level stored object. The key is globally unique (a UUID, or the part\'s stable id) and stays the same in every repository, unlike CDO object ids: synchronisation matches objects by key."
		   });
		addAnnotation
		  (storedPartEClass,
		   source,
		   new String[] {
			   "documentation", "A generated practice part. Its key equals its stable id."
		   });
		addAnnotation
		  (getStoredPart_LastViewed(),
		   source,
		   new String[] {
			   "documentation", "Since v4 a cache of the local user\'s PartState.lastViewed, kept equal to it by the store in the same commit; PartState is what sync uses."
		   });
		addAnnotation
		  (getStoredPart_Bookmarked(),
		   source,
		   new String[] {
			   "documentation", "Since v4 a cache of the local user\'s PartState.bookmarked, kept equal to it by the store in the same commit; PartState is what sync uses."
		   });
		addAnnotation
		  (getStoredPart_TimeSpent(),
		   source,
		   new String[] {
			   "documentation", "Total time spent on this part in milliseconds (since v3)."
		   });
		addAnnotation
		  (partRecipeEClass,
		   source,
		   new String[] {
			   "documentation", "The seeded recipe a part was generated from. Content is a stock element and ordered feature elements in a generic form owned by the geometry generator."
		   });
		addAnnotation
		  (getPartRecipe_Material(),
		   source,
		   new String[] {
			   "documentation", "The id of the part\'s material in the built-in material table (e.g. AL6061), since v4. The table (name, density) is code, not schema; unset means the table\'s derivation from the seed applies."
		   });
		addAnnotation
		  (recipeElementEClass,
		   source,
		   new String[] {
			   "documentation", "One recipe element (the stock or a feature) in neutral form: a kind (e.g. block, hole, pocket), the face it applies to, and ordered named numeric parameters. New kinds and parameters need no schema change."
		   });
		addAnnotation
		  (userRecordEClass,
		   source,
		   new String[] {
			   "documentation", "One attempt at a part. The id is a local auto-increment assigned by the store; the uuid (equal to the key) identifies the record across machines."
		   });
		addAnnotation
		  (getUserRecord_TimeSpent(),
		   source,
		   new String[] {
			   "documentation", "Time of this attempt in milliseconds."
		   });
		addAnnotation
		  (getUserRecord_AnswerKind(),
		   source,
		   new String[] {
			   "documentation", "What the user entered to check this attempt (since v4); NONE for attempts without an answer."
		   });
		addAnnotation
		  (getUserRecord_AnswerValue(),
		   source,
		   new String[] {
			   "documentation", "The entered value, in answerUnit (since v4); meaningless for NONE and STEP."
		   });
		addAnnotation
		  (getUserRecord_AnswerUnit(),
		   source,
		   new String[] {
			   "documentation", "The unit of answerValue as entered: g, mm3 or in3 (since v4); for STEP the file name."
		   });
		addAnnotation
		  (getUserRecord_Result(),
		   source,
		   new String[] {
			   "documentation", "The outcome of checking the answer (since v4)."
		   });
		addAnnotation
		  (getUserRecord_Deviation(),
		   source,
		   new String[] {
			   "documentation", "How far the answer was from the exact value, in percent of the exact value (signed; since v4); meaningless when NOT_CHECKED."
		   });
		addAnnotation
		  (getExportPreferences_Format(),
		   source,
		   new String[] {
			   "documentation", "The exporter format id used last (e.g. pdf, dxf, step, svg): the exporter registry owns the set of formats (since v4; an enum before)."
		   });
		addAnnotation
		  (getExportPreferences_DxfVersion(),
		   source,
		   new String[] {
			   "documentation", "The DXF release of DXF exports, a dev.partforge.export.DxfVersion name (R2013, R12); unset means the exporter\'s default (since v4)."
		   });
		addAnnotation
		  (preferenceEClass,
		   source,
		   new String[] {
			   "documentation", "A named, typed preference value. Exactly the value attribute selected by type is meaningful."
		   });
		addAnnotation
		  (partStateEClass,
		   source,
		   new String[] {
			   "documentation", "One user\'s state of one part (since v4): bookmark and last view. Per user: the local store holds the local user\'s states in /state, a team server each user\'s under /users/<name>/state. The key equals partId; modified orders concurrent changes (last writer wins)."
		   });
		addAnnotation
		  (outboxEntryEClass,
		   source,
		   new String[] {
			   "documentation", "A local change not yet acknowledged by the team server (since v4), written in the same commit as the change; the key is a random UUID that makes pushes idempotent, created the local commit time."
		   });
		addAnnotation
		  (getOutboxEntry_BusinessKey(),
		   source,
		   new String[] {
			   "documentation", "The key of what changed: a part id, a record uuid, or the part id of a PartState."
		   });
		addAnnotation
		  (syncStateEClass,
		   source,
		   new String[] {
			   "documentation", "The local store\'s sync bookkeeping (since v4): at most one, in /sync/state."
		   });
		addAnnotation
		  (getSyncState_RemoteUrl(),
		   source,
		   new String[] {
			   "documentation", "The team server, e.g. tcp://host:2036/partforge; unset when no server is set."
		   });
		addAnnotation
		  (getSyncState_User(),
		   source,
		   new String[] {
			   "documentation", "The user name on the team server."
		   });
		addAnnotation
		  (getSyncState_LastPulled(),
		   source,
		   new String[] {
			   "documentation", "The server time (ms) of the last server commit pulled; 0 before the first pull."
		   });
		addAnnotation
		  (getSyncState_LastSynced(),
		   source,
		   new String[] {
			   "documentation", "When the last sync cycle succeeded (local clock, for display)."
		   });
	}

} //ModelPackageImpl
