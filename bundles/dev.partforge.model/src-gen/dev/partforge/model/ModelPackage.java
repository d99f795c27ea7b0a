// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * PartForge persistent model, schema version 4 (v1: initial, v2: bookmarks, v3: time tracking and sync keys, v4: material, checked answers, per-user part state, sync outbox, exporter ids).
 * The nsURI carries the version; older versions are kept in model/history/ and migrated by the store.
 * Top-level stored objects (StoredPart, UserRecord, Preference, PartState, OutboxEntry) extend Stored: a globally unique string key plus creation and last-modified times.
 * Recipe content is generic (RecipeElement kind/face + named double RecipeParams): the geometry vocabulary can grow without a schema migration.
 * <!-- end-model-doc -->
 * @see dev.partforge.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://partforge.dev/model/4.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "partforge";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = dev.partforge.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.StoredImpl <em>Stored</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.StoredImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getStored()
	 * @generated
	 */
	int STORED = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED__KEY = 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED__CREATED = 1;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED__MODIFIED = 2;

	/**
	 * The number of structural features of the '<em>Stored</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.StoredPartImpl <em>Stored Part</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.StoredPartImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getStoredPart()
	 * @generated
	 */
	int STORED_PART = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__KEY = STORED__KEY;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__CREATED = STORED__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__MODIFIED = STORED__MODIFIED;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__ID = STORED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recipe</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__RECIPE = STORED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Last Viewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__LAST_VIEWED = STORED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bookmarked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__BOOKMARKED = STORED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__COMPLETED = STORED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Time Spent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART__TIME_SPENT = STORED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Stored Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_PART_FEATURE_COUNT = STORED_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.PartRecipeImpl <em>Part Recipe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.PartRecipeImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getPartRecipe()
	 * @generated
	 */
	int PART_RECIPE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__ID = 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__SEED = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Difficulty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__DIFFICULTY = 3;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__UNITS = 4;

	/**
	 * The feature id for the '<em><b>Generator Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__GENERATOR_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Difficulty Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__DIFFICULTY_SCORE = 6;

	/**
	 * The feature id for the '<em><b>Stock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__STOCK = 7;

	/**
	 * The feature id for the '<em><b>Features</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__FEATURES = 8;

	/**
	 * The feature id for the '<em><b>Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE__MATERIAL = 9;

	/**
	 * The number of structural features of the '<em>Part Recipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_RECIPE_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.RecipeElementImpl <em>Recipe Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.RecipeElementImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getRecipeElement()
	 * @generated
	 */
	int RECIPE_ELEMENT = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_ELEMENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Face</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_ELEMENT__FACE = 1;

	/**
	 * The feature id for the '<em><b>Params</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_ELEMENT__PARAMS = 2;

	/**
	 * The number of structural features of the '<em>Recipe Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.RecipeParamImpl <em>Recipe Param</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.RecipeParamImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getRecipeParam()
	 * @generated
	 */
	int RECIPE_PARAM = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_PARAM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_PARAM__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Recipe Param</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_PARAM_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.UserRecordImpl <em>User Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.UserRecordImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getUserRecord()
	 * @generated
	 */
	int USER_RECORD = 5;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__KEY = STORED__KEY;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__CREATED = STORED__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__MODIFIED = STORED__MODIFIED;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__ID = STORED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__UUID = STORED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Part Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__PART_ID = STORED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Time Spent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__TIME_SPENT = STORED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__COMPLETED = STORED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Difficulty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__DIFFICULTY = STORED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__DATE = STORED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Answer Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__ANSWER_KIND = STORED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Answer Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__ANSWER_VALUE = STORED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Answer Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__ANSWER_UNIT = STORED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__RESULT = STORED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD__DEVIATION = STORED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>User Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_RECORD_FEATURE_COUNT = STORED_FEATURE_COUNT + 12;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.ExportPreferencesImpl <em>Export Preferences</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.ExportPreferencesImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getExportPreferences()
	 * @generated
	 */
	int EXPORT_PREFERENCES = 6;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PREFERENCES__FORMAT = 0;

	/**
	 * The feature id for the '<em><b>Paper Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PREFERENCES__PAPER_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PREFERENCES__UNITS = 2;

	/**
	 * The feature id for the '<em><b>Include Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PREFERENCES__INCLUDE_TITLE = 3;

	/**
	 * The feature id for the '<em><b>Include Dimensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PREFERENCES__INCLUDE_DIMENSIONS = 4;

	/**
	 * The feature id for the '<em><b>Dxf Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PREFERENCES__DXF_VERSION = 5;

	/**
	 * The number of structural features of the '<em>Export Preferences</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PREFERENCES_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.PreferenceImpl <em>Preference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.PreferenceImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getPreference()
	 * @generated
	 */
	int PREFERENCE = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__KEY = STORED__KEY;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__CREATED = STORED__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__MODIFIED = STORED__MODIFIED;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__NAME = STORED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__TYPE = STORED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>String Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__STRING_VALUE = STORED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Number Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__NUMBER_VALUE = STORED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Boolean Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__BOOLEAN_VALUE = STORED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Object Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__OBJECT_VALUE = STORED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Preference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE_FEATURE_COUNT = STORED_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.PartStateImpl <em>Part State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.PartStateImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getPartState()
	 * @generated
	 */
	int PART_STATE = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_STATE__KEY = STORED__KEY;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_STATE__CREATED = STORED__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_STATE__MODIFIED = STORED__MODIFIED;

	/**
	 * The feature id for the '<em><b>Part Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_STATE__PART_ID = STORED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bookmarked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_STATE__BOOKMARKED = STORED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Last Viewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_STATE__LAST_VIEWED = STORED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Part State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_STATE_FEATURE_COUNT = STORED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.OutboxEntryImpl <em>Outbox Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.OutboxEntryImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getOutboxEntry()
	 * @generated
	 */
	int OUTBOX_ENTRY = 9;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_ENTRY__KEY = STORED__KEY;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_ENTRY__CREATED = STORED__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_ENTRY__MODIFIED = STORED__MODIFIED;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_ENTRY__KIND = STORED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Business Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_ENTRY__BUSINESS_KEY = STORED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Outbox Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_ENTRY_FEATURE_COUNT = STORED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link dev.partforge.model.impl.SyncStateImpl <em>Sync State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.impl.SyncStateImpl
	 * @see dev.partforge.model.impl.ModelPackageImpl#getSyncState()
	 * @generated
	 */
	int SYNC_STATE = 10;

	/**
	 * The feature id for the '<em><b>Remote Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_STATE__REMOTE_URL = 0;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_STATE__USER = 1;

	/**
	 * The feature id for the '<em><b>Last Pulled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_STATE__LAST_PULLED = 2;

	/**
	 * The feature id for the '<em><b>Last Synced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_STATE__LAST_SYNCED = 3;

	/**
	 * The number of structural features of the '<em>Sync State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_STATE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link dev.partforge.model.Difficulty <em>Difficulty</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.Difficulty
	 * @see dev.partforge.model.impl.ModelPackageImpl#getDifficulty()
	 * @generated
	 */
	int DIFFICULTY = 11;

	/**
	 * The meta object id for the '{@link dev.partforge.model.Units <em>Units</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.Units
	 * @see dev.partforge.model.impl.ModelPackageImpl#getUnits()
	 * @generated
	 */
	int UNITS = 12;

	/**
	 * The meta object id for the '{@link dev.partforge.model.AnswerKind <em>Answer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.AnswerKind
	 * @see dev.partforge.model.impl.ModelPackageImpl#getAnswerKind()
	 * @generated
	 */
	int ANSWER_KIND = 13;

	/**
	 * The meta object id for the '{@link dev.partforge.model.CheckResult <em>Check Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.CheckResult
	 * @see dev.partforge.model.impl.ModelPackageImpl#getCheckResult()
	 * @generated
	 */
	int CHECK_RESULT = 14;

	/**
	 * The meta object id for the '{@link dev.partforge.model.OutboxKind <em>Outbox Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.OutboxKind
	 * @see dev.partforge.model.impl.ModelPackageImpl#getOutboxKind()
	 * @generated
	 */
	int OUTBOX_KIND = 15;

	/**
	 * The meta object id for the '{@link dev.partforge.model.PreferenceType <em>Preference Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.partforge.model.PreferenceType
	 * @see dev.partforge.model.impl.ModelPackageImpl#getPreferenceType()
	 * @generated
	 */
	int PREFERENCE_TYPE = 16;


	/**
	 * Returns the meta object for class '{@link dev.partforge.model.Stored <em>Stored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stored</em>'.
	 * @see dev.partforge.model.Stored
	 * @generated
	 */
	EClass getStored();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.Stored#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see dev.partforge.model.Stored#getKey()
	 * @see #getStored()
	 * @generated
	 */
	EAttribute getStored_Key();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.Stored#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see dev.partforge.model.Stored#getCreated()
	 * @see #getStored()
	 * @generated
	 */
	EAttribute getStored_Created();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.Stored#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see dev.partforge.model.Stored#getModified()
	 * @see #getStored()
	 * @generated
	 */
	EAttribute getStored_Modified();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.StoredPart <em>Stored Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stored Part</em>'.
	 * @see dev.partforge.model.StoredPart
	 * @generated
	 */
	EClass getStoredPart();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.StoredPart#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.partforge.model.StoredPart#getId()
	 * @see #getStoredPart()
	 * @generated
	 */
	EAttribute getStoredPart_Id();

	/**
	 * Returns the meta object for the containment reference '{@link dev.partforge.model.StoredPart#getRecipe <em>Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Recipe</em>'.
	 * @see dev.partforge.model.StoredPart#getRecipe()
	 * @see #getStoredPart()
	 * @generated
	 */
	EReference getStoredPart_Recipe();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.StoredPart#getLastViewed <em>Last Viewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Viewed</em>'.
	 * @see dev.partforge.model.StoredPart#getLastViewed()
	 * @see #getStoredPart()
	 * @generated
	 */
	EAttribute getStoredPart_LastViewed();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.StoredPart#isBookmarked <em>Bookmarked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bookmarked</em>'.
	 * @see dev.partforge.model.StoredPart#isBookmarked()
	 * @see #getStoredPart()
	 * @generated
	 */
	EAttribute getStoredPart_Bookmarked();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.StoredPart#isCompleted <em>Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed</em>'.
	 * @see dev.partforge.model.StoredPart#isCompleted()
	 * @see #getStoredPart()
	 * @generated
	 */
	EAttribute getStoredPart_Completed();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.StoredPart#getTimeSpent <em>Time Spent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Spent</em>'.
	 * @see dev.partforge.model.StoredPart#getTimeSpent()
	 * @see #getStoredPart()
	 * @generated
	 */
	EAttribute getStoredPart_TimeSpent();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.PartRecipe <em>Part Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Part Recipe</em>'.
	 * @see dev.partforge.model.PartRecipe
	 * @generated
	 */
	EClass getPartRecipe();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartRecipe#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.partforge.model.PartRecipe#getId()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EAttribute getPartRecipe_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartRecipe#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see dev.partforge.model.PartRecipe#getSeed()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EAttribute getPartRecipe_Seed();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartRecipe#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.partforge.model.PartRecipe#getName()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EAttribute getPartRecipe_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartRecipe#getDifficulty <em>Difficulty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Difficulty</em>'.
	 * @see dev.partforge.model.PartRecipe#getDifficulty()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EAttribute getPartRecipe_Difficulty();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartRecipe#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see dev.partforge.model.PartRecipe#getUnits()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EAttribute getPartRecipe_Units();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartRecipe#getGeneratorVersion <em>Generator Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generator Version</em>'.
	 * @see dev.partforge.model.PartRecipe#getGeneratorVersion()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EAttribute getPartRecipe_GeneratorVersion();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartRecipe#getDifficultyScore <em>Difficulty Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Difficulty Score</em>'.
	 * @see dev.partforge.model.PartRecipe#getDifficultyScore()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EAttribute getPartRecipe_DifficultyScore();

	/**
	 * Returns the meta object for the containment reference '{@link dev.partforge.model.PartRecipe#getStock <em>Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Stock</em>'.
	 * @see dev.partforge.model.PartRecipe#getStock()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EReference getPartRecipe_Stock();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.partforge.model.PartRecipe#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Features</em>'.
	 * @see dev.partforge.model.PartRecipe#getFeatures()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EReference getPartRecipe_Features();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartRecipe#getMaterial <em>Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Material</em>'.
	 * @see dev.partforge.model.PartRecipe#getMaterial()
	 * @see #getPartRecipe()
	 * @generated
	 */
	EAttribute getPartRecipe_Material();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.RecipeElement <em>Recipe Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recipe Element</em>'.
	 * @see dev.partforge.model.RecipeElement
	 * @generated
	 */
	EClass getRecipeElement();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.RecipeElement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.partforge.model.RecipeElement#getKind()
	 * @see #getRecipeElement()
	 * @generated
	 */
	EAttribute getRecipeElement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.RecipeElement#getFace <em>Face</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Face</em>'.
	 * @see dev.partforge.model.RecipeElement#getFace()
	 * @see #getRecipeElement()
	 * @generated
	 */
	EAttribute getRecipeElement_Face();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.partforge.model.RecipeElement#getParams <em>Params</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Params</em>'.
	 * @see dev.partforge.model.RecipeElement#getParams()
	 * @see #getRecipeElement()
	 * @generated
	 */
	EReference getRecipeElement_Params();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.RecipeParam <em>Recipe Param</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recipe Param</em>'.
	 * @see dev.partforge.model.RecipeParam
	 * @generated
	 */
	EClass getRecipeParam();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.RecipeParam#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.partforge.model.RecipeParam#getName()
	 * @see #getRecipeParam()
	 * @generated
	 */
	EAttribute getRecipeParam_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.RecipeParam#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see dev.partforge.model.RecipeParam#getValue()
	 * @see #getRecipeParam()
	 * @generated
	 */
	EAttribute getRecipeParam_Value();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.UserRecord <em>User Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Record</em>'.
	 * @see dev.partforge.model.UserRecord
	 * @generated
	 */
	EClass getUserRecord();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.partforge.model.UserRecord#getId()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see dev.partforge.model.UserRecord#getUuid()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getPartId <em>Part Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Id</em>'.
	 * @see dev.partforge.model.UserRecord#getPartId()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_PartId();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getTimeSpent <em>Time Spent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Spent</em>'.
	 * @see dev.partforge.model.UserRecord#getTimeSpent()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_TimeSpent();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#isCompleted <em>Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed</em>'.
	 * @see dev.partforge.model.UserRecord#isCompleted()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_Completed();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getDifficulty <em>Difficulty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Difficulty</em>'.
	 * @see dev.partforge.model.UserRecord#getDifficulty()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_Difficulty();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.partforge.model.UserRecord#getDate()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_Date();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getAnswerKind <em>Answer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer Kind</em>'.
	 * @see dev.partforge.model.UserRecord#getAnswerKind()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_AnswerKind();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getAnswerValue <em>Answer Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer Value</em>'.
	 * @see dev.partforge.model.UserRecord#getAnswerValue()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_AnswerValue();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getAnswerUnit <em>Answer Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer Unit</em>'.
	 * @see dev.partforge.model.UserRecord#getAnswerUnit()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_AnswerUnit();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see dev.partforge.model.UserRecord#getResult()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_Result();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.UserRecord#getDeviation <em>Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deviation</em>'.
	 * @see dev.partforge.model.UserRecord#getDeviation()
	 * @see #getUserRecord()
	 * @generated
	 */
	EAttribute getUserRecord_Deviation();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.ExportPreferences <em>Export Preferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Export Preferences</em>'.
	 * @see dev.partforge.model.ExportPreferences
	 * @generated
	 */
	EClass getExportPreferences();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.ExportPreferences#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see dev.partforge.model.ExportPreferences#getFormat()
	 * @see #getExportPreferences()
	 * @generated
	 */
	EAttribute getExportPreferences_Format();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.ExportPreferences#getPaperSize <em>Paper Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paper Size</em>'.
	 * @see dev.partforge.model.ExportPreferences#getPaperSize()
	 * @see #getExportPreferences()
	 * @generated
	 */
	EAttribute getExportPreferences_PaperSize();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.ExportPreferences#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see dev.partforge.model.ExportPreferences#getUnits()
	 * @see #getExportPreferences()
	 * @generated
	 */
	EAttribute getExportPreferences_Units();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.ExportPreferences#isIncludeTitle <em>Include Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Title</em>'.
	 * @see dev.partforge.model.ExportPreferences#isIncludeTitle()
	 * @see #getExportPreferences()
	 * @generated
	 */
	EAttribute getExportPreferences_IncludeTitle();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.ExportPreferences#isIncludeDimensions <em>Include Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Dimensions</em>'.
	 * @see dev.partforge.model.ExportPreferences#isIncludeDimensions()
	 * @see #getExportPreferences()
	 * @generated
	 */
	EAttribute getExportPreferences_IncludeDimensions();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.ExportPreferences#getDxfVersion <em>Dxf Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dxf Version</em>'.
	 * @see dev.partforge.model.ExportPreferences#getDxfVersion()
	 * @see #getExportPreferences()
	 * @generated
	 */
	EAttribute getExportPreferences_DxfVersion();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.Preference <em>Preference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Preference</em>'.
	 * @see dev.partforge.model.Preference
	 * @generated
	 */
	EClass getPreference();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.Preference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.partforge.model.Preference#getName()
	 * @see #getPreference()
	 * @generated
	 */
	EAttribute getPreference_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.Preference#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see dev.partforge.model.Preference#getType()
	 * @see #getPreference()
	 * @generated
	 */
	EAttribute getPreference_Type();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.Preference#getStringValue <em>String Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>String Value</em>'.
	 * @see dev.partforge.model.Preference#getStringValue()
	 * @see #getPreference()
	 * @generated
	 */
	EAttribute getPreference_StringValue();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.Preference#getNumberValue <em>Number Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Value</em>'.
	 * @see dev.partforge.model.Preference#getNumberValue()
	 * @see #getPreference()
	 * @generated
	 */
	EAttribute getPreference_NumberValue();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.Preference#isBooleanValue <em>Boolean Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boolean Value</em>'.
	 * @see dev.partforge.model.Preference#isBooleanValue()
	 * @see #getPreference()
	 * @generated
	 */
	EAttribute getPreference_BooleanValue();

	/**
	 * Returns the meta object for the containment reference '{@link dev.partforge.model.Preference#getObjectValue <em>Object Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Object Value</em>'.
	 * @see dev.partforge.model.Preference#getObjectValue()
	 * @see #getPreference()
	 * @generated
	 */
	EReference getPreference_ObjectValue();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.PartState <em>Part State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Part State</em>'.
	 * @see dev.partforge.model.PartState
	 * @generated
	 */
	EClass getPartState();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartState#getPartId <em>Part Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Id</em>'.
	 * @see dev.partforge.model.PartState#getPartId()
	 * @see #getPartState()
	 * @generated
	 */
	EAttribute getPartState_PartId();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartState#isBookmarked <em>Bookmarked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bookmarked</em>'.
	 * @see dev.partforge.model.PartState#isBookmarked()
	 * @see #getPartState()
	 * @generated
	 */
	EAttribute getPartState_Bookmarked();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.PartState#getLastViewed <em>Last Viewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Viewed</em>'.
	 * @see dev.partforge.model.PartState#getLastViewed()
	 * @see #getPartState()
	 * @generated
	 */
	EAttribute getPartState_LastViewed();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.OutboxEntry <em>Outbox Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outbox Entry</em>'.
	 * @see dev.partforge.model.OutboxEntry
	 * @generated
	 */
	EClass getOutboxEntry();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.OutboxEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.partforge.model.OutboxEntry#getKind()
	 * @see #getOutboxEntry()
	 * @generated
	 */
	EAttribute getOutboxEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.OutboxEntry#getBusinessKey <em>Business Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Key</em>'.
	 * @see dev.partforge.model.OutboxEntry#getBusinessKey()
	 * @see #getOutboxEntry()
	 * @generated
	 */
	EAttribute getOutboxEntry_BusinessKey();

	/**
	 * Returns the meta object for class '{@link dev.partforge.model.SyncState <em>Sync State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sync State</em>'.
	 * @see dev.partforge.model.SyncState
	 * @generated
	 */
	EClass getSyncState();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.SyncState#getRemoteUrl <em>Remote Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Url</em>'.
	 * @see dev.partforge.model.SyncState#getRemoteUrl()
	 * @see #getSyncState()
	 * @generated
	 */
	EAttribute getSyncState_RemoteUrl();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.SyncState#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see dev.partforge.model.SyncState#getUser()
	 * @see #getSyncState()
	 * @generated
	 */
	EAttribute getSyncState_User();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.SyncState#getLastPulled <em>Last Pulled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Pulled</em>'.
	 * @see dev.partforge.model.SyncState#getLastPulled()
	 * @see #getSyncState()
	 * @generated
	 */
	EAttribute getSyncState_LastPulled();

	/**
	 * Returns the meta object for the attribute '{@link dev.partforge.model.SyncState#getLastSynced <em>Last Synced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Synced</em>'.
	 * @see dev.partforge.model.SyncState#getLastSynced()
	 * @see #getSyncState()
	 * @generated
	 */
	EAttribute getSyncState_LastSynced();

	/**
	 * Returns the meta object for enum '{@link dev.partforge.model.Difficulty <em>Difficulty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Difficulty</em>'.
	 * @see dev.partforge.model.Difficulty
	 * @generated
	 */
	EEnum getDifficulty();

	/**
	 * Returns the meta object for enum '{@link dev.partforge.model.Units <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Units</em>'.
	 * @see dev.partforge.model.Units
	 * @generated
	 */
	EEnum getUnits();

	/**
	 * Returns the meta object for enum '{@link dev.partforge.model.AnswerKind <em>Answer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Answer Kind</em>'.
	 * @see dev.partforge.model.AnswerKind
	 * @generated
	 */
	EEnum getAnswerKind();

	/**
	 * Returns the meta object for enum '{@link dev.partforge.model.CheckResult <em>Check Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Check Result</em>'.
	 * @see dev.partforge.model.CheckResult
	 * @generated
	 */
	EEnum getCheckResult();

	/**
	 * Returns the meta object for enum '{@link dev.partforge.model.OutboxKind <em>Outbox Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outbox Kind</em>'.
	 * @see dev.partforge.model.OutboxKind
	 * @generated
	 */
	EEnum getOutboxKind();

	/**
	 * Returns the meta object for enum '{@link dev.partforge.model.PreferenceType <em>Preference Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Preference Type</em>'.
	 * @see dev.partforge.model.PreferenceType
	 * @generated
	 */
	EEnum getPreferenceType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.StoredImpl <em>Stored</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.StoredImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getStored()
		 * @generated
		 */
		EClass STORED = eINSTANCE.getStored();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED__KEY = eINSTANCE.getStored_Key();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED__CREATED = eINSTANCE.getStored_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED__MODIFIED = eINSTANCE.getStored_Modified();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.StoredPartImpl <em>Stored Part</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.StoredPartImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getStoredPart()
		 * @generated
		 */
		EClass STORED_PART = eINSTANCE.getStoredPart();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_PART__ID = eINSTANCE.getStoredPart_Id();

		/**
		 * The meta object literal for the '<em><b>Recipe</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORED_PART__RECIPE = eINSTANCE.getStoredPart_Recipe();

		/**
		 * The meta object literal for the '<em><b>Last Viewed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_PART__LAST_VIEWED = eINSTANCE.getStoredPart_LastViewed();

		/**
		 * The meta object literal for the '<em><b>Bookmarked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_PART__BOOKMARKED = eINSTANCE.getStoredPart_Bookmarked();

		/**
		 * The meta object literal for the '<em><b>Completed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_PART__COMPLETED = eINSTANCE.getStoredPart_Completed();

		/**
		 * The meta object literal for the '<em><b>Time Spent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_PART__TIME_SPENT = eINSTANCE.getStoredPart_TimeSpent();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.PartRecipeImpl <em>Part Recipe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.PartRecipeImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getPartRecipe()
		 * @generated
		 */
		EClass PART_RECIPE = eINSTANCE.getPartRecipe();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_RECIPE__ID = eINSTANCE.getPartRecipe_Id();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_RECIPE__SEED = eINSTANCE.getPartRecipe_Seed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_RECIPE__NAME = eINSTANCE.getPartRecipe_Name();

		/**
		 * The meta object literal for the '<em><b>Difficulty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_RECIPE__DIFFICULTY = eINSTANCE.getPartRecipe_Difficulty();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_RECIPE__UNITS = eINSTANCE.getPartRecipe_Units();

		/**
		 * The meta object literal for the '<em><b>Generator Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_RECIPE__GENERATOR_VERSION = eINSTANCE.getPartRecipe_GeneratorVersion();

		/**
		 * The meta object literal for the '<em><b>Difficulty Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_RECIPE__DIFFICULTY_SCORE = eINSTANCE.getPartRecipe_DifficultyScore();

		/**
		 * The meta object literal for the '<em><b>Stock</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PART_RECIPE__STOCK = eINSTANCE.getPartRecipe_Stock();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PART_RECIPE__FEATURES = eINSTANCE.getPartRecipe_Features();

		/**
		 * The meta object literal for the '<em><b>Material</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_RECIPE__MATERIAL = eINSTANCE.getPartRecipe_Material();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.RecipeElementImpl <em>Recipe Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.RecipeElementImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getRecipeElement()
		 * @generated
		 */
		EClass RECIPE_ELEMENT = eINSTANCE.getRecipeElement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE_ELEMENT__KIND = eINSTANCE.getRecipeElement_Kind();

		/**
		 * The meta object literal for the '<em><b>Face</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE_ELEMENT__FACE = eINSTANCE.getRecipeElement_Face();

		/**
		 * The meta object literal for the '<em><b>Params</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE_ELEMENT__PARAMS = eINSTANCE.getRecipeElement_Params();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.RecipeParamImpl <em>Recipe Param</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.RecipeParamImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getRecipeParam()
		 * @generated
		 */
		EClass RECIPE_PARAM = eINSTANCE.getRecipeParam();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE_PARAM__NAME = eINSTANCE.getRecipeParam_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE_PARAM__VALUE = eINSTANCE.getRecipeParam_Value();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.UserRecordImpl <em>User Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.UserRecordImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getUserRecord()
		 * @generated
		 */
		EClass USER_RECORD = eINSTANCE.getUserRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__ID = eINSTANCE.getUserRecord_Id();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__UUID = eINSTANCE.getUserRecord_Uuid();

		/**
		 * The meta object literal for the '<em><b>Part Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__PART_ID = eINSTANCE.getUserRecord_PartId();

		/**
		 * The meta object literal for the '<em><b>Time Spent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__TIME_SPENT = eINSTANCE.getUserRecord_TimeSpent();

		/**
		 * The meta object literal for the '<em><b>Completed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__COMPLETED = eINSTANCE.getUserRecord_Completed();

		/**
		 * The meta object literal for the '<em><b>Difficulty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__DIFFICULTY = eINSTANCE.getUserRecord_Difficulty();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__DATE = eINSTANCE.getUserRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Answer Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__ANSWER_KIND = eINSTANCE.getUserRecord_AnswerKind();

		/**
		 * The meta object literal for the '<em><b>Answer Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__ANSWER_VALUE = eINSTANCE.getUserRecord_AnswerValue();

		/**
		 * The meta object literal for the '<em><b>Answer Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__ANSWER_UNIT = eINSTANCE.getUserRecord_AnswerUnit();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__RESULT = eINSTANCE.getUserRecord_Result();

		/**
		 * The meta object literal for the '<em><b>Deviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_RECORD__DEVIATION = eINSTANCE.getUserRecord_Deviation();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.ExportPreferencesImpl <em>Export Preferences</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.ExportPreferencesImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getExportPreferences()
		 * @generated
		 */
		EClass EXPORT_PREFERENCES = eINSTANCE.getExportPreferences();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PREFERENCES__FORMAT = eINSTANCE.getExportPreferences_Format();

		/**
		 * The meta object literal for the '<em><b>Paper Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PREFERENCES__PAPER_SIZE = eINSTANCE.getExportPreferences_PaperSize();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PREFERENCES__UNITS = eINSTANCE.getExportPreferences_Units();

		/**
		 * The meta object literal for the '<em><b>Include Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PREFERENCES__INCLUDE_TITLE = eINSTANCE.getExportPreferences_IncludeTitle();

		/**
		 * The meta object literal for the '<em><b>Include Dimensions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PREFERENCES__INCLUDE_DIMENSIONS = eINSTANCE.getExportPreferences_IncludeDimensions();

		/**
		 * The meta object literal for the '<em><b>Dxf Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PREFERENCES__DXF_VERSION = eINSTANCE.getExportPreferences_DxfVersion();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.PreferenceImpl <em>Preference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.PreferenceImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getPreference()
		 * @generated
		 */
		EClass PREFERENCE = eINSTANCE.getPreference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREFERENCE__NAME = eINSTANCE.getPreference_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREFERENCE__TYPE = eINSTANCE.getPreference_Type();

		/**
		 * The meta object literal for the '<em><b>String Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREFERENCE__STRING_VALUE = eINSTANCE.getPreference_StringValue();

		/**
		 * The meta object literal for the '<em><b>Number Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREFERENCE__NUMBER_VALUE = eINSTANCE.getPreference_NumberValue();

		/**
		 * The meta object literal for the '<em><b>Boolean Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREFERENCE__BOOLEAN_VALUE = eINSTANCE.getPreference_BooleanValue();

		/**
		 * The meta object literal for the '<em><b>Object Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREFERENCE__OBJECT_VALUE = eINSTANCE.getPreference_ObjectValue();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.PartStateImpl <em>Part State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.PartStateImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getPartState()
		 * @generated
		 */
		EClass PART_STATE = eINSTANCE.getPartState();

		/**
		 * The meta object literal for the '<em><b>Part Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_STATE__PART_ID = eINSTANCE.getPartState_PartId();

		/**
		 * The meta object literal for the '<em><b>Bookmarked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_STATE__BOOKMARKED = eINSTANCE.getPartState_Bookmarked();

		/**
		 * The meta object literal for the '<em><b>Last Viewed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_STATE__LAST_VIEWED = eINSTANCE.getPartState_LastViewed();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.OutboxEntryImpl <em>Outbox Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.OutboxEntryImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getOutboxEntry()
		 * @generated
		 */
		EClass OUTBOX_ENTRY = eINSTANCE.getOutboxEntry();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_ENTRY__KIND = eINSTANCE.getOutboxEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>Business Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_ENTRY__BUSINESS_KEY = eINSTANCE.getOutboxEntry_BusinessKey();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.impl.SyncStateImpl <em>Sync State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.impl.SyncStateImpl
		 * @see dev.partforge.model.impl.ModelPackageImpl#getSyncState()
		 * @generated
		 */
		EClass SYNC_STATE = eINSTANCE.getSyncState();

		/**
		 * The meta object literal for the '<em><b>Remote Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_STATE__REMOTE_URL = eINSTANCE.getSyncState_RemoteUrl();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_STATE__USER = eINSTANCE.getSyncState_User();

		/**
		 * The meta object literal for the '<em><b>Last Pulled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_STATE__LAST_PULLED = eINSTANCE.getSyncState_LastPulled();

		/**
		 * The meta object literal for the '<em><b>Last Synced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_STATE__LAST_SYNCED = eINSTANCE.getSyncState_LastSynced();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.Difficulty <em>Difficulty</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.Difficulty
		 * @see dev.partforge.model.impl.ModelPackageImpl#getDifficulty()
		 * @generated
		 */
		EEnum DIFFICULTY = eINSTANCE.getDifficulty();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.Units <em>Units</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.Units
		 * @see dev.partforge.model.impl.ModelPackageImpl#getUnits()
		 * @generated
		 */
		EEnum UNITS = eINSTANCE.getUnits();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.AnswerKind <em>Answer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.AnswerKind
		 * @see dev.partforge.model.impl.ModelPackageImpl#getAnswerKind()
		 * @generated
		 */
		EEnum ANSWER_KIND = eINSTANCE.getAnswerKind();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.CheckResult <em>Check Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.CheckResult
		 * @see dev.partforge.model.impl.ModelPackageImpl#getCheckResult()
		 * @generated
		 */
		EEnum CHECK_RESULT = eINSTANCE.getCheckResult();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.OutboxKind <em>Outbox Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.OutboxKind
		 * @see dev.partforge.model.impl.ModelPackageImpl#getOutboxKind()
		 * @generated
		 */
		EEnum OUTBOX_KIND = eINSTANCE.getOutboxKind();

		/**
		 * The meta object literal for the '{@link dev.partforge.model.PreferenceType <em>Preference Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.partforge.model.PreferenceType
		 * @see dev.partforge.model.impl.ModelPackageImpl#getPreferenceType()
		 * @generated
		 */
		EEnum PREFERENCE_TYPE = eINSTANCE.getPreferenceType();

	}

} //ModelPackage
