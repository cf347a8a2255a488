/**
 * Checks on requests the pages say must be refused, and on what a refusal leaves behind.
 */
import type { DocumentedType } from '../contract/attributes.ts';
import type { CheckDef } from '../../../core/checks.ts';
import { defineCheck } from '../../../checks/define-check.ts';

const TYPE_CLAUSES: Record<DocumentedType, string> = {
  text: 'ZEEG-TYPES-003',
  number: 'ZEEG-TYPES-004',
  checkbox: 'ZEEG-TYPES-005',
  date: 'ZEEG-TYPES-006',
  select: 'ZEEG-TYPES-007',
  multiselect: 'ZEEG-TYPES-008',
  relation: 'ZEEG-TYPES-010',
  user: 'ZEEG-TYPES-012',
};

export function typeClause(type: DocumentedType): string {
  return TYPE_CLAUSES[type];
}

/** One check per documented type: a wrongly typed value is refused with 400. */
export const TYPE_REJECTED: Record<DocumentedType, CheckDef> = Object.fromEntries(
  (Object.keys(TYPE_CLAUSES) as DocumentedType[]).map((type) => [
    type,
    defineCheck(`TYPE_${type.toUpperCase()}_REJECTED`, 'MUST', ['ZEEG-TYPES-002', TYPE_CLAUSES[type]], `An invalid ${type} value is refused with 400`),
  ]),
) as Record<DocumentedType, CheckDef>;

/** One check per documented type: a valid value, boundaries included, is accepted and stored. */
export const TYPE_ACCEPTED: Record<DocumentedType, CheckDef> = Object.fromEntries(
  (Object.keys(TYPE_CLAUSES) as DocumentedType[]).map((type) => [
    type,
    defineCheck(`TYPE_${type.toUpperCase()}_ACCEPTED`, 'MUST', ['ZEEG-TYPES-001', TYPE_CLAUSES[type]], `A valid ${type} value is accepted and stored as sent`),
  ]),
) as Record<DocumentedType, CheckDef>;

export const PATCH_TYPE_REJECTED = defineCheck('PATCH_TYPE_REJECTED', 'MUST', ['ZEEG-PATCH-004', 'ZEEG-TYPES-002'], 'A patch with a wrongly typed value is refused with 400');
export const DATE_DATETIME_REJECTED = defineCheck('DATE_DATETIME_REJECTED', 'SHOULD', ['ZEEG-TYPES-014'], 'An ISO 8601 datetime sent for a date is refused with 400');
export const UNKNOWN_OPTION_REJECTED = defineCheck('UNKNOWN_OPTION_REJECTED', 'SHOULD', ['ZEEG-TYPES-009'], 'A multiselect id that is no option is refused with 400');
export const UNKNOWN_RELATION_REJECTED = defineCheck('UNKNOWN_RELATION_REJECTED', 'SHOULD', ['ZEEG-TYPES-011'], 'A relation id that names no related record is refused with 400');
export const UNKNOWN_MEMBER_REJECTED = defineCheck('UNKNOWN_MEMBER_REJECTED', 'SHOULD', ['ZEEG-TYPES-013'], 'A user id that names no member is refused with 400');
export const UNKNOWN_KEY_REJECTED = defineCheck('UNKNOWN_KEY_REJECTED', 'SHOULD', ['ZEEG-CREATE-006'], 'A body key that names no writable attribute is refused with 400');
export const NON_OBJECT_BODY_REJECTED = defineCheck('NON_OBJECT_BODY_REJECTED', 'SHOULD', ['ZEEG-CREATE-007'], 'A body that is not a JSON object is refused with 400');
export const REQUIRED_LEFT_OUT_REFUSED = defineCheck('REQUIRED_LEFT_OUT_REFUSED', 'SHOULD', ['ZEEG-CREATE-008'], 'A create that leaves out a required attribute is refused with a 4xx status');
export const UNKNOWN_OBJECT_REJECTED = defineCheck('UNKNOWN_OBJECT_REJECTED', 'MUST', ['ZEEG-CREATE-005'], 'A write to an object that does not exist is refused with a 4xx status');

export const UNIQUE_CREATE_REJECTED = defineCheck('UNIQUE_CREATE_REJECTED', 'MUST', ['ZEEG-UNIQUE-001'], 'A create with a unique value another record holds is refused with 400');
export const UNIQUE_PATCH_REJECTED = defineCheck('UNIQUE_PATCH_REJECTED', 'MUST', ['ZEEG-UNIQUE-004'], 'A patch to a unique value another record holds is refused with a 4xx status');
export const UNIQUE_PATCH_400 = defineCheck('UNIQUE_PATCH_400', 'SHOULD', ['ZEEG-UNIQUE-005'], 'A patch to a unique value another record holds answers 400');
export const UNIQUE_ASSERT_REJECTED = defineCheck('UNIQUE_ASSERT_REJECTED', 'MUST', ['ZEEG-UNIQUE-002'], 'An assert giving a unique attribute another record\'s value is refused with 400');
export const UNIQUE_OWN_VALUE = defineCheck('UNIQUE_OWN_VALUE', 'MUST', ['ZEEG-UNIQUE-003'], 'Re-asserting a record\'s own unique value succeeds');
export const UNIQUE_OWN_VALUE_PATCH = defineCheck('UNIQUE_OWN_VALUE_PATCH', 'SHOULD', ['ZEEG-UNIQUE-006'], 'Patching a record\'s unique attribute to its own value succeeds');
export const UNIQUE_INVARIANT = defineCheck('UNIQUE_INVARIANT', 'MUST', ['ZEEG-UNIQUE-004'], 'No two records hold the same unique value');

export const ASSERT_MATCHING_PARAM_REQUIRED = defineCheck('ASSERT_MATCHING_PARAM_REQUIRED', 'MUST', ['ZEEG-ASSERT-003'], 'Assert without a usable matchingAttribute is refused with a 4xx status');
export const ASSERT_MATCHING_VALUE_REQUIRED = defineCheck('ASSERT_MATCHING_VALUE_REQUIRED', 'MUST', ['ZEEG-ASSERT-005'], 'Assert whose body lacks the matching attribute is refused with a 4xx status');
export const ASSERT_EMPTY_MATCHING_REJECTED = defineCheck('ASSERT_EMPTY_MATCHING_REJECTED', 'MUST', ['ZEEG-ASSERT-010'], 'Assert with a null or empty matching value is refused with 400');

export const PATCH_UNKNOWN_RECORD_REJECTED = defineCheck('PATCH_UNKNOWN_RECORD_REJECTED', 'MUST', ['ZEEG-PATCH-005'], 'A patch of a record that does not exist is refused with a 4xx status');
export const PATCH_UNKNOWN_RECORD_404 = defineCheck('PATCH_UNKNOWN_RECORD_404', 'SHOULD', ['ZEEG-PATCH-006'], 'A patch of a record that does not exist answers 404');

export const REJECTED_WRITE_NO_TRACE = defineCheck('REJECTED_WRITE_NO_TRACE', 'SHOULD', ['ZEEG-RECORD-005'], 'A refused write changes no record');
export const REJECTED_CREATE_NO_RECORD = defineCheck('REJECTED_CREATE_NO_RECORD', 'SHOULD', ['ZEEG-RECORD-005'], 'A refused create or assert creates no record');
export const ERROR_BODY_SHAPE = defineCheck('ERROR_BODY_SHAPE', 'SHOULD', ['ZEEG-RECORD-004'], 'An error body has one of the two documented shapes');

export const REJECT_CHECKS: CheckDef[] = [
  ...Object.values(TYPE_REJECTED), ...Object.values(TYPE_ACCEPTED),
  PATCH_TYPE_REJECTED, DATE_DATETIME_REJECTED, UNKNOWN_OPTION_REJECTED, UNKNOWN_RELATION_REJECTED, UNKNOWN_MEMBER_REJECTED, UNKNOWN_KEY_REJECTED,
  NON_OBJECT_BODY_REJECTED, REQUIRED_LEFT_OUT_REFUSED, UNKNOWN_OBJECT_REJECTED,
  UNIQUE_CREATE_REJECTED, UNIQUE_PATCH_REJECTED, UNIQUE_PATCH_400, UNIQUE_ASSERT_REJECTED, UNIQUE_OWN_VALUE, UNIQUE_OWN_VALUE_PATCH, UNIQUE_INVARIANT,
  ASSERT_MATCHING_PARAM_REQUIRED, ASSERT_MATCHING_VALUE_REQUIRED, ASSERT_EMPTY_MATCHING_REJECTED,
  PATCH_UNKNOWN_RECORD_REJECTED, PATCH_UNKNOWN_RECORD_404,
  REJECTED_WRITE_NO_TRACE, REJECTED_CREATE_NO_RECORD, ERROR_BODY_SHAPE,
];
