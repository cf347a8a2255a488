/**
 * Checks on accepted create / assert / patch requests: status codes and the values stored.
 */
import { defineCheck } from '../../../checks/define-check.ts';

export const CREATE_ACCEPTED = defineCheck('CREATE_ACCEPTED', 'MUST', ['ZEEG-CREATE-001', 'ZEEG-CREATE-002', 'ZEEG-TYPES-001'], 'A valid create succeeds with a 2xx status');
export const CREATE_STATUS_201 = defineCheck('CREATE_STATUS_201', 'SHOULD', ['ZEEG-RECORD-002'], 'A successful create answers 201');
export const CREATE_EMPTY_BODY = defineCheck('CREATE_EMPTY_BODY', 'MUST', ['ZEEG-CREATE-004'], 'An empty body creates a record with every attribute null');
export const CREATE_OMITTED_NULL = defineCheck('CREATE_OMITTED_NULL', 'MUST', ['ZEEG-CREATE-003'], 'Attributes omitted on create are null');
export const CREATE_VALUES_STORED = defineCheck('CREATE_VALUES_STORED', 'MUST', ['ZEEG-CREATE-002', 'ZEEG-TYPES-001'], 'A created record holds the values sent');
export const CREATE_LISTS_NULLS = defineCheck('CREATE_LISTS_NULLS', 'SHOULD', ['ZEEG-RECORD-006'], 'A created record lists the attributes it was not given, as null');
export const TEXT_EMPTY_KEPT = defineCheck('TEXT_EMPTY_KEPT', 'SHOULD', ['ZEEG-TYPES-016'], 'An empty text is accepted and reads back as an empty text');
export const TEXT_ASTRAL_LIMIT = defineCheck('TEXT_ASTRAL_LIMIT', 'SHOULD', ['ZEEG-TYPES-015'], 'A text of 255 astral characters (510 UTF-16 units) is accepted and stored as sent');
export const RECORD_ID_FRESH = defineCheck('RECORD_ID_FRESH', 'MUST', ['ZEEG-CREATE-001'], 'A created record has a new UUID');

export const ASSERT_CREATES_201 = defineCheck('ASSERT_CREATES_201', 'MUST', ['ZEEG-ASSERT-002'], 'Assert without a match creates a record and answers 201');
export const ASSERT_UPDATES_200 = defineCheck('ASSERT_UPDATES_200', 'MUST', ['ZEEG-ASSERT-001'], 'Assert with a match updates that record and answers 200');
export const ASSERT_OMITTED_ON_CREATE = defineCheck('ASSERT_OMITTED_ON_CREATE', 'MUST', ['ZEEG-ASSERT-007'], 'Attributes omitted from an assert that creates are null');
export const ASSERT_OMITTED_ON_UPDATE = defineCheck('ASSERT_OMITTED_ON_UPDATE', 'MUST', ['ZEEG-ASSERT-007'], 'Attributes omitted from an assert that updates keep their values');
export const ASSERT_VALUES_STORED = defineCheck('ASSERT_VALUES_STORED', 'MUST', ['ZEEG-ASSERT-006', 'ZEEG-TYPES-001'], 'An asserted record holds the sent values, matching value included');
export const ASSERT_EXACT_MATCH = defineCheck('ASSERT_EXACT_MATCH', 'MUST', ['ZEEG-ASSERT-004'], 'Assert matches only exactly equal values');
export const ASSERT_IDEMPOTENT = defineCheck('ASSERT_IDEMPOTENT', 'MUST', ['ZEEG-ASSERT-011'], 'Repeating an assert updates without a duplicate');
export const ASSERT_SINGLE_MATCH = defineCheck('ASSERT_SINGLE_MATCH', 'MUST', ['ZEEG-ASSERT-008'], 'Assert changes at most one record');
export const ASSERT_SHARED_MATCH_UPDATES = defineCheck('ASSERT_SHARED_MATCH_UPDATES', 'MUST', ['ZEEG-ASSERT-009'], 'Assert on a value several records hold updates one of them');
export const ASSERT_FIRST_MATCH = defineCheck('ASSERT_FIRST_MATCH', 'SHOULD', ['ZEEG-ASSERT-012'], 'Assert updates the earliest created of several matching records');
export const ASSERT_RACE_SINGLE_RECORD = defineCheck('ASSERT_RACE_SINGLE_RECORD', 'SHOULD', ['ZEEG-ASSERT-013'], 'Racing asserts with one new matching value create exactly one record');

export const PATCH_ACCEPTED = defineCheck('PATCH_ACCEPTED', 'MUST', ['ZEEG-PATCH-001', 'ZEEG-TYPES-001'], 'A valid patch succeeds with a 2xx status');
export const PATCH_STATUS_200 = defineCheck('PATCH_STATUS_200', 'SHOULD', ['ZEEG-RECORD-002'], 'A successful patch answers 200');
export const PATCH_KEEPS_OMITTED = defineCheck('PATCH_KEEPS_OMITTED', 'MUST', ['ZEEG-PATCH-001'], 'A patch leaves attributes it does not name unchanged');
export const PATCH_NULL_CLEARS = defineCheck('PATCH_NULL_CLEARS', 'MUST', ['ZEEG-PATCH-002'], 'Patching an attribute to null clears it');
export const PATCH_ARRAY_REPLACED = defineCheck('PATCH_ARRAY_REPLACED', 'MUST', ['ZEEG-PATCH-003'], 'A patched relation or user array replaces the stored one');
export const PATCH_VALUES_STORED = defineCheck('PATCH_VALUES_STORED', 'MUST', ['ZEEG-PATCH-001', 'ZEEG-TYPES-001'], 'A patched record holds the values sent');
export const UPDATE_SAME_RECORD = defineCheck('UPDATE_SAME_RECORD', 'MUST', ['ZEEG-ASSERT-001', 'ZEEG-PATCH-001'], 'An update returns the record it updated, with the same id');

export const WRITE_CHECKS = [
  CREATE_ACCEPTED, CREATE_STATUS_201, CREATE_EMPTY_BODY, CREATE_OMITTED_NULL, CREATE_LISTS_NULLS, CREATE_VALUES_STORED, RECORD_ID_FRESH,
  TEXT_EMPTY_KEPT, TEXT_ASTRAL_LIMIT,
  ASSERT_CREATES_201, ASSERT_UPDATES_200, ASSERT_OMITTED_ON_CREATE, ASSERT_OMITTED_ON_UPDATE, ASSERT_VALUES_STORED,
  ASSERT_EXACT_MATCH, ASSERT_IDEMPOTENT, ASSERT_SINGLE_MATCH, ASSERT_SHARED_MATCH_UPDATES, ASSERT_FIRST_MATCH, ASSERT_RACE_SINGLE_RECORD,
  PATCH_ACCEPTED, PATCH_STATUS_200, PATCH_KEEPS_OMITTED, PATCH_NULL_CLEARS, PATCH_ARRAY_REPLACED, PATCH_VALUES_STORED, UPDATE_SAME_RECORD,
];
