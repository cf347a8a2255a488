/**
 * The check codes a hostile products endpoint is charged with, in groups, so each test can
 * state its exact list as a sum of named parts.
 */

const TYPES = ['CHECKBOX', 'DATE', 'MULTISELECT', 'NUMBER', 'RELATION', 'SELECT', 'TEXT', 'USER'];

/** TYPE_<T>_REJECTED for every documented type, or TYPE_<T>_ACCEPTED. */
export function typeChecks(verdict: 'REJECTED' | 'ACCEPTED'): string[] {
  return TYPES.map((type) => `TYPE_${type}_${verdict}`);
}

/** Requests the pages say must be refused with a 4xx, answered with something else. */
export const REFUSALS_MISSED = [
  'ASSERT_EMPTY_MATCHING_REJECTED', 'ASSERT_MATCHING_PARAM_REQUIRED', 'AUTH_MISSING_TOKEN', 'AUTH_READ_TOKEN_403', 'AUTH_READ_TOKEN_WRITE',
  'NON_OBJECT_BODY_REJECTED', 'PATCH_UNKNOWN_RECORD_REJECTED', 'UNKNOWN_KEY_REJECTED', 'UNKNOWN_MEMBER_REJECTED',
  'UNKNOWN_OPTION_REJECTED', 'UNKNOWN_RELATION_REJECTED', ...typeChecks('REJECTED'),
];

/** Checks that need a created record to go on (the assert race, the empty create, assert 201, the text edges). */
export const NO_RECORD_CREATED = ['ASSERT_CREATES_201', 'ASSERT_RACE_SINGLE_RECORD', 'CREATE_EMPTY_BODY', 'TEXT_ASTRAL_LIMIT', 'TEXT_EMPTY_KEPT'];

/** Valid writes refused: the create and every type's valid values. */
export const VALID_WRITES_REFUSED = ['CREATE_ACCEPTED', ...typeChecks('ACCEPTED')];

/** The sorted, de-duplicated union of the groups, as HostileRun.findingChecks lists them. */
export function checks(...groups: Array<readonly string[] | string>): string[] {
  return [...new Set(groups.flat())].sort();
}
